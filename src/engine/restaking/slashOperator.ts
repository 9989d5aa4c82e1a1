/**
 * The slashing math of one (operator, operator set, strategy), exactly as shipped:
 * AllocationManager._slashOperator and DelegationManager.slashOperatorShares (eigenlayer-contracts v1.x,
 * SlashingLib.calcSlashedAmount / scaleForBurning). See ELIP-002 and docs/core/AllocationManager.md.
 *
 *   d  = ceil(m x w)           (mulWadRoundUp: rounding favours the AVS)
 *   m -= d; M -= d; encumbered -= d
 *   pending deallocation: pendingDiff += ceil(|pendingDiff| x w)
 *   operatorShares -= S - ceil(S x M_new / M_old)
 *   queued withdrawals: scaled x M_old - scaled x M_new (both rounded down), per withdrawal
 *
 * One deliberate difference: the contract takes the queued term once over the operator's cumulative scaled shares
 * (DelegationManager._getSlashableSharesInQueue), which can burn one unit more than the withdrawals' payouts shrink
 * (floor of a sum >= sum of floors). At the contract's wei scale that unit is dust the share price absorbs; at our
 * 1-gwei unit it would leave the strategy's custody short of what its queued withdrawals pay. So the term is summed
 * per withdrawal, exactly what each payout (q x M, rounded down) loses.
 */
import { mulDivUp, mulWad, mulWadRoundUp, divWad } from './wad';

export interface SlashInput {
  /** The operator's delegated shares in this strategy (S). */
  operatorShares: bigint;
  /** Max magnitude M before the slash. */
  maxMagnitude: bigint;
  encumberedMagnitude: bigint;
  /** The set's current magnitude m. */
  currentMagnitude: bigint;
  /** The set's pending change (negative for a pending deallocation). */
  pendingDiff: bigint;
  /** Scaled shares of each of this operator's withdrawals still inside their delay. */
  scaledSharesInQueue: readonly bigint[];
  /** wadToSlash, in (0, 1e18]. */
  wad: bigint;
}

export interface SlashResult {
  slashedMagnitude: bigint;
  newMaxMagnitude: bigint;
  newCurrentMagnitude: bigint;
  newEncumberedMagnitude: bigint;
  newPendingDiff: bigint;
  /** Shares taken from the operator's delegated shares. */
  operatorSharesSlashed: bigint;
  /** Shares taken from withdrawals still in the queue. */
  queuedSharesSlashed: bigint;
  /** OperatorSlashed.wadSlashed: d / M_old, the fraction of the operator's whole delegation in this strategy. */
  wadSlashed: bigint;
}

export function slashMath(x: SlashInput): SlashResult {
  const d = mulWadRoundUp(x.currentMagnitude, x.wad);
  const newMax = x.maxMagnitude - d;
  let newPendingDiff = x.pendingDiff;
  if (x.pendingDiff < 0n) newPendingDiff += mulWadRoundUp(-x.pendingDiff, x.wad);
  // calcSlashedAmount keeps ceil(S·M_new/M_old), so the slashed amount is floor(S·d/M_old): dust stays with stakers.
  const operatorSharesSlashed =
    x.maxMagnitude === 0n ? 0n : x.operatorShares - mulDivUp(x.operatorShares, newMax, x.maxMagnitude);
  let queuedSharesSlashed = 0n;
  for (const q of x.scaledSharesInQueue) queuedSharesSlashed += mulWad(q, x.maxMagnitude) - mulWad(q, newMax);
  return {
    slashedMagnitude: d,
    newMaxMagnitude: newMax,
    newCurrentMagnitude: x.currentMagnitude - d,
    newEncumberedMagnitude: x.encumberedMagnitude - d,
    newPendingDiff,
    operatorSharesSlashed,
    queuedSharesSlashed,
    wadSlashed: x.maxMagnitude === 0n ? 0n : divWad(d, x.maxMagnitude),
  };
}
