/**
 * Issue 14 (lesson key-step screenshots): the cards show what a lesson's text explains. A pool card shows the
 * token's price in ETH and a lending card each loan's health factor (lesson 8 quotes both); a validator whose
 * deposit still waits in the activation queue shows that deposit, not "balance 0 ETH".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { applyEvent, fold } from '../../../src/engine/sim';
import type { Scenario } from '../../../src/engine/scenario/schema';
import type { SimEvent } from '../../../src/engine/events';
import type { World } from '../../../src/engine/world';
import { buildWorldView, type Entity } from '../../../src/app/worldView';
import { poolPrice } from '../../../src/engine/markets/pool';
import { healthFactor } from '../../../src/engine/markets/lending';
import { formatDecimal } from '../../../src/lessons/format';
import { WAD } from '../../../src/engine/restaking/wad';

function worldOf(raw: unknown, events: SimEvent[] = []): World {
  const parsed = parseScenario(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const world = fold(parsed.value as Scenario).world;
  for (const e of events) applyEvent(world, e);
  return world;
}
const card = (world: World, id: string): Entity => buildWorldView(world).entities.find((e) => e.id === id)!;
const fact = (e: Entity, label: string, param?: string) =>
  e.facts.find((f) => f.label === label && (param === undefined || Object.values(f.labelParams ?? {}).includes(param)))
    ?.value;

/** Lesson 8's world, with a fee-free x·y = k pool (its price is then reserves' ratio, by hand) and plain loans. */
function handWorld(): unknown {
  const s = JSON.parse(readFileSync('public/scenarios/lesson-systemic-risk.json', 'utf8'));
  s.events = [];
  s.markets.pools[0] = { ...s.markets.pools[0], curve: 'constantProduct', fee: '0', token: '100', eth: '95' };
  s.markets.lending[0].positions = [{ borrower: 'looper2', asset: 'stETH:lido', collateral: '1', borrow: '0.5' }];
  return s;
}

describe('market cards show the price and health factors a lesson quotes', () => {
  it('x·y = k, 100 stETH / 95 ETH: 0.95 ETH per stETH; a 1 stETH loan of 0.5 ETH: health 1 × 0.95 × 0.82 / 0.5', () => {
    // stETH redeems 1:1 at genesis (174.5 ETH pooled, 174.5 shares), so the price is 95 / 100 = 0.95 ETH.
    const world = worldOf(handWorld());
    expect(fact(card(world, 'ammPool:curve'), 'fact.price')).toBe('0.95 ETH');
    // health factor = collateral × price × liquidation threshold / debt = 0.779 / 0.5 = 1.558
    expect(fact(card(world, 'lending:aave'), 'fact.health', 'Looper (careful)')).toBe('1.558');
  });

  it('after a seller sells 5 stETH into that pool: 9500 / 11025 ETH per stETH and the loan’s health falls with it', () => {
    const world = worldOf(handWorld(), [
      { type: 'Swap', holder: 'sellerA', pool: 'curve', sell: 'stETH:lido', amount: 5_000_000_000n },
    ] as SimEvent[]);
    // k = 9500: 105 stETH and 9500 / 105 ETH; price = (9500 / 105) / 105 = 0.86167...
    expect(fact(card(world, 'ammPool:curve'), 'fact.price')).toBe('0.8617 ETH');
    // 0.86167... × 0.82 / 0.5 = 1.41315...
    expect(fact(card(world, 'lending:aave'), 'fact.health', 'Looper (careful)')).toBe('1.4132');
  });

  it('lesson 8 as written: the cards read what its {{pool:curve.price}} and {{loan:aave/…health}} placeholders read', () => {
    const world = worldOf(JSON.parse(readFileSync('public/scenarios/lesson-systemic-risk.json', 'utf8')));
    const price = poolPrice(world, 'curve');
    expect(fact(card(world, 'ammPool:curve'), 'fact.price')).toBe(`${formatDecimal(price.num, price.den)} ETH`);
    const market = world.markets.lending.aave;
    const lending = card(world, 'lending:aave');
    for (const pos of Object.values(market.positions)) {
      const h = healthFactor(world, market, pos)!;
      expect(fact(lending, 'fact.health', world.holders[pos.borrower].name)).toBe(formatDecimal(h, WAD));
    }
    expect(lending.facts.filter((f) => f.label === 'fact.health')).toHaveLength(2);
  });
});

describe('a validator waiting in the activation queue', () => {
  const scenario = {
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'queue',
    holders: [{ id: 'alice', name: 'Alice', balances: { ETH: '40' } }],
  };

  it('shows its 32 ETH deposit as waiting to activate, not a balance of 0 ETH', () => {
    const world = worldOf(scenario, [
      { type: 'EthDeposit', holder: 'alice', validator: 'v1', amount: 32_000_000_000n },
    ] as SimEvent[]);
    const v = card(world, 'validator:v1');
    expect(v.status).toBe('deposited');
    expect(fact(v, 'fact.waitingToActivate')).toBe('32 ETH');
    expect(fact(v, 'fact.balance')).toBeUndefined();
    // Alice's link to it carries the deposit, not nothing
    const link = buildWorldView(world).links.find((l) => l.target === 'validator:v1');
    expect(link?.amount).toBe(32_000_000_000n);
  });
});
