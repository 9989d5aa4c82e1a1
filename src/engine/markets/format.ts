/** Small helpers for trace sentences: amounts and prices as a learner reads them. */
import { assetName, formatNumber as formatEth } from '../ledger/display';
import type { Ratio } from './stableSwap';

/** "12.5 stETH" (the ledger's "stETH:lido" by its token's name) */
export const amountOf = (amount: bigint, asset: string): string => `${formatEth(amount)} ${assetName(asset)}`;

/**
 * A price or rate as a decimal. Without `places`, the one number policy (../ledger/display.ts: 4 decimals from 1 up,
 * 4 significant digits below 1, separators): 0.947412 -> "0.9474". With `places`, that many, rounded down.
 */
export function formatRatio(r: Ratio, places?: number): string {
  if (r.den === 0n) return '∞';
  if (places === undefined) return formatEth((r.num * 10n ** 9n + r.den / 2n) / r.den);
  const scale = 10n ** BigInt(places);
  const v = (r.num * scale) / r.den;
  const whole = v / scale;
  const frac = (v % scale).toString().padStart(places, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

/** A ratio as a fixed-point integer with 18 decimals (WAD), rounded down. */
export const toWad = (r: Ratio): bigint => (r.den === 0n ? 0n : (r.num * 10n ** 18n) / r.den);
