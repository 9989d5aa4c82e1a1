/**
 * Amounts are exact integers of the smallest unit the simulator tracks: gwei for ETH (1 ETH = 1e9 gwei), and
 * the same 1e-9 scale for every other asset (ATOM, LST shares, AVS tokens), so one parser serves them all.
 */
export type Gwei = bigint;

export const GWEI_PER_ETH = 1_000_000_000n;
export const UNIT_DECIMALS = 9;

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Parses a decimal ETH amount ("32", "0.5", 1.25) into gwei, exactly. Throws on more than 9 decimals. */
export function parseEth(value: string | number): Gwei {
  const text = typeof value === 'number' ? numberToPlainString(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`"${text}" is not a decimal number`);
  const [, sign, whole, frac = ''] = match;
  if (frac.length > UNIT_DECIMALS) {
    throw new RangeError(`"${text}" has more than ${UNIT_DECIMALS} decimals (the smallest unit is 1 gwei)`);
  }
  const gwei = BigInt(whole) * GWEI_PER_ETH + BigInt(frac.padEnd(UNIT_DECIMALS, '0'));
  return sign ? -gwei : gwei;
}

/** JSON numbers like 1e-7 must be read as the decimal they denote, not through float formatting quirks. */
function numberToPlainString(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`${n} is not a finite number`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(UNIT_DECIMALS).replace(/\.?0+$/, '');
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
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  // Correct the float estimate so the result is exact for any size.
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

export const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** ceil(a / b) for non-negative a and positive b. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}
