import { describe, expect, it } from 'vitest';
import { feeSharesToMint, splitFee } from '../../../src/engine/liquid/lido/fee';
import { getPooledEthByShares } from '../../../src/engine/liquid/lido/shareRate';
import { E } from './helpers';

describe('Lido fee shares (lidofinance/docs lido-tokens-integration-guide.md "Fees")', () => {
  // TPE 9,000,000 ETH, 8,000,000 shares, +800 ETH rewards, fee 1000 bp.
  // shares2mint = 800e9 * 1000 * 8e15 / (9000800e9 * 10000 - 1000 * 800e9) = 6.4e30 / 9.00072e16
  //             = 71105422677.3... -> 71105422677 (71.105422677 shares; the reference prints 71.1054).
  it('mints 71.105422677 shares for 800 ETH of rewards', () => {
    expect(feeSharesToMint(E(800), 1000n, E(8_000_000), E(9_000_800))).toBe(71_105_422_677n);
  });

  it('the minted shares are worth 80 ETH, 10% of the rewards (79.999999999 after rounding down)', () => {
    const shares = feeSharesToMint(E(800), 1000n, E(8_000_000), E(9_000_800));
    const rate = { totalPooledEther: E(9_000_800), totalShares: E(8_000_000) + shares };
    // Exactly 80 ETH in rational terms: 71105422677 * 9000800e9 / 8000071105422677 = 79.99999999967 gwei-units.
    expect(getPooledEthByShares(shares, rate)).toBe(E('79.999999999'));
  });

  it('no rewards, no fee; zero fee, no shares', () => {
    expect(feeSharesToMint(0n, 1000n, E(8), E(9))).toBe(0n);
    expect(feeSharesToMint(-5n, 1000n, E(8), E(9))).toBe(0n);
    expect(feeSharesToMint(E(1), 0n, E(8), E(9))).toBe(0n);
  });

  it('splits half to operators by active validators, the rest (and the dust) to the treasury: 40/40 ETH', () => {
    const split = splitFee(71_105_422_677n, { op1: 1, op2: 1 });
    // operators' half = 35552711338; each operator 17776355669; treasury 71105422677 - 35552711338 = 35552711339.
    expect(split.operators).toEqual({ op1: 17_776_355_669n, op2: 17_776_355_669n });
    expect(split.treasury).toBe(35_552_711_339n);
    const rate = { totalPooledEther: E(9_000_800), totalShares: E(8_000_000) + 71_105_422_677n };
    expect(getPooledEthByShares(split.operators.op1 + split.operators.op2, rate)).toBe(E('39.999999999'));
    // The treasury's extra share of dust tips it to exactly 40 ETH.
    expect(getPooledEthByShares(split.treasury, rate)).toBe(E(40));
  });

  it('pro rata to active validators, dust to the treasury', () => {
    const split = splitFee(1001n, { a: 2, b: 1, c: 0 });
    // module half = 500: a = 500*2/3 = 333, b = 500/3 = 166; treasury = 1001 - 499 = 502.
    expect(split.operators).toEqual({ a: 333n, b: 166n });
    expect(split.treasury).toBe(502n);
    expect(splitFee(1001n, { a: 0 }).treasury).toBe(1001n);
  });
});
