/** Small helpers for trace sentences: amounts and prices as a learner reads them. */
import { formatNumber as formatEth } from '../ledger/display';
import type { Ratio } from './stableSwap';

/** "12.5 stETH:lido" */
export const amountOf = (amount: bigint, asset: string): string => `${formatEth(amount)} ${asset}`;

/** A price as a decimal with up to 6 places, rounded down: 0.947412 ETH. */
export function formatRatio(r: Ratio, places = 6): string {
  if (r.den === 0n) return '∞';
  const scale = 10n ** BigInt(places);
  const v = (r.num * scale) / r.den;
  const whole = v / scale;
  const frac = (v % scale).toString().padStart(places, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

/** A ratio as a fixed-point integer with 18 decimals (WAD), rounded down. */
export const toWad = (r: Ratio): bigint => (r.den === 0n ? 0n : (r.num * 10n ** 18n) / r.den);
