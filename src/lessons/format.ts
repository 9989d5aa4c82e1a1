/**
 * How a placeholder's value reads in a lesson: at most 4 significant decimals (enough to show 1/4096 of 32 ETH
 * as 0.007813), thousands separated, rounded half up; a percentage at most 2 decimals; `exact` keeps every digit to the gwei. The number itself
 * is the engine's; only its display is rounded, and rounding never turns a non-zero amount into 0.
 */
import { formatEth } from '../engine/ledger/amount';
import { assetName } from '../engine/ledger/display';
import { EPOCHS_PER_DAY } from '../engine/time';
import { asFraction, type Value } from './value';

export const FORMATS = ['auto', 'eth', 'exact', 'number', 'percent', 'days', 'text'] as const;
export type Format = (typeof FORMATS)[number];

const SIGNIFICANT = 4;
const MAX_PLACES = 9;

function group(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** num/den (den > 0) rounded half up to `places` decimals, trailing zeros dropped, thousands separated. */
function fixed(num: bigint, den: bigint, places: number): string {
  const neg = num < 0n;
  const n = neg ? -num : num;
  const scale = 10n ** BigInt(places);
  const v = (n * scale * 2n + den) / (den * 2n);
  const whole = (v / scale).toString();
  const frac = places ? (v % scale).toString().padStart(places, '0').replace(/0+$/, '') : '';
  const out = `${group(whole)}${frac ? `.${frac}` : ''}`;
  return neg && out !== '0' ? `-${out}` : out;
}

/** At most 4 decimals for |x| >= 1; below 1, 4 significant digits (0.0078125 -> 0.007813). */
export function formatDecimal(num: bigint, den: bigint): string {
  if (den < 0n) return formatDecimal(-num, -den);
  const abs = num < 0n ? -num : num;
  if (abs === 0n) return '0';
  if (abs >= den) return fixed(num, den, SIGNIFICANT);
  // Count the leading zeros after the point: the first significant digit is at place z + 1.
  let z = 0;
  while (z < MAX_PLACES * 2 && abs * 10n ** BigInt(z + 1) < den) z += 1;
  return fixed(num, den, Math.min(z + SIGNIFICANT, 18));
}

/**
 * A share in percent: 2 decimals from 1% up (a discount of 8.37%, not 8.3738%), 2 significant digits below
 * (Cosmos Hub's downtime slash, 0.0001, reads 0.01%); never 0% for a non-zero share.
 */
export function formatPercent(num: bigint, den: bigint): string {
  if (den < 0n) return formatPercent(-num, -den);
  const n = num * 100n;
  const abs = n < 0n ? -n : n;
  if (abs === 0n) return '0%';
  if (abs >= den) return `${fixed(n, den, 2)}%`;
  let z = 0;
  while (z < MAX_PLACES * 2 && abs * 10n ** BigInt(z + 1) < den) z += 1;
  return `${fixed(n, den, Math.min(z + 2, 18))}%`;
}

export function formatValue(v: Value, format: Format = 'auto'): string {
  if (format === 'text' || v.kind === 'text' || v.kind === 'bool') {
    if (v.kind === 'text') return v.text;
    if (v.kind === 'bool') return v.value ? 'yes' : 'no';
  }
  const f = asFraction(v);
  if (!f) return '';
  switch (format) {
    case 'exact':
      return v.kind === 'amount' ? `${groupExact(formatEth(v.units))} ${assetName(v.asset)}` : formatDecimal(f.num, f.den);
    case 'percent':
      return formatPercent(f.num, f.den);
    case 'days':
      return `${formatDecimal(f.num, f.den * BigInt(EPOCHS_PER_DAY))} days`;
    case 'number':
      return formatDecimal(f.num, f.den);
    case 'eth':
    case 'auto':
    case 'text':
      // An asset reads as its token's name ("stETH", not the ledger id "stETH:lido").
      return v.kind === 'amount' ? `${formatDecimal(f.num, f.den)} ${assetName(v.asset)}` : formatDecimal(f.num, f.den);
  }
}

function groupExact(s: string): string {
  const neg = s.startsWith('-');
  const [whole, frac] = s.replace('-', '').split('.');
  return `${neg ? '-' : ''}${group(whole)}${frac ? `.${frac}` : ''}`;
}
