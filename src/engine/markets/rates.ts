/**
 * The one place markets ask other models what a token is worth in ETH at redemption (the protocol's own rate):
 * stETH shares and rETH from liquid staking, LRTs from restaking. Everything in markets goes through
 * `redemptionRate`, so wiring a new token type touches only this adapter.
 */
import type { World } from '../world';
import type { Ratio } from './stableSwap';

const ONE: Ratio = { num: 1n, den: 1n };

type RateSource = (world: World, asset: string) => Ratio | null;
const sources: RateSource[] = [];

/** Lets a model (or a test) contribute the rates of the tokens it issues. Returns null for assets it doesn't know. */
export function registerRateSource(source: RateSource): void {
  if (!sources.includes(source)) sources.push(source);
}

/** ETH per ledger unit of `asset` at the protocol's redemption rate (ETH itself: 1). Unknown tokens count 1:1. */
export function redemptionRate(world: World, asset: string): Ratio {
  if (asset === 'ETH') return ONE;
  for (const s of sources) {
    const r = s(world, asset);
    if (r && r.den > 0n) return r;
  }
  return ONE;
}
