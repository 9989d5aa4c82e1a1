/**
 * Restaking's cards: liquid restaking tokens, shared vaults, operators and AVSs, with stake flowing from holders
 * (or an LRT) to operators, and from operators to the AVSs that can slash it under the active security model.
 */
import type { World } from '../../engine/world';
import { allocatedStake, avssOf, operatorStake, stakeSeenBy, stakerEthValue } from '../../engine/restaking/api';
import { WAD } from '../../engine/restaking/wad';
import { vaultBalanceOf } from '../../engine/restaking/vaults';
import { networkRestakeStake } from '../../engine/restaking/networkRestake';
import type { Vault } from '../../engine/restaking/state';
import { addLink, assetLabel, bal, card, nodeId, safe } from './facts';
import type { Msg, ViewPart } from './types';

/** What a card shows for an operator whose stake a broken world cannot say (cards never throw). */
const NO_STAKE: ReturnType<typeof operatorStake> = { kind: 'delegated', amount: 0n };

export function restakingCards(world: World): ViewPart {
  const out: ViewPart = { entities: [], links: [] };
  const { entities, links } = out;
  const rs = world.restaking;
  const holders = Object.values(world.holders ?? {});
  for (const l of Object.values(rs?.lrts ?? {})) {
    const id = nodeId('lrt', l.id);
    entities.push({
      id,
      kind: 'lrt',
      name: l.name,
      weight: 0n,
      facts: [{ label: 'fact.operators', value: String(l.operators?.length ?? 0) }],
    });
    for (const h of holders) addLink(links, nodeId('holder', h.id), id, bal(world, l.asset, `holder:${h.id}`), l.asset);
  }
  for (const vault of Object.values(rs?.vaults ?? {})) {
    const id = nodeId('vault', vault.id);
    entities.push({
      id,
      kind: 'vault',
      name: vault.name,
      weight: vault.activeStake ?? 0n,
      facts: [card('fact.activeStake', vault.activeStake ?? 0n, assetLabel(vault.asset))],
    });
    // A holder's edge carries what their shares are worth now (the card's "restaked"), not the share count: after
    // a slash a share is worth less than the token it was minted for (Vault.activeBalanceOf).
    for (const account of Object.keys(vault.stakers ?? {}))
      if (account.startsWith('holder:'))
        addLink(links, nodeId('holder', account.slice(7)), id, vaultBalanceOf(vault, account), vault.asset);
    // An operator's edge: the most of the vault's collateral any one network can slash through it
    // (NetworkRestakeDelegator._stakeAt); the same collateral backs every network, so these do not add up.
    for (const [op, stake] of vaultStakeByOperator(vault))
      addLink(links, id, nodeId('operator', op), stake, vault.asset);
  }
  for (const op of Object.values(rs?.operators ?? {})) {
    // Delegated stake, or under shared vaults what the vaults back it with (the engine's read-model).
    const stake = safe(() => operatorStake(world, op.id), NO_STAKE);
    // Slashed once, an operator's max magnitude stays below 1 (WAD) in that strategy (ELIP-002).
    const slashed = Object.values(op.strategies ?? {}).some((s) => s.maxMagnitude < WAD);
    entities.push({
      id: nodeId('operator', op.id),
      kind: 'operator',
      name: op.name,
      weight: stake.amount,
      ...(slashed ? { slashed, statusLabel: 'status.slashed' as const } : {}),
      facts: [
        card(stake.kind === 'vaultBacked' ? 'fact.vaultBacked' : 'fact.delegated', stake.amount, 'ETH'),
        { label: 'fact.operatorSets', value: String(Object.values(op.sets ?? {}).filter((r) => r.registered).length) },
      ],
    });
  }
  for (const st of Object.values(rs?.stakers ?? {})) {
    if (!st.delegatedTo) continue;
    const from = st.lrt
      ? nodeId('lrt', st.lrt)
      : st.account?.startsWith('holder:')
        ? nodeId('holder', st.account.slice(7))
        : null;
    if (from)
      addLink(
        links,
        from,
        nodeId('operator', st.delegatedTo),
        safe(() => stakerEthValue(world, st)),
      );
  }
  for (const a of Object.values(rs?.avss ?? {})) {
    entities.push({
      id: nodeId('avs', a.id),
      kind: 'avs',
      name: a.name,
      weight: a.profitFromCorruption ?? 0n,
      facts: [
        // The stake it can slash, as the security read-model (engine/views/costOfCorruption.ts) counts it.
        card(
          'fact.securedBy',
          safe(() => stakeSeenBy(world, a.id)),
          'ETH',
        ),
        {
          ...card('fact.profitFromCorruption', a.profitFromCorruption ?? 0n, 'ETH'),
          short: 'fact.profitFromCorruption.short',
        },
      ],
    });
  }
  links.push(...avsLinks(world));
  return out;
}

/** Operator -> AVS: the stake each AVS can slash, as the engine computes it under the active security model. */
function avsLinks(world: World): ViewPart['links'] {
  const rs = world.restaking;
  const links: ViewPart['links'] = [];
  const allocatedPairs = new Set<string>();
  for (const x of Object.values(rs?.allocations ?? {}))
    if (x.magnitude + x.pendingDiff > 0n) allocatedPairs.add(`${x.operator}\u0000${x.avs}`);
  for (const op of Object.values(rs?.operators ?? {})) {
    let avss: string[];
    try {
      avss = avssOf(world, op.id);
    } catch {
      avss = [];
    }
    for (const avs of avss) {
      const source = nodeId('operator', op.id);
      const target = nodeId('avs', avs);
      const amount = safe(() => allocatedStake(world, op.id, avs));
      // A registration with nothing slashable behind it (no magnitude yet, or no stake delegated) still gets a
      // thin dashed edge: it is where the learner drags the allocation up from 0%.
      if (amount > 0n) addLink(links, source, target, amount);
      else {
        const allocated = allocatedPairs.has(`${op.id}\u0000${avs}`);
        const note: Msg = { key: allocated ? 'edge.noStake' : 'edge.registered' };
        links.push({
          id: `${source}->${target}:ETH`,
          source,
          target,
          amount: 0n,
          asset: 'ETH',
          variant: 'registration',
          note,
        });
      }
    }
  }
  return links;
}

/** Each operator's largest stake at any one network of `vault`, in the vault's token (operator shares are weights). */
function vaultStakeByOperator(vault: Vault): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const [network, shares] of Object.entries(vault.operatorShares ?? {})) {
    const total = Object.values(shares).reduce((a, b) => a + b, 0n);
    for (const [op, mine] of Object.entries(shares)) {
      const stake = networkRestakeStake(vault.activeStake, vault.networkLimits[network] ?? 0n, mine, total);
      if (stake > (out.get(op) ?? 0n)) out.set(op, stake);
    }
  }
  return out;
}
