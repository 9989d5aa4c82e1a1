/**
 * What the sandbox draws, read from a World: entities by kind, and links between them with the amount that
 * flows along each. This reads the engine's snapshot and its ledger; it computes nothing the protocols define
 * (amounts are ledger balances or the engine's own stored quantities). Slices that are still empty simply
 * contribute nothing, so the view degrades gracefully while models are being built.
 */
import { holderAccount, type World } from '../engine/world';
import type { MessageKey } from './messages/en';
import { formatEth } from '../engine/ledger/amount';
import { formatEthCard } from './displayAmount';
import { allocatedStake, avssOf, delegatedStake, ethValue, stakeSeenBy, stakerEthValue } from '../engine/restaking/api';
import { stEthBalance, tokenEthValue } from '../engine/liquid/api';
import { poolOf } from '../engine/staking/cosmos/chain';
import { tokenValue } from '../engine/staking/cosmos/shares';
import { formatPercent } from '../engine/staking/cosmos/dec';
import { EPOCHS_PER_DAY } from '../engine/time';

/** Engine views throw on worlds they do not recognise; the view shows nothing rather than failing. */
function safe(f: () => bigint): bigint {
  try {
    return f();
  } catch {
    return 0n;
  }
}

export type EntityKind =
  'holder' | 'validator' | 'cosmosValidator' | 'operator' | 'lstPool' | 'lrt' | 'avs' | 'ammPool' | 'lending' | 'vault';

/** Left-to-right layer of each kind: holders -> protocols -> operators/validators -> services. */
export const LAYER: Record<EntityKind, number> = {
  holder: 0,
  lstPool: 1,
  lrt: 1,
  vault: 1,
  ammPool: 1,
  lending: 1,
  validator: 2,
  cosmosValidator: 2,
  operator: 2,
  avs: 3,
};

/** Words for the UI to look up in its catalogue (src/ui/messages): the app layer holds keys, never English. */
export interface Msg {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export interface Fact {
  /** A short label ("staked", "status"), as a message key. */
  label: MessageKey;
  labelParams?: Record<string, string | number>;
  /** A shorter label for the 200 px card when `label` would push the number off it (the card still says `label`
   * to screen readers and in the row's title). */
  short?: MessageKey;
  value: string;
  /** A list value ("16 ETH · 16 stETH"): its items, which the card may wrap onto a second line (never mid-amount). */
  parts?: string[];
  /** For amounts: the raw gwei-scale value, so the UI can animate or compare. */
  raw?: bigint;
  /** The exact value when `value` is rounded for the card (shown as its tooltip). */
  exact?: string;
  /** The amount's unit ("ETH", "ATOM") when the fact is an amount. */
  unit?: string;
}

/** An amount fact: rounded on the card, exact in the tooltip. */
function card(label: MessageKey, gwei: bigint, unit = ''): Fact {
  const suffix = unit ? ` ${unit}` : '';
  return {
    label,
    value: `${formatEthCard(gwei)}${suffix}`,
    raw: gwei,
    exact: `${formatEth(gwei)}${suffix}`,
    ...(unit ? { unit } : {}),
  };
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  /** The size of the entity, for ordering and grouping (gwei-scale). */
  weight: bigint;
  facts: Fact[];
  /** e.g. a validator's lifecycle state (the engine's state value, for logic). */
  status?: string;
  /** The status in words, as a message key. */
  statusLabel?: MessageKey;
  slashed?: boolean;
}

export interface Link {
  id: string;
  source: string;
  target: string;
  /** The amount on the link (gwei-scale units of `asset`). */
  amount: bigint;
  asset: string;
  /**
   * Not plain stake: an operator-set registration with nothing allocated yet, or stake on its way out
   * (an unbonding entry) or in from another validator (a redelegation entry). Drawn dashed.
   */
  variant?: 'registration' | 'unbonding' | 'redelegation';
  /** What the edge is, in words, for its accessible name (time left, where a redelegation came from). */
  note?: Msg;
  /** The same, short, shown after the amount on the edge (the full note would push the label off its edge). */
  badge?: Msg;
}

export interface WorldView {
  entities: Entity[];
  links: Link[];
}

const nodeId = (kind: EntityKind, id: string): string => `${kind}:${id}`;
export { nodeId };

function balances(world: World, account: string): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  for (const [asset, book] of Object.entries(world.ledger?.assets ?? {})) {
    const b = book.balances.get(account);
    if (b !== undefined && b !== 0n) out[asset] = b;
  }
  return out;
}

const bal = (world: World, asset: string, account: string): bigint =>
  world.ledger?.assets?.[asset]?.balances?.get(account) ?? 0n;

/** "stETH:lido" -> "stETH"; assets are namespaced by their protocol instance. */
export const assetLabel = (asset: string): string => asset.split(':')[0];

export function buildWorldView(world: World): WorldView {
  const entities: Entity[] = [];
  const links: Link[] = [];
  const addLink = (source: string, target: string, amount: bigint, asset = 'ETH') => {
    if (amount <= 0n) return;
    links.push({ id: `${source}->${target}:${asset}`, source, target, amount, asset });
  };
  const cosmos = cosmosView(world);

  // Holders: what they hold (stETH as stETH.balanceOf reports it), what they restaked and what it is all worth
  // in ETH, every amount from the engine's own views and pricers.
  const stakerOf = new Map<string, (typeof world.restaking.stakers)[string]>();
  for (const st of Object.values(world.restaking?.stakers ?? {}))
    if (st.account?.startsWith('holder:')) stakerOf.set(st.account.slice(7), st);
  for (const h of Object.values(world.holders ?? {})) {
    const account = holderAccount(h.id);
    const held = balances(world, account);
    let worth = 0n;
    let unpriced = 0n;
    const parts: string[] = [];
    const exactParts: string[] = [];
    for (const [asset, amount] of Object.entries(held)) {
      const [prefix, pool] = asset.split(':');
      const shown =
        prefix === 'stETH' && world.liquid?.lido?.[pool] ? safe(() => stEthBalance(world, pool, account)) : amount;
      parts.push(`${formatEthCard(shown)} ${assetLabel(asset)}`);
      exactParts.push(`${formatEth(shown)} ${assetLabel(asset)}`);
      // The Cosmos chain's token has no ETH price in this world (the engine's ethValue would count it 1:1), so
      // it is shown as held but left out of the ETH worth rather than summed as if it were ETH.
      if (asset === world.cosmos?.token) unpriced += amount;
      else worth += safe(() => ethValue(world, asset, amount));
    }
    const st = stakerOf.get(h.id);
    const restaked = st ? safe(() => stakerEthValue(world, st)) : 0n;
    worth += restaked;
    const onChain = cosmos.byHolder.get(h.id);
    if (onChain) unpriced += onChain.delegated + onChain.unbonding;
    const facts: Fact[] = [];
    if (parts.length || (!restaked && !onChain)) {
      facts.push({
        label: 'fact.holds',
        value: parts.length ? parts.join(' · ') : '0 ETH',
        parts: parts.length ? parts : ['0 ETH'],
        exact: exactParts.join(' · ') || '0 ETH',
      });
    }
    if (onChain?.delegated) facts.push(card('fact.delegated', onChain.delegated, assetLabel(cosmos.token)));
    if (onChain?.unbonding) {
      // The soonest entry's time left goes in the label: the edges into a busy validator show it on hover only.
      facts.push({
        ...card('fact.unbondingLeft', onChain.unbonding, assetLabel(cosmos.token)),
        labelParams: { days: onChain.soonest ?? 0 },
      });
    }
    if (restaked > 0n) facts.push(card('fact.restaked', restaked, 'ETH'));
    if (worth > 0n || unpriced === 0n) facts.push(card('fact.worth', worth, 'ETH'));
    entities.push({ id: nodeId('holder', h.id), kind: 'holder', name: h.name, weight: worth + unpriced, facts });
  }

  // Liquid staking pools.
  const lido = world.liquid?.lido ?? {};
  for (const p of Object.values(lido)) {
    const id = nodeId('lstPool', p.id);
    entities.push({
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
    for (const h of Object.values(world.holders ?? {}))
      addLink(
        nodeId('holder', h.id),
        id,
        safe(() => stEthBalance(world, p.id, holderAccount(h.id))),
      );
  }
  const rocket = world.liquid?.rocket ?? {};
  for (const p of Object.values(rocket)) {
    const id = nodeId('lstPool', p.id);
    entities.push({
      id,
      kind: 'lstPool',
      name: p.name,
      weight: p.totalEthBalance ?? 0n,
      facts: [
        { label: 'fact.minipools', value: String(p.minipoolOrder?.length ?? 0) },
        card('fact.rethSupply', p.rethSupply ?? 0n),
      ],
    });
    const asset = `rETH:${p.id}`;
    for (const h of Object.values(world.holders ?? {}))
      addLink(
        nodeId('holder', h.id),
        id,
        safe(() => tokenEthValue(world, asset, bal(world, asset, holderAccount(h.id)))),
      );
    for (const mpId of p.minipoolOrder ?? []) {
      const mp = p.minipools[mpId];
      if (mp) addLink(id, nodeId('validator', mp.validator), bal(world, 'ETH', `eth:validator:${mp.validator}`));
    }
  }

  // Validators, linked from whoever owns them (a holder or a pool).
  for (const vid of world.ethereum?.order ?? []) {
    const v = world.ethereum.validators[vid];
    if (!v) continue;
    const balance = bal(world, 'ETH', `eth:validator:${vid}`);
    entities.push({
      id: nodeId('validator', vid),
      kind: 'validator',
      name: vid,
      weight: balance,
      status: v.status,
      statusLabel: v.slashed ? 'status.slashed' : (`status.${v.status}` as const),
      slashed: v.slashed,
      facts: [
        card('fact.balance', balance, 'ETH'),
        { label: 'fact.effective', value: `${formatEth(v.effectiveBalance)} ETH` },
      ],
    });
    const owner = world.holders?.[v.owner]
      ? nodeId('holder', v.owner)
      : lido[v.owner] || rocket[v.owner]
        ? nodeId('lstPool', v.owner)
        : null;
    if (owner && !rocket[v.owner]) addLink(owner, nodeId('validator', vid), balance);
  }

  // Restaking: LRTs, vaults, operators, AVSs.
  const rs = world.restaking;
  const stakers = rs?.stakers ?? {};
  for (const l of Object.values(rs?.lrts ?? {})) {
    const id = nodeId('lrt', l.id);
    entities.push({
      id,
      kind: 'lrt',
      name: l.name,
      weight: 0n,
      facts: [{ label: 'fact.operators', value: String(l.operators?.length ?? 0) }],
    });
    for (const h of Object.values(world.holders ?? {}))
      addLink(nodeId('holder', h.id), id, bal(world, l.asset, holderAccount(h.id)), l.asset);
  }
  for (const vault of Object.values(rs?.vaults ?? {})) {
    const id = nodeId('vault', vault.id);
    entities.push({
      id,
      kind: 'vault',
      name: vault.name,
      weight: vault.activeStake ?? 0n,
      facts: [{ label: 'fact.activeStake', value: formatEth(vault.activeStake ?? 0n), raw: vault.activeStake }],
    });
    for (const [account, shares] of Object.entries(vault.stakers ?? {})) {
      if (account.startsWith('holder:')) addLink(nodeId('holder', account.slice(7)), id, shares, vault.asset);
    }
    for (const [avs, byOperator] of Object.entries(vault.operatorShares ?? {})) {
      for (const op of Object.keys(byOperator)) addLink(id, nodeId('operator', op), byOperator[op], vault.asset);
      void avs;
    }
  }
  for (const op of Object.values(rs?.operators ?? {})) {
    const delegated = safe(() => delegatedStake(world, op.id));
    entities.push({
      id: nodeId('operator', op.id),
      kind: 'operator',
      name: op.name,
      weight: delegated,
      facts: [
        card('fact.delegated', delegated, 'ETH'),
        { label: 'fact.operatorSets', value: String(Object.values(op.sets ?? {}).filter((r) => r.registered).length) },
      ],
    });
  }
  for (const st of Object.values(stakers)) {
    if (!st.delegatedTo) continue;
    const value = safe(() => stakerEthValue(world, st));
    const from = st.lrt
      ? nodeId('lrt', st.lrt)
      : st.account?.startsWith('holder:')
        ? nodeId('holder', st.account.slice(7))
        : null;
    if (from) addLink(from, nodeId('operator', st.delegatedTo), value);
  }
  for (const a of Object.values(rs?.avss ?? {})) {
    const seen = safe(() => stakeSeenBy(world, a.id));
    entities.push({
      id: nodeId('avs', a.id),
      kind: 'avs',
      name: a.name,
      weight: a.profitFromCorruption ?? 0n,
      facts: [
        card('fact.securedBy', seen, 'ETH'),
        {
          ...card('fact.profitFromCorruption', a.profitFromCorruption ?? 0n, 'ETH'),
          short: 'fact.profitFromCorruption.short',
        },
      ],
    });
  }
  // Operator -> AVS: the stake each AVS can slash, as the engine computes it under the active security model.
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
      if (amount > 0n) addLink(source, target, amount);
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

  // Markets.
  for (const p of Object.values(world.markets?.pools ?? {})) {
    const account = `market:pool:${p.id}`;
    const token = bal(world, p.asset, account);
    const eth = bal(world, 'ETH', account);
    entities.push({
      id: nodeId('ammPool', p.id),
      kind: 'ammPool',
      name: `${assetLabel(p.asset)}/ETH`,
      weight: eth,
      facts: [
        { label: 'fact.reserve', labelParams: { asset: assetLabel(p.asset) }, value: formatEth(token), raw: token },
        { label: 'fact.reserve', labelParams: { asset: 'ETH' }, value: formatEth(eth), raw: eth },
      ],
    });
  }
  for (const m of Object.values(world.markets?.lending ?? {})) {
    const id = nodeId('lending', m.id);
    let debt = 0n;
    for (const pos of Object.values(m.positions ?? {})) {
      debt += pos.debt;
      addLink(nodeId('holder', pos.borrower), id, pos.collateral, pos.asset);
    }
    entities.push({
      id,
      kind: 'lending',
      name: m.id,
      weight: debt,
      facts: [
        { label: 'fact.positions', value: String(m.order?.length ?? 0) },
        { label: 'fact.debt', value: `${formatEth(debt)} ETH`, raw: debt },
        { label: 'fact.badDebt', value: `${formatEth(m.badDebt ?? 0n)} ETH`, raw: m.badDebt },
      ],
    });
  }

  // The Cosmos-like chain: its validators, and delegations, unbonding and redelegation entries from holders.
  entities.push(...cosmos.entities);
  links.push(...cosmos.links);

  const known = new Set(entities.map((e) => e.id));
  return { entities, links: links.filter((l) => known.has(l.source) && known.has(l.target)) };
}

/** Whole days (one decimal under ten) from now until `epoch`, for "18 d left". */
function daysUntil(world: World, epoch: number): number {
  const days = Math.max(0, epoch - world.epoch) / EPOCHS_PER_DAY;
  return days >= 10 ? Math.round(days) : Math.round(days * 10) / 10;
}

interface CosmosView {
  token: string;
  entities: Entity[];
  links: Link[];
  /** Per holder: what their delegations are worth now and what waits in their unbonding entries (token units). */
  byHolder: Map<string, { delegated: bigint; unbonding: bigint; soonest?: number }>;
}

/**
 * The Cosmos-like chain (x/staking): each validator with its tokens, commission and bond status; each delegation
 * as an edge from its holder worth what the shares pay out now (TokensFromShares, truncated as RemoveDelShares
 * pays); open unbonding entries (their balance after slashes) and redelegation entries (their initial balance,
 * which stays slashable for the source's earlier infractions) as dashed edges with the time left. Amounts are in
 * the chain's token, never converted to ETH.
 */
function cosmosView(world: World): CosmosView {
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
