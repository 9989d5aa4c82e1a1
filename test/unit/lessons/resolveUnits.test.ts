/**
 * A trace amount's unit is that of the quantity the placeholder names, not of the step's first movement: a market
 * shock sells a token (its first movement) and buys ETH, so `trace:market.shock.bought` is in ETH.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/engine/sim';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { parsePath } from '../../../src/lessons/path';
import { resolve } from '../../../src/lessons/resolve';
import { formatValue } from '../../../src/lessons/format';
import type { Observation } from '../../../src/lessons/observation';

/** A constant-product pool of 30 TKN and 30 ETH, no fee, not rate-scaled; a seller dumps 10 TKN into it. */
function shocked(): Observation {
  const parsed = parseScenario({
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'shock',
    seed: 'units',
    holders: [
      { id: 'lp', name: 'Liquidity', balances: { ETH: '30', TKN: '30' } },
      { id: 'seller', name: 'A seller', balances: { TKN: '10' } },
    ],
    markets: {
      pools: [
        { id: 'amm', asset: 'TKN', curve: 'constantProduct', fee: '0', rateScaled: false, provider: 'lp', token: '30', eth: '30' },
      ],
      lending: [],
    },
    events: [{ type: 'Fault', fault: 'market-shock', holder: 'seller', pool: 'amm', amount: '10' }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed));
  const { world, traces } = fold(parsed.value);
  return { world, trace: traces.slice(1).flat(), events: parsed.value.events };
}

const read = (text: string, obs: Observation) => {
  const p = parsePath(text);
  if (!p.ok) throw new Error(p.error);
  return resolve(p.path, obs);
};

describe('a trace amount is in the unit of the quantity it names', () => {
  const obs = shocked();

  it('trace:market.shock.bought is the ETH paid out: 7.5 ETH, not TKN', () => {
    // Uniswap v2 getAmountOut with no fee: dy = dx·y / (x + dx) = 10 × 30 / (30 + 10) = 7.5 ETH
    const bought = read('trace:market.shock.bought', obs);
    expect(bought).toEqual({ kind: 'amount', units: 7_500_000_000n, asset: 'ETH' });
    expect(formatValue(bought)).toBe('7.5 ETH');
  });

  it('trace:market.shock.sold is the token paid in: 10 TKN', () => {
    expect(read('trace:market.shock.sold', obs)).toEqual({ kind: 'amount', units: 10_000_000_000n, asset: 'TKN' });
  });

  it('an amount that no movement carries, in a step moving two assets, has no unit and says so', () => {
    // the price before the trade (1, as a 1e18 fixed-point number) moved nothing: it is not an amount of TKN or ETH
    expect(() => read('trace:market.shock.priceBeforeWad', obs)).toThrow(/unit is unknown/);
  });
});
