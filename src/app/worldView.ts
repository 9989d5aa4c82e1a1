/**
 * What the sandbox draws, read from a World: entities by kind, and links between them with the amount that
 * flows along each. This reads the engine's snapshot and its ledger; it computes nothing the protocols define
 * (amounts are ledger balances or the engine's own stored quantities). Slices that are still empty simply
 * contribute nothing, so the view degrades gracefully while models are being built.
 */
import type { World } from '../engine/world';
import { formatEth } from '../engine/ledger/amount';
import { formatEthCard } from './displayAmount';
import { allocatedStake, avssOf, delegatedStake, ethValue, stakeSeenBy, stakerEthValue } from '../engine/restaking/api';
import { stEthBalance, tokenEthValue } from '../engine/liquid/api';

/** Engine views throw on worlds they do not recognise; the view shows nothing rather than failing. */
function safe(f: () => bigint): bigint {
  try {
    return f();
  } catch {
    return 0n;
  }
}

export type EntityKind =
  | 'holder'
  | 'validator'
  | 'operator'
  | 'lstPool'
  | 'lrt'
  | 'avs'
  | 'ammPool'
  | 'lending'
  | 'vault';

/** Left-to-right layer of each kind: holders -> protocols -> operators/validators -> services. */
export const LAYER: Record<EntityKind, number> = {
  holder: 0,
  lstPool: 1,
  lrt: 1,
  vault: 1,
  ammPool: 1,
  lending: 1,
  validator: 2,
  operator: 2,
  avs: 3,
};

export interface Fact {
  /** A short label ("staked", "status"). */
  label: string;
  value: string;
  /** For amounts: the raw gwei-scale value, so the UI can animate or compare. */
  raw?: bigint;
  /** The exact value when `value` is rounded for the card (shown as its tooltip). */
  exact?: string;
}

/** An amount fact: rounded on the card, exact in the tooltip. */
function card(label: string, gwei: bigint, unit = ''): Fact {
  const suffix = unit ? ` ${unit}` : '';
  return { label, value: `${formatEthCard(gwei)}${suffix}`, raw: gwei, exact: `${formatEth(gwei)}${suffix}` };
}

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  /** The size of the entity, for ordering and grouping (gwei-scale). */
  weight: bigint;
  facts: Fact[];
  /** e.g. a validator's lifecycle state, an allocation's change state. */
  status?: string;
  slashed?: boolean;
}

export interface Link {
  id: string;
  source: string;
  target: string;
  /** The amount on the link (gwei-scale units of `asset`). */
  amount: bigint;
  asset: string;
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

  // Holders: what they hold (stETH as stETH.balanceOf reports it), what they restaked and what it is all worth
  // in ETH, every amount from the engine's own views and pricers.
  const stakerOf = new Map<string, (typeof world.restaking.stakers)[string]>();
  for (const st of Object.values(world.restaking?.stakers ?? {})) if (st.account?.startsWith('holder:')) stakerOf.set(st.account.slice(7), st);
  for (const h of Object.values(world.holders ?? {})) {
    const account = `holder:${h.id}`;
    const held = balances(world, account);
    let worth = 0n;
    let unpriced = 0n;
    const parts: string[] = [];
    const exactParts: string[] = [];
    for (const [asset, amount] of Object.entries(held)) {
      const [prefix, pool] = asset.split(':');
      const shown = prefix === 'stETH' && world.liquid?.lido?.[pool] ? safe(() => stEthBalance(world, pool, account)) : amount;
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
    const facts: Fact[] =
      parts.length || !restaked
        ? [{ label: 'holds', value: parts.length ? parts.join(' · ') : '0 ETH', exact: exactParts.join(' · ') || '0 ETH' }]
        : [];
    if (restaked > 0n) facts.push(card('restaked', restaked, 'ETH'));
    if (worth > 0n || unpriced === 0n) facts.push(card('worth', worth, 'ETH'));
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
        { label: 'validators', value: String(p.validators?.length ?? 0) },
        card('stETH shares', p.totalShares ?? 0n),
      ],
    });
    // Holders' stETH shown in ETH (shares x share rate, as stETH.balanceOf reports it).
    for (const h of Object.values(world.holders ?? {})) addLink(nodeId('holder', h.id), id, safe(() => stEthBalance(world, p.id, `holder:${h.id}`)));
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
        { label: 'minipools', value: String(p.minipoolOrder?.length ?? 0) },
        card('rETH supply', p.rethSupply ?? 0n),
      ],
    });
    const asset = `rETH:${p.id}`;
    for (const h of Object.values(world.holders ?? {})) addLink(nodeId('holder', h.id), id, safe(() => tokenEthValue(world, asset, bal(world, asset, `holder:${h.id}`))));
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
      slashed: v.slashed,
      facts: [
        card('balance', balance, 'ETH'),
        { label: 'effective', value: `${formatEth(v.effectiveBalance)} ETH` },
      ],
    });
    const owner = world.holders?.[v.owner] ? nodeId('holder', v.owner) : lido[v.owner] || rocket[v.owner] ? nodeId('lstPool', v.owner) : null;
    if (owner && !(rocket[v.owner])) addLink(owner, nodeId('validator', vid), balance);
  }

  // Restaking: LRTs, vaults, operators, AVSs.
  const rs = world.restaking;
  const stakers = rs?.stakers ?? {};
  for (const l of Object.values(rs?.lrts ?? {})) {
    const id = nodeId('lrt', l.id);
    entities.push({ id, kind: 'lrt', name: l.name, weight: 0n, facts: [{ label: 'operators', value: String(l.operators?.length ?? 0) }] });
    for (const h of Object.values(world.holders ?? {})) addLink(nodeId('holder', h.id), id, bal(world, l.asset, `holder:${h.id}`), l.asset);
  }
  for (const vault of Object.values(rs?.vaults ?? {})) {
    const id = nodeId('vault', vault.id);
    entities.push({
      id,
      kind: 'vault',
      name: vault.name,
      weight: vault.activeStake ?? 0n,
      facts: [{ label: 'active stake', value: formatEth(vault.activeStake ?? 0n), raw: vault.activeStake }],
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
        card('delegated', delegated, 'ETH'),
        { label: 'operator sets', value: String(Object.values(op.sets ?? {}).filter((r) => r.registered).length) },
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
        card('secured by', seen, 'ETH'),
        card('profit from corruption', a.profitFromCorruption ?? 0n, 'ETH'),
      ],
    });
  }
  // Operator -> AVS: the stake each AVS can slash, as the engine computes it under the active security model.
  for (const op of Object.values(rs?.operators ?? {})) {
    let avss: string[] = [];
    try {
      avss = avssOf(world, op.id);
    } catch {
      avss = [];
    }
    for (const avs of avss) addLink(nodeId('operator', op.id), nodeId('avs', avs), safe(() => allocatedStake(world, op.id, avs)));
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
        { label: assetLabel(p.asset), value: formatEth(token), raw: token },
        { label: 'ETH', value: formatEth(eth), raw: eth },
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
        { label: 'positions', value: String(m.order?.length ?? 0) },
        { label: 'debt', value: `${formatEth(debt)} ETH`, raw: debt },
        { label: 'bad debt', value: `${formatEth(m.badDebt ?? 0n)} ETH`, raw: m.badDebt },
      ],
    });
  }

  const known = new Set(entities.map((e) => e.id));
  return { entities, links: links.filter((l) => known.has(l.source) && known.has(l.target)) };
}
