/**
 * The one number policy for every amount a learner reads (cards, sentences, tables):
 * - at most 4 decimals for amounts of 1 unit or more ("21,000.0258 ETH");
 * - below 1 unit, 4 significant digits ("0.000632407" -> "0.0006324"), so a small non-zero never reads as 0;
 * - rounded half away from zero, trailing zeros dropped, thousands separators always ("100,136.325 ATOM");
 * - `{ exact: true }` gives the whole value to the last gwei, still with separators, for the inspector and hover.
 * Amounts are integers of 1e-9 of a unit (gwei for ETH; the same scale for every other asset).
 */
import { GWEI_PER_ETH, UNIT_DECIMALS, type Gwei } from './amount';

export interface AmountOptions {
  /** Every digit to the gwei (inspector, tooltip). */
  exact?: boolean;
}

const MAX_DECIMALS = 4;

const group = (whole: bigint): string => whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** How many decimals the policy keeps for a non-negative amount of 1e-9 units. */
function decimalsFor(abs: bigint): number {
  if (abs >= GWEI_PER_ETH || abs === 0n) return MAX_DECIMALS;
  const leadingZeros = UNIT_DECIMALS - abs.toString().length;
  return Math.min(UNIT_DECIMALS, leadingZeros + MAX_DECIMALS);
}

/** The number alone, no unit: 21000025831597n -> "21,000.0258"; with exact, "21,000.025831597". */
export function formatNumber(units: Gwei, options: AmountOptions = {}): string {
  const negative = units < 0n;
  let abs = negative ? -units : units;
  if (!options.exact) {
    const step = 10n ** BigInt(UNIT_DECIMALS - decimalsFor(abs));
    abs = ((abs + step / 2n) / step) * step;
  }
  const whole = abs / GWEI_PER_ETH;
  const frac = (abs % GWEI_PER_ETH).toString().padStart(UNIT_DECIMALS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${group(whole)}${frac ? `.${frac}` : ''}`;
}

/**
 * An amount with its asset's name: formatAmount(632407n, 'ETH') -> "0.0006324 ETH". The asset is the display
 * name (see assetName); an empty asset gives the number alone.
 */
export function formatAmount(units: Gwei, asset: string, options: AmountOptions = {}): string {
  const text = formatNumber(units, options);
  return asset ? `${text} ${asset}` : text;
}

/**
 * An asset as a learner reads it: the ledger namespaces assets by their protocol instance ("stETH:lido"), the
 * learner sees the token's name ("stETH"), as on the cards.
 */
export const assetName = (asset: string): string => asset.split(':')[0];

/** Both at once, for a figure whose hover shows the exact value: { text: "0.0006324 ETH", exact: "0.000632407 ETH" }. */
export function amountWithExact(units: Gwei, asset: string): { text: string; exact: string } {
  return { text: formatAmount(units, asset), exact: formatAmount(units, asset, { exact: true }) };
}
