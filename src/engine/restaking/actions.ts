/**
 * Each restaking action with its trace step and sentence, shared by the events (module.ts) and the scenario's
 * genesis (scenario.ts).
 */
import type { Ctx } from '../module';
import { RefusedEvent } from '../errors';
import { balanceOf, transfer } from '../ledger/ledger';
import { holderAccount } from '../world';
import { getLrt, getOperator, getStaker, getStrategy, getVault, avsName, strategyName } from './lookup';
import { addDepositShares, delegate, ensureStaker, queueWithdrawal, undelegate, withdrawalPayout } from './stakers';
import { podAccount, setKey, strategyAccount, type Withdrawal } from './state';
import { modifyAllocation, registerForSet, deregisterFromSet } from './allocations';
import { stepMachine } from '../machines/step';
import { withdrawalMachine, withdrawalSnapshot } from './machines/withdrawalMachine';
import { sharesEth } from './views';
import { lrtDeposit, lrtRedeem } from './lrt';
import { vaultDeposit, vaultWithdraw } from './vaults';
import { lrtRate } from './lrtRate';
import { say } from '../messages/say';

const holderName = (ctx: Ctx, id: string): string => ctx.world.holders[id]?.name ?? id;

function requireHolder(ctx: Ctx, id: string): void {
  if (!ctx.world.holders[id]) throw new RefusedEvent(say('system.refused.noHolder', { holder: id }));
}

export function doDeposit(ctx: Ctx, holder: string, strategyId: string, amount: bigint): number {
  requireHolder(ctx, holder);
  const strategy = getStrategy(ctx.world, strategyId);
  if (strategy.kind === 'native') {
    throw new RefusedEvent(say('restaking.refused.nativeByDeposit'));
  }
  const from = holderAccount(holder);
  const have = balanceOf(ctx.world.ledger, strategy.asset, from);
  if (have < amount)
    throw new RefusedEvent(
      say('restaking.refused.depositOverdraft', {
        holder: holderName(ctx, holder),
        have,
        asset: strategy.asset,
        amount,
      }),
    );
  const staker = ensureStaker(ctx.world, holder, holderName(ctx, holder), from);
  const m = transfer(ctx.world.ledger, strategy.asset, from, strategyAccount(strategyId), amount, 'deposit');
  strategy.totalShares += amount;
  addDepositShares(ctx.world, staker, strategyId, amount);
  const op = staker.delegatedTo ? getOperator(ctx.world, staker.delegatedTo).name : null;
  return ctx.trace.step({
    kind: 'restaking.deposit',
    layer: 'restaking',
    entities: [holder, strategyId, ...(staker.delegatedTo ? [staker.delegatedTo] : [])],
    amounts: { amount },
    movements: [m],
    message: say('restaking.deposit', {
      staker: staker.name,
      amount,
      asset: strategy.asset,
      strategy: strategyName(ctx.world, strategyId),
      operator: op,
    }),
  });
}

export function doDelegate(ctx: Ctx, stakerId: string, operator: string): number {
  const staker = getStaker(ctx.world, stakerId);
  const total = delegate(ctx.world, staker, operator);
  const op = getOperator(ctx.world, operator);
  return ctx.trace.step({
    kind: 'restaking.delegate',
    layer: 'restaking',
    entities: [stakerId, operator],
    amounts: { shares: total },
    message: say('restaking.delegate', { staker: staker.name, total, operator: op.name }),
  });
}

/** What a withdrawal would pay now, per asset. */
function payouts(ctx: Ctx, w: Withdrawal): { amount: bigint; asset: string }[] {
  return w.shares.map((s) => ({
    amount: withdrawalPayout(ctx.world, w, s.strategy, s.scaledShares),
    asset: getStrategy(ctx.world, s.strategy).asset,
  }));
}

export function doUndelegate(ctx: Ctx, stakerId: string): number {
  const staker = getStaker(ctx.world, stakerId);
  const op = staker.delegatedTo ? getOperator(ctx.world, staker.delegatedTo).name : '';
  const w = undelegate(ctx.world, staker);
  return ctx.trace.step({
    kind: 'restaking.undelegate',
    layer: 'restaking',
    entities: [stakerId],
    amounts: {},
    message: say('restaking.undelegate', {
      staker: staker.name,
      operator: op,
      withdrawal: w ? w.id : null,
      payouts: w ? payouts(ctx, w) : [],
    }),
  });
}

export function doQueueWithdrawal(ctx: Ctx, stakerId: string, strategy: string, shares?: bigint): number {
  const staker = getStaker(ctx.world, stakerId);
  getStrategy(ctx.world, strategy);
  const x = shares ?? staker.depositShares[strategy] ?? 0n;
  const w = queueWithdrawal(ctx.world, staker, [{ strategy, depositShares: x }]);
  return ctx.trace.step({
    kind: 'restaking.withdrawal.queued',
    layer: 'restaking',
    entities: [stakerId, w.id],
    amounts: { scaledShares: w.shares[0].scaledShares },
    message: say('restaking.withdrawal.queued', {
      staker: staker.name,
      id: w.id,
      payouts: payouts(ctx, w),
      completableEpoch: w.completableEpoch,
      operator: w.operator ? getOperator(ctx.world, w.operator).name : null,
    }),
  });
}

export function completeWithdrawal(ctx: Ctx, w: Withdrawal): number {
  const { world } = ctx;
  const next = stepMachine(withdrawalMachine, withdrawalSnapshot(w), { type: 'COMPLETE' });
  if (!next) {
    throw new RefusedEvent(
      say('restaking.refused.withdrawalNotReady', {
        status: w.status,
        id: w.id,
        completableEpoch: w.completableEpoch,
        epoch: world.epoch,
      }),
    );
  }
  const movements = [];
  let total = 0n;
  const parts: { amount: bigint; asset: string }[] = [];
  for (const q of w.shares) {
    const amount = withdrawalPayout(world, w, q.strategy, q.scaledShares);
    const st = getStrategy(world, q.strategy);
    if (st.kind === 'native') {
      const pod = world.restaking.pods[w.staker];
      const have = balanceOf(world.ledger, 'ETH', podAccount(w.staker));
      if (have < amount) {
        throw new RefusedEvent(say('restaking.refused.podShort', { have, amount }));
      }
      movements.push(transfer(world.ledger, 'ETH', podAccount(w.staker), w.recipient, amount, 'withdrawal'));
      if (pod) pod.restakedBalance -= amount;
    } else if (amount > 0n) {
      movements.push(transfer(world.ledger, st.asset, strategyAccount(q.strategy), w.recipient, amount, 'withdrawal'));
      st.totalShares -= amount;
    }
    total += sharesEth(world, q.strategy, amount);
    parts.push({ amount, asset: st.asset });
  }
  w.status = next.value as Withdrawal['status'];
  const staker = world.restaking.stakers[w.staker];
  return ctx.trace.step({
    kind: 'restaking.withdrawal.completed',
    layer: 'restaking',
    entities: [w.staker, w.id],
    amounts: { value: total },
    movements,
    message: say('restaking.withdrawal.completed', {
      staker: staker?.name ?? w.staker,
      id: w.id,
      payouts: parts,
      slashable: w.operator !== null,
    }),
  });
}

export function doCompleteWithdrawal(ctx: Ctx, stakerId: string, withdrawalId?: string): number[] {
  getStaker(ctx.world, stakerId);
  if (withdrawalId) {
    const w = ctx.world.restaking.withdrawals[withdrawalId];
    if (!w || w.staker !== stakerId)
      throw new RefusedEvent(say('restaking.refused.noWithdrawal', { stakerId, withdrawalId }));
    return [completeWithdrawal(ctx, w)];
  }
  const ready = Object.values(ctx.world.restaking.withdrawals).filter(
    (w) => w.staker === stakerId && w.status === 'completable',
  );
  if (!ready.length) throw new RefusedEvent(say('restaking.refused.noWithdrawalReady', { stakerId }));
  return ready.map((w) => completeWithdrawal(ctx, w));
}

export function doRegisterForSet(ctx: Ctx, operator: string, avs: string, set: number): number {
  registerForSet(ctx.world, operator, avs, set);
  return ctx.trace.step({
    kind: 'restaking.register',
    layer: 'restaking',
    entities: [operator, avs],
    amounts: {},
    message: say('restaking.register', {
      operator: getOperator(ctx.world, operator).name,
      set,
      avs: avsName(ctx.world, avs),
      securityModel: ctx.world.securityModel,
    }),
  });
}

export function doDeregisterFromSet(ctx: Ctx, operator: string, avs: string, set: number): number {
  deregisterFromSet(ctx.world, operator, avs, set);
  const r = getOperator(ctx.world, operator).sets[setKey(avs, set)];
  return ctx.trace.step({
    kind: 'restaking.deregister',
    layer: 'restaking',
    entities: [operator, avs],
    amounts: {},
    message: say('restaking.deregister', {
      operator: getOperator(ctx.world, operator).name,
      set,
      avs: avsName(ctx.world, avs),
      slashableUntil: r.slashableUntil,
    }),
  });
}

export function doModifyAllocation(
  ctx: Ctx,
  operator: string,
  avs: string,
  set: number,
  strategy: string,
  magnitude: bigint,
): number {
  const { allocation: a, immediate } = modifyAllocation(ctx.world, operator, avs, set, strategy, magnitude);
  const op = getOperator(ctx.world, operator);
  const target = a.magnitude + a.pendingDiff;
  return ctx.trace.step({
    kind: 'restaking.allocate',
    layer: 'restaking',
    entities: [operator, avs],
    amounts: { magnitude: target },
    message: say('restaking.allocate', {
      immediate,
      operator: op.name,
      target,
      strategy: strategyName(ctx.world, strategy),
      avs: avsName(ctx.world, avs),
      set,
      pendingDiff: a.pendingDiff,
      effectEpoch: a.effectEpoch,
      magnitude: a.magnitude,
    }),
  });
}

export function doLrtDeposit(ctx: Ctx, holder: string, lrtId: string, amount: bigint): number {
  requireHolder(ctx, holder);
  const lrt = getLrt(ctx.world, lrtId);
  const { minted, movements, position } = lrtDeposit(ctx.world, lrt, holderAccount(holder), amount);
  const op = ctx.world.restaking.stakers[position]?.delegatedTo;
  return ctx.trace.step({
    kind: 'restaking.lrt.deposit',
    layer: 'restaking',
    entities: [holder, lrtId, ...(op ? [op] : [])],
    amounts: { amount, minted },
    movements,
    message: say('restaking.lrt.deposit', {
      holder: holderName(ctx, holder),
      amount,
      asset: getStrategy(ctx.world, lrt.strategy).asset,
      lrt: lrt.name,
      minted,
      lrtAsset: lrt.asset,
      rate: lrtRate(ctx.world, lrt),
      operator: op ? getOperator(ctx.world, op).name : null,
    }),
  });
}

export function doLrtRedeem(ctx: Ctx, holder: string, lrtId: string, amount: bigint): number {
  requireHolder(ctx, holder);
  const lrt = getLrt(ctx.world, lrtId);
  const { withdrawals, movements } = lrtRedeem(ctx.world, lrt, holderAccount(holder), amount);
  return ctx.trace.step({
    kind: 'restaking.lrt.redeem',
    layer: 'restaking',
    entities: [holder, lrtId, ...withdrawals.map((w) => w.id)],
    amounts: { amount },
    movements,
    message: say('restaking.lrt.redeem', {
      holder: holderName(ctx, holder),
      amount,
      lrtAsset: lrt.asset,
      lrt: lrt.name,
      withdrawalCount: withdrawals.length,
      withdrawals: withdrawals.map((w) => w.id),
    }),
  });
}

export function doVaultDeposit(ctx: Ctx, holder: string, vaultId: string, amount: bigint): number {
  requireHolder(ctx, holder);
  const vault = getVault(ctx.world, vaultId);
  const have = balanceOf(ctx.world.ledger, vault.asset, holderAccount(holder));
  if (have < amount)
    throw new RefusedEvent(
      say('restaking.refused.vaultDepositOverdraft', { holder: holderName(ctx, holder), have, asset: vault.asset }),
    );
  const { movement } = vaultDeposit(ctx.world, vault, holderAccount(holder), amount);
  return ctx.trace.step({
    kind: 'restaking.vault.deposit',
    layer: 'restaking',
    entities: [holder, vaultId],
    amounts: { amount },
    movements: [movement],
    message: say('restaking.vault.deposit', {
      holder: holderName(ctx, holder),
      amount,
      asset: vault.asset,
      vault: vault.name,
      activeStake: vault.activeStake,
    }),
  });
}

export function doVaultWithdraw(ctx: Ctx, holder: string, vaultId: string, amount: bigint): number {
  requireHolder(ctx, holder);
  const vault = getVault(ctx.world, vaultId);
  vaultWithdraw(ctx.world, vault, holderAccount(holder), amount);
  return ctx.trace.step({
    kind: 'restaking.vault.withdraw',
    layer: 'restaking',
    entities: [holder, vaultId],
    amounts: { amount },
    message: say('restaking.vault.withdraw', {
      holder: holderName(ctx, holder),
      amount,
      asset: vault.asset,
      vault: vault.name,
      pendingUntil: vault.pendingUntil,
    }),
  });
}
