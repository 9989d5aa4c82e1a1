/** Liquid staking pools' cards, with each holder's tokens drawn into their pool in ETH and a pool's minipools. */
import type { World } from '../../engine/world';
import { holderAccount } from '../../engine/world';
import { stEthBalance, tokenEthValue } from '../../engine/liquid/api';
import { addLink, bal, card, nodeId, safe } from './facts';
import type { ViewPart } from './types';

export function liquidCards(world: World): ViewPart {
  const out: ViewPart = { entities: [], links: [] };
  const holders = Object.values(world.holders ?? {});
  for (const p of Object.values(world.liquid?.lido ?? {})) {
    const id = nodeId('lstPool', p.id);
    out.entities.push({
      id,
      kind: 'lstPool',
      name: p.name,
      weight: p.clBalance ?? 0n,
      facts: [
        { label: 'fact.validators', value: String(p.validators?.length ?? 0) },
        card('fact.stEthShares', p.totalShares ?? 0n),
      ],
    });
    // Holders' stETH shown in ETH (shares x share rate, as stETH.balanceOf reports it).
    for (const h of holders)
      addLink(
        out.links,
        nodeId('holder', h.id),
        id,
        safe(() => stEthBalance(world, p.id, holderAccount(h.id))),
      );
  }
  for (const p of Object.values(world.liquid?.rocket ?? {})) {
    const id = nodeId('lstPool', p.id);
    out.entities.push({
      id,
      kind: 'lstPool',
      name: p.name,
      weight: p.totalEthBalance ?? 0n,
      facts: [
        { label: 'fact.minipools', value: String(p.minipoolOrder?.length ?? 0) },
        card('fact.rethSupply', p.rethSupply ?? 0n, 'rETH'),
      ],
    });
    const asset = `rETH:${p.id}`;
    for (const h of holders)
      addLink(
        out.links,
        nodeId('holder', h.id),
        id,
        safe(() => tokenEthValue(world, asset, bal(world, asset, holderAccount(h.id)))),
      );
    for (const mpId of p.minipoolOrder ?? []) {
      const mp = p.minipools[mpId];
      if (mp)
        addLink(out.links, id, nodeId('validator', mp.validator), bal(world, 'ETH', `eth:validator:${mp.validator}`));
    }
  }
  return out;
}
