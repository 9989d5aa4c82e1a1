/**
 * Amounts are exact integers of the smallest unit the simulator tracks: gwei for ETH (1 ETH = 1e9 gwei), and
 * the same 1e-9 scale for every other asset (ATOM, LST shares, AVS tokens), so one parser serves them all.
 */
export type Gwei = bigint;

export const GWEI_PER_ETH = 1_000_000_000n;
export const UNIT_DECIMALS = 9;

/** A decimal in plain or exponent form: "32", "0.5", "1e-9", "3.2E+1" (a leading "-" is read, then refused by callers). */
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** No amount has more digits than this (10^1000 gwei is far beyond any supply); guards `10n ** exponent`. */
const MAX_DIGITS = 1000;

/**
 * Parses a decimal ETH amount ("32", "0.5", 1.25, "1e-7", "12345678901234567891e0") into gwei, exactly from its
 * text: no float step, so every digit counts. Throws a RangeError for anything that is not a whole number of gwei
 * (more than 9 decimals, or below 1 gwei) instead of rounding it.
 */
export function parseEth(value: string | number): Gwei {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`${value} is not a finite number`);
  // String(n) is the shortest text that reads back as n, so a JSON number is parsed as the decimal it was written as.
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a decimal number`);
  const [, sign, whole, frac = '', exp = '0'] = match;
  let digits = (whole + frac).replace(/^0+(?=\d)/, '');
  // value = digits * 10^scale gwei
  let scale = Number(exp) + UNIT_DECIMALS - frac.length;
  if (/^0+$/.test(digits)) return 0n;
  const trailing = /0*$/.exec(digits)![0].length;
  digits = digits.slice(0, digits.length - trailing);
  scale += trailing;
  if (!Number.isSafeInteger(scale) || digits.length + scale > MAX_DIGITS) {
    throw new RangeError(`"${text}" is too large (more than ${MAX_DIGITS} digits of gwei)`);
  }
  if (scale < 0) {
    throw new RangeError(
      digits.length + scale <= 0
        ? `"${text}" is below 1 gwei: more than ${UNIT_DECIMALS} decimals (the smallest unit is 0.000000001)`
        : `"${text}" has more than ${UNIT_DECIMALS} decimals (the smallest unit is 1 gwei)`,
    );
  }
  const gwei = BigInt(digits) * 10n ** BigInt(scale);
  return sign ? -gwei : gwei;
}

/** Formats gwei as a decimal ETH string with no trailing zeros: 32007812500n -> "32.0078125". */
export function formatEth(gwei: Gwei): string {
  const negative = gwei < 0n;
  const abs = negative ? -gwei : gwei;
  const whole = abs / GWEI_PER_ETH;
  const frac = (abs % GWEI_PER_ETH).toString().padStart(UNIT_DECIMALS, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

export const eth = (n: number | string): Gwei => parseEth(n);

/** Integer square root (floor), exactly as the consensus spec's integer_squareroot. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('isqrt of a negative number');
  if (n < 2n) return n;
  // Newton's method on bigints from a power of two above the root: exact for any size, never through a float
  // (Number(n) is Infinity above ~1.8e308, and BigInt(Infinity) throws).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

export const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** ceil(a / b) for non-negative a and positive b. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}
