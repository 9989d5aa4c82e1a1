/**
 * Each restaking action with its trace step and sentence, shared by the events (module.ts) and the scenario's
 * genesis (scenario.ts).
 */
import type { Ctx } from '../module';
import { RefusedEvent } from '../errors';
import { balanceOf, transfer } from '../ledger/ledger';
import { formatEth } from '../ledger/amount';
import { holderAccount } from '../world';
import { formatWadPercent } from './wad';
import { getLrt, getOperator, getStaker, getStrategy, getVault, avsName } from './lookup';
import {
  addDepositShares,
  delegate,
  ensureStaker,
  queueWithdrawal,
  undelegate,
  withdrawableShares,
  withdrawalPayout,
} from './stakers';
import { NATIVE_STRATEGY, podAccount, setKey, strategyAccount, type Withdrawal } from './state';
import { modifyAllocation, registerForSet, deregisterFromSet } from './allocations';
import { stepValue } from './machines/step';
import { withdrawalMachine } from './machines/withdrawalMachine';
import { sharesEth } from './views';
import { lrtDeposit, lrtRedeem } from './lrt';
import { vaultDeposit, vaultWithdraw } from './vaults';
import { formatRate, lrtRate } from './lrtRate';
import { WITHDRAWAL_DELAY_EPOCHS } from './constants';
import { EPOCHS_PER_DAY } from '../time';

const holderName = (ctx: Ctx, id: string): string => ctx.world.holders[id]?.name ?? id;

function requireHolder(ctx: Ctx, id: string): void {
  if (!ctx.world.holders[id]) throw new RefusedEvent(`there is no holder "${id}"`);
}

export function doDeposit(ctx: Ctx, holder: string, strategyId: string, amount: bigint): number {
  requireHolder(ctx, holder);
  const strategy = getStrategy(ctx.world, strategyId);
  if (strategy.kind === 'native') {
    throw new RefusedEvent('native ETH is restaked through an EigenPod: point a validator\'s withdrawal credentials at the pod (scenario restaking.pods), not with a deposit');
  }
  const from = holderAccount(holder);
  const have = balanceOf(ctx.world.ledger, strategy.asset, from);
  if (have < amount) throw new RefusedEvent(`${holderName(ctx, holder)} holds only ${formatEth(have)} ${strategy.asset}, cannot deposit ${formatEth(amount)}`);
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
    text: `${staker.name} restakes ${formatEth(amount)} ${strategy.asset} in EigenLayer's ${strategyId} strategy${op ? `; it is delegated to ${op} at once and slashable in proportion to ${op}'s allocations` : ''}.`,
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
    text: `${staker.name} delegates all restaked shares (${formatEth(total)}) to operator ${op.name}: from now on every slash of ${op.name} reaches them.`,
  });
}

function describeWithdrawal(ctx: Ctx, w: Withdrawal): string {
  return w.shares.map((s) => `${formatEth(withdrawalPayout(ctx.world, w, s.strategy, s.scaledShares))} ${getStrategy(ctx.world, s.strategy).asset}`).join(' and ');
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
    text: `${staker.name} undelegates from ${op}${w ? `: everything (${describeWithdrawal(ctx, w)}) enters the withdrawal queue as ${w.id} for ${WITHDRAWAL_DELAY_EPOCHS / EPOCHS_PER_DAY} days, and stays slashable by ${op}'s AVSs meanwhile` : ''}.`,
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
    text: `${staker.name} queues withdrawal ${w.id} of ${describeWithdrawal(ctx, w)}: it can be completed at epoch ${w.completableEpoch} (${WITHDRAWAL_DELAY_EPOCHS / EPOCHS_PER_DAY} days) and ${w.operator ? `stays slashable by ${getOperator(ctx.world, w.operator).name}'s AVSs until then` : 'is not slashable, having no operator'}.`,
  });
}

export function completeWithdrawal(ctx: Ctx, w: Withdrawal): number {
  const { world } = ctx;
  const next = stepValue(withdrawalMachine, w.status, { type: 'COMPLETE' });
  if (!next) {
    throw new RefusedEvent(
      w.status === 'queued'
        ? `withdrawal ${w.id} is still in its delay: it can be completed at epoch ${w.completableEpoch} (now ${world.epoch}); advance time first`
        : `withdrawal ${w.id} is already completed`,
    );
  }
  const movements = [];
  let total = 0n;
  const parts: string[] = [];
  for (const q of w.shares) {
    const amount = withdrawalPayout(world, w, q.strategy, q.scaledShares);
    const st = getStrategy(world, q.strategy);
    if (st.kind === 'native') {
      const pod = world.restaking.pods[w.staker];
      const have = balanceOf(world.ledger, 'ETH', podAccount(w.staker));
      if (have < amount) {
        throw new RefusedEvent(`the EigenPod holds only ${formatEth(have)} ETH of the ${formatEth(amount)} ETH to pay: exit the pod's validators and wait for their withdrawal first`);
      }
      movements.push(transfer(world.ledger, 'ETH', podAccount(w.staker), w.recipient, amount, 'withdrawal'));
      if (pod) pod.restakedBalance -= amount;
    } else if (amount > 0n) {
      movements.push(transfer(world.ledger, st.asset, strategyAccount(q.strategy), w.recipient, amount, 'withdrawal'));
      st.totalShares -= amount;
    }
    total += sharesEth(world, q.strategy, amount);
    parts.push(`${formatEth(amount)} ${st.asset}`);
  }
  w.status = next as Withdrawal['status'];
  const staker = world.restaking.stakers[w.staker];
  return ctx.trace.step({
    kind: 'restaking.withdrawal.completed',
    layer: 'restaking',
    entities: [w.staker, w.id],
    amounts: { value: total },
    movements,
    text: `${staker?.name ?? w.staker} completes withdrawal ${w.id} and receives ${parts.join(' and ')}${w.operator ? ' (what its scaled shares are worth after every slash during the delay)' : ''}.`,
  });
}

export function doCompleteWithdrawal(ctx: Ctx, stakerId: string, withdrawalId?: string): number[] {
  getStaker(ctx.world, stakerId);
  if (withdrawalId) {
    const w = ctx.world.restaking.withdrawals[withdrawalId];
    if (!w || w.staker !== stakerId) throw new RefusedEvent(`${stakerId} has no withdrawal "${withdrawalId}"`);
    return [completeWithdrawal(ctx, w)];
  }
  const ready = Object.values(ctx.world.restaking.withdrawals).filter((w) => w.staker === stakerId && w.status === 'completable');
  if (!ready.length) throw new RefusedEvent(`${stakerId} has no withdrawal ready to complete (queued withdrawals wait ${WITHDRAWAL_DELAY_EPOCHS / EPOCHS_PER_DAY} days)`);
  return ready.map((w) => completeWithdrawal(ctx, w));
}

export function doRegisterForSet(ctx: Ctx, operator: string, avs: string, set: number): number {
  registerForSet(ctx.world, operator, avs, set);
  return ctx.trace.step({
    kind: 'restaking.register',
    layer: 'restaking',
    entities: [operator, avs],
    amounts: {},
    text: `Operator ${getOperator(ctx.world, operator).name} registers for operator set ${set} of AVS ${avsName(ctx.world, avs)}${ctx.world.securityModel === 'pooled' ? ': under pooled security the AVS can now slash its whole delegated stake' : ctx.world.securityModel === 'unique' ? ': only what it allocates to the set will be slashable' : ''}.`,
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
    text: `Operator ${getOperator(ctx.world, operator).name} deregisters from operator set ${set} of AVS ${avsName(ctx.world, avs)}; it stays slashable there until epoch ${r.slashableUntil}.`,
  });
}

export function doModifyAllocation(ctx: Ctx, operator: string, avs: string, set: number, strategy: string, magnitude: bigint): number {
  const { allocation: a, immediate } = modifyAllocation(ctx.world, operator, avs, set, strategy, magnitude);
  const op = getOperator(ctx.world, operator);
  const target = a.magnitude + a.pendingDiff;
  return ctx.trace.step({
    kind: 'restaking.allocate',
    layer: 'restaking',
    entities: [operator, avs],
    amounts: { magnitude: target },
    text: immediate
      ? `Operator ${op.name} now allocates ${formatWadPercent(target)} of its ${strategy} stake to ${avsName(ctx.world, avs)} set ${set}, effective at once.`
      : a.pendingDiff > 0n
        ? `Operator ${op.name} will allocate ${formatWadPercent(target)} of its ${strategy} stake to ${avsName(ctx.world, avs)} set ${set} from epoch ${a.effectEpoch} (its allocation delay); the magnitude is reserved now.`
        : `Operator ${op.name} lowers its allocation to ${avsName(ctx.world, avs)} set ${set} to ${formatWadPercent(target)} at epoch ${a.effectEpoch} (DEALLOCATION_DELAY); until then the old ${formatWadPercent(a.magnitude)} stays slashable.`,
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
    text: `${holderName(ctx, holder)} deposits ${formatEth(amount)} ${getStrategy(ctx.world, lrt.strategy).asset} into ${lrt.name} and receives ${formatEth(minted)} ${lrt.asset} (rate ${formatRate(lrtRate(ctx.world, lrt))} ETH each); ${lrt.name} restakes it through operator ${op ? getOperator(ctx.world, op).name : '(none)'}.`,
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
    text: `${holderName(ctx, holder)} redeems ${formatEth(amount)} ${lrt.asset}: ${lrt.name} queues ${withdrawals.length} withdrawal${withdrawals.length === 1 ? '' : 's'} (${withdrawals.map((w) => w.id).join(', ') || 'none'}) paid to them after the ${WITHDRAWAL_DELAY_EPOCHS / EPOCHS_PER_DAY}-day delay, still slashable meanwhile.`,
  });
}

export function doVaultDeposit(ctx: Ctx, holder: string, vaultId: string, amount: bigint): number {
  requireHolder(ctx, holder);
  const vault = getVault(ctx.world, vaultId);
  const have = balanceOf(ctx.world.ledger, vault.asset, holderAccount(holder));
  if (have < amount) throw new RefusedEvent(`${holderName(ctx, holder)} holds only ${formatEth(have)} ${vault.asset}`);
  const { movement } = vaultDeposit(ctx.world, vault, holderAccount(holder), amount);
  return ctx.trace.step({
    kind: 'restaking.vault.deposit',
    layer: 'restaking',
    entities: [holder, vaultId],
    amounts: { amount },
    movements: [movement],
    text: `${holderName(ctx, holder)} deposits ${formatEth(amount)} ${vault.asset} into vault ${vault.name} (active stake now ${formatEth(vault.activeStake)}); the same collateral backs every network up to its limit.`,
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
    text: `${holderName(ctx, holder)} asks to withdraw ${formatEth(amount)} ${vault.asset} from vault ${vault.name}: it leaves the active stake now, is paid at epoch ${vault.pendingUntil}, and stays slashable until then.`,
  });
}

export { NATIVE_STRATEGY, withdrawableShares };
