import { describe, expect, it } from 'vitest';
import { ceilDiv, formatEth, isqrt, parseEth } from '../../../src/engine/ledger/amount';

describe('amounts in gwei', () => {
  it('parses decimal ETH exactly', () => {
    expect(parseEth('32')).toBe(32_000_000_000n);
    expect(parseEth('0.0078125')).toBe(7_812_500n); // eb/4096 for a 32-ETH validator
    expect(parseEth(1.25)).toBe(1_250_000_000n);
    expect(parseEth('0.000000001')).toBe(1n);
    expect(parseEth(1e-7)).toBe(100n);
  });

  it('refuses sub-gwei precision instead of rounding', () => {
    expect(() => parseEth('0.0000000001')).toThrow(/more than 9 decimals/);
    expect(() => parseEth('abc')).toThrow(/not a decimal number/);
  });

  it('formats without trailing zeros', () => {
    expect(formatEth(32_007_812_500n)).toBe('32.0078125');
    expect(formatEth(0n)).toBe('0');
    expect(formatEth(-1n)).toBe('-0.000000001');
  });

  it('isqrt is the floor square root, exact beyond float precision', () => {
    // 34,000,000 ETH in gwei: isqrt used by get_base_reward_per_increment (consensus-specs altair).
    const total = 34_000_000n * 1_000_000_000n;
    const r = isqrt(total);
    expect(r * r <= total && (r + 1n) * (r + 1n) > total).toBe(true);
    expect(isqrt(10n ** 40n + 1n)).toBe(10n ** 20n);
    expect(isqrt(15n)).toBe(3n);
  });

  it('ceilDiv rounds up', () => {
    expect(ceilDiv(7n, 2n)).toBe(4n);
    expect(ceilDiv(8n, 2n)).toBe(4n);
    expect(ceilDiv(0n, 5n)).toBe(0n);
  });
});
