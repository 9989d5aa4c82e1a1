/** Markets' cards: AMM pools with their reserves, lending markets with their positions, debt and bad debt. */
import type { World } from '../../engine/world';
import { addLink, assetLabel, bal, card, nodeId } from './facts';
import type { ViewPart } from './types';

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
      ],
    });
  }
  for (const m of Object.values(world.markets?.lending ?? {})) {
    const id = nodeId('lending', m.id);
    let debt = 0n;
    for (const pos of Object.values(m.positions ?? {})) {
      debt += pos.debt;
      addLink(out.links, nodeId('holder', pos.borrower), id, pos.collateral, pos.asset);
    }
    out.entities.push({
      id,
      kind: 'lending',
      name: m.name ?? m.id,
      weight: debt,
      facts: [
        { label: 'fact.positions', value: String(m.order?.length ?? 0) },
        card('fact.debt', debt, 'ETH'),
        card('fact.badDebt', m.badDebt ?? 0n, 'ETH'),
      ],
    });
  }
  return out;
}
