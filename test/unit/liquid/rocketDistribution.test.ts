/** The minipool waterfall and rETH rate, pure (RocketMinipoolDelegate._distributeBalance, RocketTokenRETH). */
import { describe, expect, it } from 'vitest';
import { calculateNodeShare, distributeBalance, slashRpl } from '../../../src/engine/liquid/rocket/distribution';
import { getEthValue, getRethValue } from '../../../src/engine/liquid/rocket/exchangeRate';
import { E } from './helpers';

const fee14: [bigint, bigint] = [14n, 100n];
const sixteen = (balance: bigint) =>
  distributeBalance({ balance, nodeCapital: E(16), userCapital: E(16), nodeFee: fee14 });
const leb8 = (balance: bigint) => distributeBalance({ balance, nodeCapital: E(8), userCapital: E(24), nodeFee: fee14 });
const RPL_PRICE = E('0.01'); // hypothetical: 0.01 ETH per RPL

describe('RocketMinipoolDelegate._distributeBalance', () => {
  it('16-ETH bond, exit at 28: node 12, rETH side 16', () => {
    expect(sixteen(E(28))).toEqual({ nodeShare: E(12), userShare: E(16), shortfall: 0n });
  });

  it('16-ETH bond, exit at 15: node 0, rETH side 15, shortfall 1 -> RPL worth 1 ETH slashed, nothing socialised', () => {
    expect(sixteen(E(15))).toEqual({ nodeShare: 0n, userShare: E(15), shortfall: E(1) });
    expect(slashRpl(E(1), E(160), RPL_PRICE)).toEqual({ rpl: E(100), eth: E(1), socialised: 0n });
  });

  it('16-ETH bond, exit at 10 with 1.6 ETH-worth of RPL: 1.6 slashed, 4.4 socialised', () => {
    expect(sixteen(E(10))).toEqual({ nodeShare: 0n, userShare: E(10), shortfall: E(6) });
    expect(slashRpl(E(6), E(160), RPL_PRICE)).toEqual({ rpl: E(160), eth: E('1.6'), socialised: E('4.4') });
  });

  it('LEB8 exit at 20: node 0, rETH side 20, 4 ETH shortfall charged to the node RPL', () => {
    expect(leb8(E(20))).toEqual({ nodeShare: 0n, userShare: E(20), shortfall: E(4) });
    expect(slashRpl(E(4), E(500), RPL_PRICE)).toEqual({ rpl: E(400), eth: E(4), socialised: 0n });
  });

  it('megapool 4/28 exit at 31: node gets 31 - 28 = 3 (docs example, same rule)', () => {
    expect(distributeBalance({ balance: E(31), nodeCapital: E(4), userCapital: E(28), nodeFee: fee14 }).nodeShare).toBe(
      E(3),
    );
  });

  it("above 32 the node gets its bond, its pro-rata rewards and 14% commission on the users' part", () => {
    // 16/16, rewards 1.6: node portion 0.8, user portion 0.8, commission 0.112 -> node 16.912, users 16.688.
    expect(sixteen(E('33.6'))).toEqual({ nodeShare: E('16.912'), userShare: E('16.688'), shortfall: 0n });
    // LEB8, rewards 1: node portion 1 * 8/32 = 0.25, commission 0.75 * 0.14 = 0.105 -> node 8.355.
    expect(calculateNodeShare({ balance: E(33), nodeCapital: E(8), userCapital: E(24), nodeFee: fee14 })).toBe(
      E('8.355'),
    );
  });

  it("exactly the users' capital: node 0, no shortfall", () => {
    expect(sixteen(E(16))).toEqual({ nodeShare: 0n, userShare: E(16), shortfall: 0n });
  });

  it('slashRPL rounds the RPL down and caps it at the stake', () => {
    expect(slashRpl(1n, E(1), E(3))).toEqual({ rpl: 0n, eth: 0n, socialised: 1n }); // 1 * 1e9 / 3e9 = 0
    expect(slashRpl(E(10), 0n, RPL_PRICE)).toEqual({ rpl: 0n, eth: 0n, socialised: E(10) });
  });
});

describe('rETH exchange rate (RocketTokenRETH)', () => {
  it('128 ETH staked grows to 160: 1 rETH = 1.25 ETH, 10 rETH = 12.5 ETH', () => {
    const rate = { totalEthBalance: E(160), rethSupply: E(128) };
    expect(getEthValue(E(1), rate)).toBe(E('1.25'));
    expect(getEthValue(E(10), rate)).toBe(E('12.5'));
    expect(getRethValue(E('12.5'), rate)).toBe(E(10));
  });

  it('is 1:1 before anything is reported', () => {
    expect(getRethValue(E(3), { totalEthBalance: 0n, rethSupply: 0n })).toBe(E(3));
  });
});
