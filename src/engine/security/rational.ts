/**
 * Exact rationals over bigint for the security analysis.
 *
 * Security is decided by ties (p(A) = s(B) is NOT an attack), so every input number is read exactly: a JSON
 * number is read through its decimal text (0.1 means 1/10, not the nearest double), a string may be a decimal
 * ("12.5", "1e-3") or a ratio ("1/3", "2.5/3"). The hot loops never touch this type: the instance is scaled
 * to integers once (see scaled.ts) and only final answers come back here.
 */

export interface Rational {
  /** numerator, any sign */
  readonly n: bigint;
  /** denominator, always > 0; gcd(n, d) = 1 */
  readonly d: bigint;
}

export function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function lcm(a: bigint, b: bigint): bigint {
  if (a === 0n || b === 0n) return 0n;
  return (a / gcd(a, b)) * b;
}

export function rat(n: bigint | number, d: bigint | number = 1n): Rational {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('division by zero');
  if (dd < 0n) {
    nn = -nn;
    dd = -dd;
  }
  const g = gcd(nn, dd);
  return g > 1n ? { n: nn / g, d: dd / g } : { n: nn, d: dd };
}

export const ZERO: Rational = { n: 0n, d: 1n };
export const ONE: Rational = { n: 1n, d: 1n };

export function add(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return rat(a.n + b.n, a.d);
  return rat(a.n * b.d + b.n * a.d, a.d * b.d);
}
export function sub(a: Rational, b: Rational): Rational {
  return add(a, { n: -b.n, d: b.d });
}
export function mul(a: Rational, b: Rational): Rational {
  return rat(a.n * b.n, a.d * b.d);
}
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('division by zero');
  return rat(a.n * b.d, a.d * b.n);
}
/** -1, 0 or 1 as a < b, a = b, a > b. */
export function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** ceil(n / d) for bigints, d > 0. */
export function ceilDiv(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('ceilDiv needs a positive divisor');
  const q = n / d;
  return n % d !== 0n && n > 0n ? q + 1n : q;
}

/**
 * Nearest double to n/d (correctly rounded when both fit in 2^53, within 1 ulp otherwise). Used only to print
 * final answers as JSON numbers.
 */
export function toNumber(a: Rational): number {
  const LIM = 1n << 53n;
  const an = a.n < 0n ? -a.n : a.n;
  if (an < LIM && a.d < LIM) return Number(a.n) / Number(a.d);
  // Scale so that the integer quotient has ~64 significant bits, then divide by the power of two exactly.
  const sign = a.n < 0n ? -1 : 1;
  const shift = BigInt(Math.max(0, 64 - (an.toString(2).length - a.d.toString(2).length)));
  const q = (an << shift) / a.d;
  return sign * Number(q) * 2 ** -Number(shift);
}

const DECIMAL = /^([+-])?(\d+)?(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses "12", "-3.50", ".5", "1e-3", "2.5E+2" exactly. Returns null if the text is not a decimal. */
export function parseDecimal(text: string): Rational | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const [, sign, whole = '', frac = '', exp = '0'] = m;
  if (whole === '' && frac === '') return null;
  const e = Number(exp);
  if (!Number.isSafeInteger(e) || Math.abs(e) > 400) return null;
  let n = BigInt((whole || '0') + frac);
  let d = 10n ** BigInt(frac.length);
  if (e > 0) n *= 10n ** BigInt(e);
  else if (e < 0) d *= 10n ** BigInt(-e);
  if (sign === '-') n = -n;
  return rat(n, d);
}

/**
 * Parses a decimal or a ratio "a/b" (a and b decimals, b ≠ 0). A JS number is read through its shortest
 * round-trip decimal text, which is the text a JSON file holds for any number written with ≤ 15 significant
 * digits (the exact JSON reader in exactJson.ts keeps the source text for longer ones).
 */
export function parseRational(x: string | number | bigint): Rational | null {
  if (typeof x === 'bigint') return rat(x);
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) return null;
    return parseDecimal(String(x));
  }
  const t = x.trim();
  const slash = t.indexOf('/');
  if (slash < 0) return parseDecimal(t);
  const a = parseDecimal(t.slice(0, slash));
  const b = parseDecimal(t.slice(slash + 1));
  if (!a || !b || b.n === 0n) return null;
  return div(a, b);
}

/** Like parseRational but throws a RangeError naming the text. */
export function toRational(x: string | number | bigint | Rational): Rational {
  if (typeof x === 'object') return x;
  const r = parseRational(x);
  if (!r) throw new RangeError(`"${String(x)}" is not a number (use a decimal like "0.5" or a ratio like "1/3")`);
  return r;
}

/** "a/b" or "a" for display and tests. */
export function formatRational(a: Rational): string {
  return a.d === 1n ? a.n.toString() : `${a.n}/${a.d}`;
}
