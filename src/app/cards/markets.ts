/**
 * Markets' cards: AMM pools with their reserves and the token's price, lending markets with their positions, each
 * loan's health factor, debt and bad debt. Price and health factor are the engine's own (poolPrice, healthFactor),
 * the same functions a lesson's {{pool:…price}} and {{loan:…health}} read, so card and text cannot disagree.
 */
import type { World } from '../../engine/world';
import { poolPrice } from '../../engine/markets/pool';
import { healthFactor } from '../../engine/markets/lending';
import { formatRatio } from '../../engine/markets/format';
import { WAD } from '../../engine/restaking/wad';
import { addLink, assetLabel, bal, card, nodeId } from './facts';
import type { Fact, ViewPart } from './types';

export function marketsCards(world: World): ViewPart {
  const out: ViewPart = { entities: [], links: [] };
  for (const p of Object.values(world.markets?.pools ?? {})) {
    const account = `market:pool:${p.id}`;
    const token = bal(world, p.asset, account);
    const eth = bal(world, 'ETH', account);
    out.entities.push({
      id: nodeId('ammPool', p.id),
      kind: 'ammPool',
      name: `${assetLabel(p.asset)}/ETH`,
      weight: eth,
      facts: [
        { ...card('fact.reserve', token, assetLabel(p.asset)), labelParams: { asset: assetLabel(p.asset) } },
        { ...card('fact.reserve', eth, 'ETH'), labelParams: { asset: 'ETH' } },
        priceFact(world, p.id, assetLabel(p.asset)),
      ],
    });
  }
  for (const m of Object.values(world.markets?.lending ?? {})) {
    const id = nodeId('lending', m.id);
    let debt = 0n;
    const health: Fact[] = [];
    for (const pos of Object.values(m.positions ?? {})) {
      debt += pos.debt;
      const h = healthFactor(world, m, pos);
      // a loan without debt has no health factor (it cannot be liquidated): nothing to show
      if (h !== null) {
        const name = world.holders?.[pos.borrower]?.name ?? pos.borrower;
        health.push({
          label: 'fact.health',
          labelParams: { name },
          value: formatRatio({ num: h, den: WAD }),
          exact: formatRatio({ num: h, den: WAD }, 9),
        });
      }
      addLink(out.links, nodeId('holder', pos.borrower), id, pos.collateral, pos.asset);
    }
    out.entities.push({
      id,
      kind: 'lending',
      name: m.name ?? m.id,
      weight: debt,
      // A card shows its first three facts: bad debt once there is some (the alarm), then the loans' health
      // factors (what a lesson on liquidations explains), then the totals.
      facts: badDebtFirst(
        [...health, card('fact.debt', debt, 'ETH'), { label: 'fact.positions', value: String(m.order?.length ?? 0) }],
        card('fact.badDebt', m.badDebt ?? 0n, 'ETH'),
      ),
    });
  }
  return out;
}

/** The pool's marginal price of one token in ETH (4 decimals, as a lesson's text writes it; exact in the tooltip). */
function priceFact(world: World, poolId: string, asset: string): Fact {
  const price = poolPrice(world, poolId);
  return {
    label: 'fact.price',
    labelParams: { asset },
    value: `${formatRatio(price)} ETH`,
    exact: `${formatRatio(price, 9)} ETH`,
  };
}

function badDebtFirst(facts: Fact[], badDebt: Fact): Fact[] {
  return (badDebt.raw ?? 0n) > 0n ? [badDebt, ...facts] : [...facts, badDebt];
}
