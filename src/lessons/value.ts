/**
 * What a placeholder or a check reads from the engine: a typed value, exact. Amounts stay in the engine's 1e-9
 * units with their asset; other quantities are exact fractions, so a comparison never goes through a float.
 */
export type Value =
  | { kind: 'amount'; units: bigint; asset: string }
  | { kind: 'number'; num: bigint; den: bigint }
  | { kind: 'text'; text: string }
  | { kind: 'bool'; value: boolean };

export const amount = (units: bigint, asset = 'ETH'): Value => ({ kind: 'amount', units, asset });
export const int = (n: number | bigint): Value => ({ kind: 'number', num: BigInt(n), den: 1n });
export const ratio = (num: bigint, den: bigint): Value => ({ kind: 'number', num, den });
export const text = (t: string): Value => ({ kind: 'text', text: t });
export const bool = (b: boolean): Value => ({ kind: 'bool', value: b });

/** Units per whole token: every asset uses the same 1e-9 scale (see docs/scenario-format.md). */
export const UNIT = 1_000_000_000n;

/** A numeric value as an exact fraction (amounts in whole tokens), or null for text and booleans. */
export function asFraction(v: Value): { num: bigint; den: bigint } | null {
  if (v.kind === 'amount') return { num: v.units, den: UNIT };
  if (v.kind === 'number') return v.den < 0n ? { num: -v.num, den: -v.den } : { num: v.num, den: v.den };
  return null;
}

/** -1, 0 or 1: a/b against c/d with positive denominators. */
export function compareFractions(a: { num: bigint; den: bigint }, b: { num: bigint; den: bigint }): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}
