import { describe, expect, it } from 'vitest';
import { getPooledEthByShares, getSharesByPooledEth } from '../../../src/engine/liquid/lido/shareRate';
import { E } from './helpers';

describe('Lido shares (lidofinance/docs lido.md "Rebase")', () => {
  it('docs example: 5 shares over 10 ETH -> Alice (1 share) 2 stETH, Bob (4) 8; at 15 ETH -> 3 and 12', () => {
    const at10 = { totalPooledEther: E(10), totalShares: E(5) };
    expect(getPooledEthByShares(E(1), at10)).toBe(E(2));
    expect(getPooledEthByShares(E(4), at10)).toBe(E(8));
    const at15 = { totalPooledEther: E(15), totalShares: E(5) };
    expect(getPooledEthByShares(E(1), at15)).toBe(E(3));
    expect(getPooledEthByShares(E(4), at15)).toBe(E(12));
  });

  it('rounds down both ways, as the contract does (the holder loses the dust)', () => {
    const rate = { totalPooledEther: 3n, totalShares: 2n };
    expect(getSharesByPooledEth(10n, rate)).toBe(6n); // 10 * 2 / 3 = 6.67
    expect(getPooledEthByShares(7n, rate)).toBe(10n); // 7 * 3 / 2 = 10.5
  });

  it('an empty pool mints 1:1', () => {
    expect(getSharesByPooledEth(E(5), { totalPooledEther: 0n, totalShares: 0n })).toBe(E(5));
  });
});
