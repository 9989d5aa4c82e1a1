/** sdk.LegacyDec rounding (cosmossdk.io/math dec.go): Mul/Quo round half to even, *Truncate and QuoInt truncate. */
import { describe, expect, it } from 'vitest';
import {
  decFromFraction,
  formatDec,
  formatPercent,
  mul,
  mulTruncate,
  quo,
  quoInt,
  quoTruncate,
  truncateInt,
} from '../../../src/engine/staking/cosmos/dec';

const D = (s: string) => {
  const [w, f = ''] = s.split('.');
  return BigInt(w) * 10n ** 18n + BigInt(f.padEnd(18, '0'));
};

describe('Dec', () => {
  it('Mul rounds half to even at the 18th decimal', () => {
    expect(mul(1n, D('0.5'))).toBe(0n); // 0.5e-18 -> 0 (even)
    expect(mul(3n, D('0.5'))).toBe(2n); // 1.5e-18 -> 2 (even)
    expect(mul(5n, D('0.5'))).toBe(2n); // 2.5e-18 -> 2 (even)
    expect(mul(7n, D('0.7'))).toBe(5n); // 4.9e-18 -> 5
    expect(mulTruncate(7n, D('0.7'))).toBe(4n);
  });
  it('Quo rounds, QuoTruncate and QuoInt truncate', () => {
    expect(formatDec(quo(D('2'), D('3')))).toBe('0.666666666666666667');
    expect(formatDec(quoTruncate(D('2'), D('3')))).toBe('0.666666666666666666');
    expect(formatDec(quoInt(D('2'), 3n))).toBe('0.666666666666666666');
  });
  it('fractions and percentages', () => {
    expect(decFromFraction([1n, 20n])).toBe(D('0.05'));
    expect(decFromFraction([1n, 3n])).toBe(D('0.333333333333333333'));
    expect(formatPercent(D('0.0001'))).toBe('0.01');
    expect(truncateInt(D('999.9999'))).toBe(999n);
  });
});
