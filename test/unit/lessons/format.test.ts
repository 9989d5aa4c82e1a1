import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDecimal, formatValue } from '../../../src/lessons/format';
import { amount, int, ratio } from '../../../src/lessons/value';

describe('placeholder formatting', () => {
  it('keeps at most 4 significant decimals below 1, rounding half up', () => {
    // 32 ETH / 4096 = 0.0078125 ETH (consensus-specs electra: MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA = 4096)
    expect(formatValue(amount(7_812_500n))).toBe('0.007813 ETH');
    expect(formatDecimal(1n, 3n)).toBe('0.3333');
    expect(formatDecimal(2n, 3n)).toBe('0.6667');
  });

  it('keeps at most 4 decimals at and above 1, with thousands separators', () => {
    expect(formatValue(amount(34_000_064_000_000_000n))).toBe('34,000,064 ETH');
    expect(formatValue(amount(32_016_912_345n))).toBe('32.0169 ETH');
    expect(formatValue(int(8192))).toBe('8,192');
    expect(formatValue(amount(-1_500_000_000n, 'ATOM'))).toBe('-1.5 ATOM');
  });

  it('exact keeps every gwei; percent and days convert', () => {
    expect(formatValue(amount(1_234_567_890_123n), 'exact')).toBe('1,234.567890123 ETH');
    expect(formatValue(ratio(1n, 2n), 'percent')).toBe('50%');
    expect(formatValue(int(4096), 'days')).toBe('18.2044 days');
  });

  it('reads a percentage with at most 2 decimals from 1% up, 2 significant digits below', () => {
    // a discount of 0.0837381 reads as a learner would say it
    expect(formatValue(ratio(837_381n, 10_000_000n), 'percent')).toBe('8.37%');
    // Cosmos Hub x/slashing: slash_fraction_downtime = 0.0001, slash_fraction_double_sign = 0.05
    expect(formatValue(ratio(1n, 10_000n), 'percent')).toBe('0.01%');
    expect(formatValue(ratio(5n, 100n), 'percent')).toBe('5%');
    expect(formatValue(ratio(1n, 3n), 'percent')).toBe('33.33%');
    expect(formatValue(ratio(-1n, 8n), 'percent')).toBe('-12.5%');
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), (n) => {
        expect(formatValue(ratio(n, 10n ** 12n), 'percent')).not.toBe('0%');
      }),
    );
  });

  it('never rounds a non-zero amount to zero and never flips its sign', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (units) => {
        const text = formatValue(amount(units));
        if (units !== 0n) expect(text.startsWith('0 ')).toBe(false);
        expect(text.startsWith('-')).toBe(units < 0n);
      }),
    );
  });
});
