import { describe, expect, it } from 'vitest';
import { formatEthCard } from '../../src/app/displayAmount';

describe('amounts on graph cards', () => {
  it('round to at most 4 decimals from 1 ETH up, half up', () => {
    expect(formatEthCard(16_000_948_611n)).toBe('16.0009');
    expect(formatEthCard(32_002_108_025n)).toBe('32.0021');
    expect(formatEthCard(31_999_950_000n)).toBe('32');
    expect(formatEthCard(-2_123_456_789n)).toBe('-2.1235');
  });
  it('use separators from 1,000 ETH, still at most 4 decimals', () => {
    expect(formatEthCard(3_681_097_735_291_719n)).toBe('3,681,097.7353');
  });
  it('keep 4 significant digits below 1 ETH so a penalty never rounds to zero', () => {
    expect(formatEthCard(7_812_500n)).toBe('0.007813');
    expect(formatEthCard(1n)).toBe('0.000000001');
  });
});
