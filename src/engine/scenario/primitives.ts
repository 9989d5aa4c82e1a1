/**
 * Schema building blocks shared by every scenario section and event: ids, amounts in decimal units, fractions.
 * Amounts are written as decimal strings (or JSON numbers) in whole units ("32" ETH) and parsed exactly to the
 * smallest unit (gwei); a value with more than 9 decimals is an error, never rounded.
 */
import * as v from 'valibot';
import { parseEth } from '../ledger/amount';

/**
 * Names JavaScript objects answer without being told ("constructor", "toString", "__proto__", ...): as an id or
 * an asset symbol they would resolve to Object.prototype's members, so they are refused at the boundary.
 */
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype']);
export const isReservedName = (name: string): boolean => RESERVED.has(name);
export const notReserved = v.check<string, (issue: v.CheckIssue<string>) => string>(
  (s) => !RESERVED.has(s),
  (issue) => `"${String(issue.input)}" is a reserved name (JavaScript gives every object one); choose another`,
);

/** An entity id: short, URL-safe, readable in traces. */
export const Id = v.pipe(
  v.string(),
  v.regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
    'must be 1-64 letters, digits, "_", "." or "-", starting with a letter or digit',
  ),
  notReserved,
);

/** An asset symbol ("ETH", "ATOM", "stETH:lido"): a ledger key. */
export const AssetSymbol = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, 'must be an asset symbol like "ETH" or "stETH:lido"'),
  notReserved,
);

/**
 * A non-negative amount in whole units, parsed to the smallest unit (1e-9) as a bigint exactly from its text
 * ("32.5", "1e-9", "12345678901234567891e0"): a value that is not a whole number of gwei is refused, never rounded.
 */
export const Amount = v.pipe(
  v.union([v.string(), v.number()], 'must be a decimal number (a string like "32.5" or a JSON number)'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const text = typeof dataset.value === 'number' ? String(dataset.value) : dataset.value.trim();
    if (text.startsWith('-')) {
      addIssue({ message: 'must be a non-negative decimal number like "32" or "0.5"' });
      return NEVER;
    }
    try {
      return parseEth(text);
    } catch (e) {
      addIssue({ message: amountProblem(text, (e as Error).message) });
      return NEVER;
    }
  }),
);

/** parseEth's reason, worded for a field ("has more than 9 decimals ..." rather than '"1.5e-10" has ...'). */
function amountProblem(text: string, reason: string): string {
  const quoted = `"${text}" `;
  if (reason.startsWith(`${quoted}is not a decimal number`))
    return 'must be a non-negative decimal number like "32" or "0.5"';
  return reason.startsWith(quoted) ? reason.slice(quoted.length) : reason;
}

/** A strictly positive amount. */
export const PositiveAmount = v.pipe(
  Amount,
  v.check((x) => x > 0n, 'must be greater than zero'),
);

/** A fraction in [0, 1] written as a decimal ("0.05") or a ratio ("1/20"); kept exact as [numerator, denominator]. */
export const Fraction = v.pipe(
  v.union([v.string(), v.number()], 'must be a fraction: a decimal like "0.05" or a ratio like "1/20"'),
  v.transform((x) => (typeof x === 'number' ? String(x) : x.trim())),
  v.regex(/^(\d+(\.\d+)?|\d+\/[1-9]\d*)$/, 'must be a decimal like "0.05" or a ratio like "1/20"'),
  v.transform((s): [bigint, bigint] => {
    if (s.includes('/')) {
      const [n, d] = s.split('/');
      return [BigInt(n), BigInt(d)];
    }
    const [whole, frac = ''] = s.split('.');
    const d = 10n ** BigInt(frac.length);
    return [BigInt(whole) * d + BigInt(frac || '0'), d];
  }),
  v.check(([n, d]) => n <= d, 'must be between 0 and 1'),
);
export type Fraction = v.InferOutput<typeof Fraction>;

/** An asset's ledger id: "ETH", "stETH:lido", "rETH:rocket". */
export const AssetId = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, 'must be an asset id like "stETH:lido"'),
  notReserved,
);

export const NonNegativeInteger = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
);
