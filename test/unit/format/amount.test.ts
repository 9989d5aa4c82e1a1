import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { amountWithExact, formatAmount, formatNumber } from '../../../src/app/format/amount';
import { parseEth } from '../../../src/engine/ledger/amount';

// Amounts are integers of 1e-9 of a unit: 1 ETH = 1e9 gwei (consensus-specs phase0, GWEI_PER_ETH / Gwei type).
describe('the number policy', () => {
  it('keeps at most 4 decimals from 1 unit up, rounding half away from zero', () => {
    expect(formatAmount(21_000_025_831_597n, 'ETH')).toBe('21,000.0258 ETH');
    expect(formatAmount(100_136_325_016_232n, 'ATOM')).toBe('100,136.325 ATOM');
    expect(formatAmount(32_000_050_000n, 'ETH')).toBe('32.0001 ETH'); // .00005 rounds up
    expect(formatAmount(32_000_049_999n, 'ETH')).toBe('32 ETH'); // trailing zeros dropped
    expect(formatAmount(31_999_950_000n, 'ETH')).toBe('32 ETH');
    expect(formatAmount(-2_123_456_789n, 'ETH')).toBe('-2.1235 ETH');
  });
  it('keeps 4 significant digits below 1 unit, so a small non-zero never reads as 0', () => {
    expect(formatAmount(632_407n, 'ETH')).toBe('0.0006324 ETH');
    expect(formatAmount(7_812_500n, 'ETH')).toBe('0.007813 ETH');
    expect(formatAmount(999_950_000n, 'ETH')).toBe('1 ETH'); // 0.99995 carries into the whole
    expect(formatAmount(1n, 'ETH')).toBe('0.000000001 ETH');
    expect(formatAmount(123_456n, 'stETH')).toBe('0.0001235 stETH');
  });
  it('always separates thousands', () => {
    expect(formatNumber(3_681_097_735_291_719n)).toBe('3,681,097.7353');
    expect(formatNumber(450_000_000_000n)).toBe('450');
    expect(formatNumber(1_000_000_000_000n)).toBe('1,000');
    expect(formatNumber(0n)).toBe('0');
  });
  it('shows every gwei when exact (inspector and hover)', () => {
    expect(formatAmount(21_000_025_831_597n, 'ETH', { exact: true })).toBe('21,000.025831597 ETH');
    expect(amountWithExact(632_407n, 'ETH')).toEqual({ text: '0.0006324 ETH', exact: '0.000632407 ETH' });
    expect(formatAmount(5n, '')).toBe('0.000000005');
  });
  it('never hides a sign or a non-zero, and never shows more than 4 significant decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), (units) => {
        const text = formatNumber(units);
        expect(text.startsWith('-')).toBe(units < 0n);
        if (units !== 0n) expect(/[1-9]/.test(text)).toBe(true);
        const frac = text.split('.')[1] ?? '';
        expect(frac.replace(/^0+/, '').length).toBeLessThanOrEqual(4);
        // exact reads back to the same integer
        expect(parseEth(formatNumber(units, { exact: true }).replace(/,/g, ''))).toBe(units);
      }),
    );
  });
});
