/**
 * The restaking model as an EngineModule: EigenLayer's events, the AVSs' slashes and vetoes, LRTs and shared
 * vaults; and what time does to them: queued withdrawals become completable (their magnitude frozen), pending
 * allocation changes take effect, veto windows end, vault withdrawals are paid, AVS rewards are paid weekly.
 */
import type { EngineModule, Ctx } from '../module';
import type { SimEvent } from '../events';
import type { World } from '../world';
import { EngineError, RefusedEvent } from '../errors';
import { balanceOf } from '../ledger/ledger';
import { fractionToWad } from './wad';
import { blocksToEpochs } from '../time';
import type { RestakingEvent } from './events';
import { restakingEventSchemas } from './events';
import {
  doCompleteWithdrawal,
  doDelegate,
  doDeposit,
  doDeregisterFromSet,
  doLrtDeposit,
  doLrtRedeem,
  doModifyAllocation,
  doQueueWithdrawal,
  doRegisterForSet,
  doUndelegate,
  doVaultDeposit,
  doVaultWithdraw,
} from './actions';
import { applyDueAllocations, nextAllocationEpoch } from './allocations';
import { checkpointPod } from './pods';
import { maxMagnitudeOf, withdrawableShares, withdrawalPayout } from './stakers';
import { stepMachine } from '../machines/step';
import { withdrawalMachine, withdrawalSnapshot } from './machines/withdrawalMachine';
import { getOperator, getVault, avsName, strategyName } from './lookup';
import { operatorAccount, strategyAccount, vaultAccount, type Withdrawal } from './state';
import { nextVaultEpoch, payDueVaultWithdrawals } from './vaults';
import { requestSlash, vetoSlash, executeDueSlashRequests, nextSlashRequestEpoch } from '../services/slashRequests';
import { payAllRewards } from '../services/rewards';
import { REWARD_INTERVAL_EPOCHS } from './constants';
import { say } from '../messages/say';
import { initRestaking } from './scenario';

const TYPES = new Set<string>(restakingEventSchemas.map((s) => s.entries.type.literal));

function apply(ctx: Ctx, event: SimEvent): boolean {
  if (!TYPES.has(event.type)) return false;
  const e = event as RestakingEvent;
  switch (e.type) {
    case 'RestakeDeposit':
      doDeposit(ctx, e.holder, e.strategy, e.amount);
      break;
    case 'DelegateTo':
      doDelegate(ctx, e.staker, e.operator);
      break;
    case 'Undelegate':
      doUndelegate(ctx, e.staker);
      break;
    case 'QueueWithdrawal':
      doQueueWithdrawal(ctx, e.staker, e.strategy, e.shares);
      break;
    case 'CompleteWithdrawal':
      doCompleteWithdrawal(ctx, e.staker, e.withdrawal);
      break;
    case 'PodCheckpoint':
      checkpointPod(ctx, e.staker);
      break;
    case 'RegisterOperator': {
      if (ctx.world.restaking.operators[e.operator])
        throw new RefusedEvent(say('restaking.refused.operatorExists', { operator: e.operator }));
      ctx.world.restaking.operators[e.operator] = {
        id: e.operator,
        name: e.name ?? e.operator,
        account: operatorAccount(e.operator),
        allocationDelay: blocksToEpochs(e.allocationDelayBlocks),
        strategies: {},
        sets: {},
      };
      ctx.trace.step({
        kind: 'restaking.operator',
        layer: 'restaking',
        entities: [e.operator],
        amounts: {},
        message: say('restaking.operator', {
          name: e.name,
          operator: e.operator,
          allocationDelayBlocks: e.allocationDelayBlocks,
        }),
      });
      break;
    }
    case 'RegisterForOperatorSet':
      doRegisterForSet(ctx, e.operator, e.avs, e.set);
      break;
    case 'DeregisterFromOperatorSet':
      doDeregisterFromSet(ctx, e.operator, e.avs, e.set);
      break;
    case 'ModifyAllocation':
      if (ctx.world.securityModel === 'sharedVault')
        throw new RefusedEvent(say('restaking.refused.allocateInVaultModel'));
      doModifyAllocation(ctx, e.operator, e.avs, e.set, e.strategy, fractionToWad(e.magnitude));
      break;
    case 'SlashOperator':
      requestSlash(ctx, {
        avs: e.avs,
        set: e.set,
        operator: e.operator,
        wad: fractionToWad(e.wad),
        reason: e.description,
      });
      break;
    case 'VetoSlash':
      vetoSlash(ctx, e.request);
      break;
    case 'LrtDeposit':
      doLrtDeposit(ctx, e.holder, e.lrt, e.amount);
      break;
    case 'LrtRedeem':
      doLrtRedeem(ctx, e.holder, e.lrt, e.amount);
      break;
    case 'VaultDeposit':
      doVaultDeposit(ctx, e.holder, e.vault, e.amount);
      break;
    case 'VaultWithdraw':
      doVaultWithdraw(ctx, e.holder, e.vault, e.amount);
      break;
    case 'SetNetworkLimit': {
      const v = getVault(ctx.world, e.vault);
      if (!ctx.world.restaking.avss[e.avs]) throw new RefusedEvent(say('restaking.refused.noNetwork', { avs: e.avs }));
      v.networkLimits[e.avs] = e.limit;
      ctx.trace.step({
        kind: 'restaking.vault.limit',
        layer: 'restaking',
        entities: [e.vault, e.avs],
        amounts: { limit: e.limit },
        message: say('restaking.vault.limit', {
          vault: v.name,
          avs: avsName(ctx.world, e.avs),
          limit: e.limit,
          asset: v.asset,
        }),
      });
      break;
    }
    case 'SetOperatorNetworkShares': {
      const v = getVault(ctx.world, e.vault);
      getOperator(ctx.world, e.operator);
      if (!ctx.world.restaking.avss[e.avs]) throw new RefusedEvent(say('restaking.refused.noNetwork', { avs: e.avs }));
      (v.operatorShares[e.avs] ??= {})[e.operator] = e.shares;
      ctx.trace.step({
        kind: 'restaking.vault.shares',
        layer: 'restaking',
        entities: [e.vault, e.avs, e.operator],
        amounts: { shares: e.shares },
        message: say('restaking.vault.shares', {
          vault: v.name,
          operator: getOperator(ctx.world, e.operator).name,
          shares: e.shares,
          avs: avsName(ctx.world, e.avs),
        }),
      });
      break;
    }
  }
  return true;
}

function nextWithdrawalEpoch(world: World): number | null {
  let next: number | null = null;
  for (const w of Object.values(world.restaking.withdrawals)) {
    if (w.status === 'queued' && w.completableEpoch > world.epoch && (next === null || w.completableEpoch < next))
      next = w.completableEpoch;
  }
  return next;
}

function nextBoundary(world: World): number | null {
  const candidates = [
    nextWithdrawalEpoch(world),
    nextAllocationEpoch(world),
    nextSlashRequestEpoch({ world }),
    nextVaultEpoch(world),
    world.restaking.nextRewardEpoch !== null && world.restaking.nextRewardEpoch > world.epoch
      ? world.restaking.nextRewardEpoch
      : null,
  ].filter((x): x is number => x !== null);
  return candidates.length ? Math.min(...candidates) : null;
}

function atEpoch(ctx: Ctx): void {
  const { world } = ctx;
  const tick = { type: 'tick', epoch: world.epoch } as const;
  for (const w of Object.values(world.restaking.withdrawals)) {
    if (w.status !== 'queued') continue; // only a queued withdrawal listens to the clock
    const next = stepMachine(withdrawalMachine, withdrawalSnapshot(w), tick);
    if (!next) continue;
    // The delay is over: slashes from now on no longer reach it; freeze m (completion uses m at startBlock + delay).
    w.frozenMagnitude = Object.fromEntries(
      w.shares.map((s) => [s.strategy, maxMagnitudeOf(world, w.operator, s.strategy)]),
    );
    w.status = next.value as Withdrawal['status'];
    ctx.trace.step({
      kind: 'restaking.withdrawal.completable',
      layer: 'restaking',
      entities: [w.staker, w.id],
      amounts: {},
      message: say('restaking.withdrawal.completable', {
        id: w.id,
        staker: world.restaking.stakers[w.staker]?.name ?? w.staker,
      }),
    });
  }
  for (const a of applyDueAllocations(world)) {
    ctx.trace.step({
      kind: 'restaking.allocation.effective',
      layer: 'restaking',
      entities: [a.operator, a.avs],
      amounts: { magnitude: a.magnitude },
      message: say('restaking.allocation.effective', {
        operator: getOperator(world, a.operator).name,
        avs: avsName(world, a.avs),
        set: a.set,
        magnitude: a.magnitude,
        strategy: strategyName(world, a.strategy),
      }),
    });
  }
  executeDueSlashRequests(ctx);
  for (const p of payDueVaultWithdrawals(world)) {
    ctx.trace.step({
      kind: 'restaking.vault.paid',
      layer: 'restaking',
      entities: [p.vault.id],
      amounts: { amount: p.amount },
      movements: [p.movement],
      message: say('restaking.vault.paid', {
        vault: p.vault.name,
        amount: p.amount,
        asset: p.vault.asset,
        account: p.account,
      }),
    });
  }
  if (world.restaking.nextRewardEpoch !== null && world.restaking.nextRewardEpoch <= world.epoch) {
    payAllRewards(ctx);
    world.restaking.nextRewardEpoch = world.epoch + REWARD_INTERVAL_EPOCHS;
  }
}

/**
 * Custody: every token strategy's custody account holds exactly its outstanding shares (1 share = 1 token:
 * StrategyBase's 1e3-wei virtual offsets are below our 1-gwei unit, and with no donations the share price stays
 * exactly 1), and never less than what its stakers and queued withdrawals could claim (rounding leaves dust in
 * custody, never a shortfall). Every vault holds at least its active stake and pending withdrawals.
 * Magnitudes: encumbered <= max magnitude (unique model).
 */
function check(world: World): void {
  const rs = world.restaking;
  const claims: Record<string, bigint> = {};
  for (const s of Object.values(rs.stakers)) {
    for (const strategy of Object.keys(s.depositShares))
      claims[strategy] = (claims[strategy] ?? 0n) + withdrawableShares(world, s, strategy);
  }
  for (const w of Object.values(rs.withdrawals)) {
    if (w.status === 'completed') continue;
    for (const q of w.shares)
      claims[q.strategy] = (claims[q.strategy] ?? 0n) + withdrawalPayout(world, w, q.strategy, q.scaledShares);
  }
  for (const st of Object.values(rs.strategies)) {
    if (st.kind !== 'token') continue;
    const custody = balanceOf(world.ledger, st.asset, strategyAccount(st.id));
    if (custody !== st.totalShares)
      throw new EngineError(`strategy ${st.id}: custody holds ${custody} but ${st.totalShares} shares are outstanding`);
    if ((claims[st.id] ?? 0n) > custody) {
      throw new EngineError(
        `strategy ${st.id}: stakers and queued withdrawals could claim ${claims[st.id]} but custody holds only ${custody}`,
      );
    }
  }
  for (const v of Object.values(rs.vaults)) {
    const custody = balanceOf(world.ledger, v.asset, vaultAccount(v.id));
    if (custody < v.activeStake + v.pending)
      throw new EngineError(`vault ${v.id}: custody ${custody} < active ${v.activeStake} + pending ${v.pending}`);
  }
  if (world.securityModel === 'unique') {
    for (const op of Object.values(rs.operators)) {
      for (const [strategy, os] of Object.entries(op.strategies)) {
        if (os.encumbered > os.maxMagnitude)
          throw new EngineError(
            `operator ${op.id} ${strategy}: encumbered ${os.encumbered} > max magnitude ${os.maxMagnitude}`,
          );
      }
    }
  }
}

export const restakingModule: EngineModule = {
  name: 'restaking',
  init(ctx, scenario) {
    // the section was checked by the scenario schema (scenario/schema.ts) before any fold
    if (scenario.restaking) initRestaking(ctx, scenario.restaking as Parameters<typeof initRestaking>[1]);
  },
  apply,
  nextBoundary,
  atEpoch,
  check,
};
