/**
 * Time budgets without a clock: the engine is pure, so a caller that wants an anytime answer passes its own
 * `now` (performance.now in the app's worker, a fake clock in tests) and a deadline on that clock.
 */
export interface Budget {
  now: () => number;
  /** stop when now() > deadline; Infinity = run to completion (exact) */
  deadline: number;
}

export const UNLIMITED: Budget = { now: () => 0, deadline: Infinity };

export function budgetOf(now: (() => number) | undefined, ms: number | undefined): Budget {
  if (!now || ms === undefined || !Number.isFinite(ms)) return UNLIMITED;
  return { now, deadline: now() + ms };
}

/** A budget ending at `fraction` of the time left in `b` (so later stages still get some). */
export function slice(b: Budget, fraction: number): Budget {
  if (!Number.isFinite(b.deadline)) return b;
  const t = b.now();
  return { now: b.now, deadline: t + Math.max(0, b.deadline - t) * fraction };
}
