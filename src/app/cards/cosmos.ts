/**
 * The Cosmos-like chain's cards (x/staking): each validator with its tokens, commission and bond status; each
 * delegation as an edge from its holder; open unbonding and redelegation entries as dashed edges with the time left.
 * Amounts are in the chain's token, never converted to ETH.
 */
import type { World } from '../../engine/world';
import { poolOf } from '../../engine/staking/cosmos/chain';
import { tokenValue } from '../../engine/staking/cosmos/shares';
import { formatPercent } from '../../engine/staking/cosmos/dec';
import { EPOCHS_PER_DAY } from '../../engine/time';
import { formatEthCard } from '../displayAmount';
import { assetLabel, bal, card, nodeId, safe } from './facts';
import type { Fact, Link, Msg } from './types';
import type { CosmosView } from './parts';

/** Whole days (one decimal under ten) from now until `epoch`, for "18 d left". */
function daysUntil(world: World, epoch: number): number {
  const days = Math.max(0, epoch - world.epoch) / EPOCHS_PER_DAY;
  return days >= 10 ? Math.round(days) : Math.round(days * 10) / 10;
}

/**
 * The Cosmos-like chain (x/staking): each validator with its tokens, commission and bond status; each delegation
 * as an edge from its holder worth what the shares pay out now (TokensFromShares, truncated as RemoveDelShares
 * pays); open unbonding entries (their balance after slashes) and redelegation entries (their initial balance,
 * which stays slashable for the source's earlier infractions) as dashed edges with the time left. Amounts are in
 * the chain's token, never converted to ETH.
 */
export function cosmosCards(world: World): CosmosView {
  const c = world.cosmos;
  const out: CosmosView = { token: c?.token ?? 'ATOM', entities: [], links: [], byHolder: new Map() };
  if (!c || !c.order?.length) return out;
  const token = c.token;
  const unit = assetLabel(token);
  const per = (holder: string) =>
    out.byHolder.get(holder) ?? out.byHolder.set(holder, { delegated: 0n, unbonding: 0n }).get(holder)!;
  const vid = (id: string) => nodeId('cosmosValidator', id);
  const unbondingFrom = new Map<string, bigint>();
  for (const u of c.unbondings) {
    if (u.state !== 'unbonding') continue;
    unbondingFrom.set(u.validator, (unbondingFrom.get(u.validator) ?? 0n) + u.balance);
  }
  for (const id of c.order) {
    const v = c.validators[id];
    if (!v) continue;
    const tokens = bal(world, token, `cosmos:validator:${id}:bonded`);
    const facts: Fact[] = [
      card('fact.tokens', tokens, unit),
      { label: 'fact.commission', value: `${formatPercent(v.commission.rate)}%` },
    ];
    const leaving = unbondingFrom.get(id) ?? 0n;
    if (leaving > 0n) facts.push(card('fact.unbonding', leaving, unit));
    out.entities.push({
      id: vid(id),
      kind: 'cosmosValidator',
      name: v.name,
      weight: tokens,
      status: v.status,
      statusLabel: `status.${v.status}`,
      // Only faults jail a validator here (downtime or double sign), and both slash: a jailed one was slashed.
      slashed: v.status !== 'bonded',
      facts,
    });
    const pool = poolOf(world, id);
    for (const [holder, shares] of Object.entries(c.delegations[id] ?? {})) {
      const worth = safe(() => tokenValue(pool, shares));
      per(holder).delegated += worth;
      if (worth > 0n)
        out.links.push({
          id: `${nodeId('holder', holder)}->${vid(id)}:${token}`,
          source: nodeId('holder', holder),
          target: vid(id),
          amount: worth,
          asset: token,
        });
    }
  }
  // Open entries, one dashed edge per holder and validator pair (amounts summed, the soonest completion shown).
  const unbondingEdges = new Map<string, Link>();
  for (const u of c.unbondings) {
    if (u.state !== 'unbonding' || u.balance <= 0n) continue;
    const mine = per(u.holder);
    mine.unbonding += u.balance;
    mine.soonest = Math.min(mine.soonest ?? Infinity, daysUntil(world, u.completionEpoch));
    const id = `${nodeId('holder', u.holder)}->${vid(u.validator)}:${token}:unbonding`;
    const days = daysUntil(world, u.completionEpoch);
    const prev = unbondingEdges.get(id);
    if (prev) {
      prev.amount += u.balance;
      if (days < Number(prev.note!.params!.days)) prev.note = { key: 'edge.unbonding', params: { days } };
    } else {
      unbondingEdges.set(id, {
        id,
        source: nodeId('holder', u.holder),
        target: vid(u.validator),
        amount: u.balance,
        asset: token,
        variant: 'unbonding',
        note: { key: 'edge.unbonding', params: { days } },
      });
    }
  }
  for (const l of unbondingEdges.values()) {
    l.badge = { key: 'edge.unbonding.short', params: l.note!.params };
    out.links.push(l);
  }
  // A redelegation entry is stake already delegated at its destination: it is marked on that delegation's edge
  // (what moved, from where, how long it stays slashable for the source's faults), not drawn a second time.
  // Only when that delegation is gone (unbonded since) does the entry get a dashed edge of its own.
  for (const r of c.redelegations) {
    if (r.state !== 'redelegating') continue;
    const days = daysUntil(world, r.completionEpoch);
    const from = c.validators[r.from]?.name ?? r.from;
    const note: Msg = {
      key: 'edge.redelegation',
      params: { days, from, amount: `${formatEthCard(r.initialBalance)} ${unit}` },
    };
    const badge: Msg = { key: 'edge.redelegation.short', params: { days } };
    const delegation = out.links.find(
      (l) => l.source === nodeId('holder', r.holder) && l.target === vid(r.to) && !l.variant,
    );
    const prevDays = Number(delegation?.note?.params?.days ?? Infinity);
    if (delegation && days < prevDays) Object.assign(delegation, { note, badge });
    else if (!delegation) {
      out.links.push({
        id: `${nodeId('holder', r.holder)}->${vid(r.to)}:${token}:redelegation:${r.id}`,
        source: nodeId('holder', r.holder),
        target: vid(r.to),
        amount: r.initialBalance,
        asset: token,
        variant: 'redelegation',
        note,
        badge,
      });
    }
  }
  return out;
}
