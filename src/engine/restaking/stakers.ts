/**
 * Staker accounting (StrategyManager, EigenPodManager, DelegationManager; SharesAccounting.md): deposits add
 * deposit shares and update the deposit scaling factor, delegation moves all of a staker's withdrawable shares to
 * one operator, and withdrawals are queued with scaled shares q = x·k that stay slashable through the delay.
 */
import { RefusedEvent } from '../errors';
import type { World } from '../world';
import { WAD, divWad } from './wad';
import { scaleForQueueWithdrawal, slashingFactor, updateDsf, withdrawable } from './depositScalingFactor';
import { INITIAL_TOTAL_MAGNITUDE } from './magnitude';
import { queuedWithdrawal } from './machines/withdrawalMachine';
import { NATIVE_STRATEGY, type OperatorStrategy, type Staker, type Withdrawal } from './state';
import { getOperator } from './lookup';
import { say } from '../messages/say';

export function ensureStaker(
  world: World,
  id: string,
  name: string,
  account: string,
  lrt: string | null = null,
): Staker {
  let s = world.restaking.stakers[id];
  if (!s) {
    s = { id, name, account, delegatedTo: null, depositShares: {}, dsf: {}, lrt };
    world.restaking.stakers[id] = s;
  }
  return s;
}

export function operatorStrategy(world: World, operator: string, strategy: string): OperatorStrategy {
  const op = getOperator(world, operator);
  let os = op.strategies[strategy];
  if (!os) {
    os = { shares: 0n, maxMagnitude: INITIAL_TOTAL_MAGNITUDE, encumbered: 0n };
    op.strategies[strategy] = os;
  }
  return os;
}

export function maxMagnitudeOf(world: World, operator: string | null, strategy: string): bigint {
  if (!operator) return WAD;
  return world.restaking.operators[operator]?.strategies[strategy]?.maxMagnitude ?? WAD;
}

export function beaconFactorOf(world: World, staker: string, strategy: string): bigint {
  if (strategy !== NATIVE_STRATEGY) return WAD;
  return world.restaking.pods[staker]?.beaconSlashingFactor ?? WAD;
}

/** The slashing factor m·l that applies to this staker now. */
export function stakerFactor(world: World, staker: Staker, strategy: string): bigint {
  return slashingFactor(
    maxMagnitudeOf(world, staker.delegatedTo, strategy),
    beaconFactorOf(world, staker.id, strategy),
  );
}

/** Withdrawable shares a = s·k·l·m (1 share = 1 token unit; 1 gwei for native ETH). */
export function withdrawableShares(world: World, staker: Staker, strategy: string): bigint {
  const s = staker.depositShares[strategy] ?? 0n;
  if (s === 0n) return 0n;
  return withdrawable(s, staker.dsf[strategy] ?? WAD, stakerFactor(world, staker, strategy));
}

/**
 * Adds deposit shares (a deposit, or a pod checkpoint that found more ETH): k is updated so the new shares are
 * not touched by past slashes, and the delegated operator's shares grow by the same amount
 * (DelegationManager.increaseDelegatedShares).
 */
export function addDepositShares(world: World, staker: Staker, strategy: string, added: bigint): void {
  const prev = staker.depositShares[strategy] ?? 0n;
  const k = staker.dsf[strategy] ?? WAD;
  const factor = stakerFactor(world, staker, strategy);
  // SlashingLib.update reverts FullySlashed: nothing can be added under a slashing factor of 0.
  if (factor === 0n) {
    const operator = staker.delegatedTo ? getOperator(world, staker.delegatedTo).name : staker.name;
    throw new RefusedEvent(say('restaking.refused.fullySlashed', { operator, strategy }));
  }
  staker.dsf[strategy] = updateDsf(prev, k, factor, added);
  staker.depositShares[strategy] = prev + added;
  if (staker.delegatedTo) operatorStrategy(world, staker.delegatedTo, strategy).shares += added;
}

/**
 * Delegates all of a staker's shares to one operator. The staker keeps what they could withdraw: k is divided by
 * the operator's max magnitude (the contract resets k against the operator's slashing factor for the same
 * reason: a new delegator does not pay for the operator's past slashes).
 */
export function delegate(world: World, staker: Staker, operator: string): bigint {
  if (staker.delegatedTo) {
    throw new RefusedEvent(
      say('restaking.refused.alreadyDelegated', {
        staker: staker.name,
        operator: getOperator(world, staker.delegatedTo).name,
      }),
    );
  }
  const op = getOperator(world, operator);
  // SlashingLib.update reverts FullySlashed: no stake can be delegated to a strategy whose max magnitude is 0.
  for (const [strategy, s] of Object.entries(staker.depositShares)) {
    if (s > 0n && maxMagnitudeOf(world, operator, strategy) === 0n)
      throw new RefusedEvent(say('restaking.refused.fullySlashed', { operator: op.name, strategy }));
  }
  let total = 0n;
  for (const [strategy, s] of Object.entries(staker.depositShares)) {
    if (s === 0n) continue;
    const before = withdrawableShares(world, staker, strategy);
    const m = maxMagnitudeOf(world, operator, strategy);
    staker.dsf[strategy] = divWad(staker.dsf[strategy] ?? WAD, m);
    operatorStrategy(world, operator, strategy).shares += before;
    total += before;
  }
  staker.delegatedTo = operator;
  return total;
}

export interface QueueRequest {
  strategy: string;
  /** Deposit shares to withdraw. */
  depositShares: bigint;
}

/** Queues a withdrawal; the operator's shares fall now, the tokens wait MIN_WITHDRAWAL_DELAY. */
export function queueWithdrawal(
  world: World,
  staker: Staker,
  requests: QueueRequest[],
  recipient = staker.account,
): Withdrawal {
  const shares = [];
  for (const r of requests) {
    const have = staker.depositShares[r.strategy] ?? 0n;
    if (r.depositShares <= 0n) throw new RefusedEvent(say('restaking.refused.withdrawZero'));
    if (r.depositShares > have) {
      throw new RefusedEvent(
        say('restaking.refused.withdrawOverdraft', {
          staker: staker.name,
          have,
          strategy: r.strategy,
          depositShares: r.depositShares,
        }),
      );
    }
    const k = staker.dsf[r.strategy] ?? WAD;
    const factor = stakerFactor(world, staker, r.strategy);
    const withdrawn = withdrawable(r.depositShares, k, factor);
    if (staker.delegatedTo) {
      const os = operatorStrategy(world, staker.delegatedTo, r.strategy);
      os.shares = os.shares > withdrawn ? os.shares - withdrawn : 0n;
    }
    shares.push({ strategy: r.strategy, scaledShares: scaleForQueueWithdrawal(r.depositShares, k) });
    staker.depositShares[r.strategy] = have - r.depositShares;
    if (have === r.depositShares) staker.dsf[r.strategy] = WAD; // DSF resets when deposit shares reach zero
  }
  const id = `w${world.restaking.nextWithdrawal++}`;
  const w: Withdrawal = {
    id,
    staker: staker.id,
    operator: staker.delegatedTo,
    recipient,
    shares,
    startEpoch: world.epoch,
    ...queuedWithdrawal(world.epoch),
    frozenMagnitude: null,
  };
  world.restaking.withdrawals[id] = w;
  return w;
}

/** Undelegation queues a withdrawal of everything (DelegationManager.undelegate). */
export function undelegate(world: World, staker: Staker): Withdrawal | null {
  if (!staker.delegatedTo) throw new RefusedEvent(say('restaking.refused.notDelegated', { staker: staker.name }));
  const requests = Object.entries(staker.depositShares)
    .filter(([, s]) => s > 0n)
    .map(([strategy, s]) => ({ strategy, depositShares: s }));
  const w = requests.length ? queueWithdrawal(world, staker, requests) : null;
  staker.delegatedTo = null;
  return w;
}

/** Scaled shares of each of this operator's withdrawals still inside their delay, in one strategy. */
export function scaledSharesInQueue(world: World, operator: string, strategy: string): bigint[] {
  const q: bigint[] = [];
  for (const w of Object.values(world.restaking.withdrawals)) {
    if (w.operator !== operator || w.status !== 'queued') continue;
    for (const s of w.shares) if (s.strategy === strategy) q.push(s.scaledShares);
  }
  return q;
}

/** The shares a withdrawal pays per strategy: q · m(at the end of the delay, or now) · l(now). */
export function withdrawalPayout(world: World, w: Withdrawal, strategy: string, scaled: bigint): bigint {
  const m = w.frozenMagnitude?.[strategy] ?? maxMagnitudeOf(world, w.operator, strategy);
  return (scaled * slashingFactor(m, beaconFactorOf(world, w.staker, strategy))) / WAD;
}
