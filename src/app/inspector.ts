/**
 * The inspector's numbers for one entity, side by side, read from the engine's own views (restaking views,
 * liquid share rates, validator state, the ledger). Nothing here re-derives a protocol rule: amounts are what the
 * engine reports, formatted with formatEth; ratios are the engine's exact [num, den] shown as decimals.
 * Labels are message keys (the UI owns the words); asset names and ids are data.
 */
import { holderAccount, type World } from '../engine/world';
import { validatorName, validatorOperatorName } from '../engine/accountNames';
import { exactNumber as formatEth } from './format/amount';
import { delegatedStake, operatorStake, setStake, stakeSeenBy, stakerEthValue, lrtRate } from '../engine/restaking/api';
import { unallocatedStake, allocatedStake as allocatedShares } from '../engine/restaking/magnitude';
import { sharesEth, allocatedStakeByAvs } from '../engine/restaking/views';
import { isRegisteredOrSlashable } from '../engine/restaking/allocations';
import { NATIVE_STRATEGY } from '../engine/restaking/state';
import { decimal } from '../engine/ledger/decimal';
import { HOLDER_PARTS, holderPosition, holderValue } from '../engine/views/holderValue';
import { priceInEth } from '../engine/views/holder/price';
import { serviceSecurity } from '../engine/views/costOfCorruption';
import { ethPerToken } from '../engine/liquid/api';
import { totalPooledEther } from '../engine/liquid/lido/shareRate';
import type { MessageKey } from './messages/en';
import type { Entity } from './worldView';
import { assetLabel } from './worldView';
import { splitNodeId } from './nodeId';

export type Label = { key: MessageKey; params?: Record<string, string | number> } | { text: string };

export interface Row {
  label: Label;
  /** One value per column (formatted, or words to look up); '' for "not applicable". */
  values: (string | Label)[];
  /** The values are message keys (a named setting such as the security model), not figures. */
  valueKeys?: boolean;
  /** Emphasise (a total, a loss). */
  strong?: boolean;
}

export interface Section {
  title: MessageKey;
  columns: MessageKey[];
  rows: Row[];
}

const k = (key: MessageKey, params?: Record<string, string | number>): Label => ({ key, params });
const txt = (text: string): Label => ({ text });
const eth = (x: bigint): string => `${formatEth(x)} ETH`;
const ratio = (num: bigint, den: bigint, places = 6): string => decimal(num, den, places);

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

const bal = (world: World, asset: string, account: string): bigint =>
  world.ledger?.assets?.[asset]?.balances?.get(account) ?? 0n;

/**
 * What a holder's position is worth in ETH: the engine's read-model (engine/views/holderValue.ts), the one figure
 * the card, this inspector, the dashboard and the CLI report all show. Re-exported here for the app's callers.
 */
export { holderValue } from '../engine/views/holderValue';

/** The one number the history chart follows for an entity (and the message key naming it). */
export function keyValue(world: World, entity: Entity): { label: MessageKey; value: bigint } | null {
  const { kind, ref } = splitNodeId(entity.id);
  switch (kind) {
    case 'holder':
      return { label: 'inspector.value.holder', value: holderValue(world, ref) };
    case 'validator':
      return { label: 'inspector.value.validator', value: bal(world, 'ETH', `eth:validator:${ref}`) };
    case 'operator': {
      const stake = safe(() => operatorStake(world, ref), null);
      return {
        label: stake?.kind === 'vaultBacked' ? 'inspector.value.operatorBacked' : 'inspector.value.operator',
        value: stake?.amount ?? 0n,
      };
    }
    case 'avs':
      return { label: 'inspector.value.avs', value: safe(() => stakeSeenBy(world, ref), 0n) };
    case 'lstPool': {
      const lido = world.liquid?.lido?.[ref];
      if (lido) return { label: 'inspector.value.pooled', value: safe(() => totalPooledEther(world, lido), 0n) };
      const rocket = world.liquid?.rocket?.[ref];
      if (rocket) return { label: 'inspector.value.pooled', value: rocket.totalEthBalance ?? 0n };
      return null;
    }
    case 'vault': {
      const v = world.restaking?.vaults?.[ref];
      return v ? { label: 'inspector.value.vault', value: v.activeStake } : null;
    }
    default:
      return entity.weight ? { label: 'inspector.value.size', value: entity.weight } : null;
  }
}

export function inspectorSections(world: World, entity: Entity): Section[] {
  const { kind, ref } = splitNodeId(entity.id);
  switch (kind) {
    case 'operator':
      return operatorSections(world, ref);
    case 'holder':
      return holderSections(world, ref);
    case 'validator':
      return validatorSections(world, ref);
    case 'lstPool':
      return poolSections(world, ref);
    case 'avs':
      return avsSections(world, ref);
    case 'lrt': {
      const l = world.restaking?.lrts?.[ref];
      if (!l) return [];
      const r = safe(() => lrtRate(world, l), { num: 1n, den: 1n });
      return [
        {
          title: 'inspector.section.token',
          columns: ['inspector.col.value'],
          rows: [
            { label: k('inspector.row.rate', { asset: assetLabel(l.asset) }), values: [ratio(r.num, r.den)] },
            { label: k('inspector.row.backing'), values: [eth(r.num)] },
            { label: k('inspector.row.operators'), values: [String(l.operators.length)] },
          ],
        },
      ];
    }
    default:
      return [
        {
          title: 'inspector.section.numbers',
          columns: ['inspector.col.value'],
          rows: entity.facts.map((f) => ({ label: k(f.label, f.labelParams), values: [f.exact ?? f.value] })),
        },
      ];
  }
}

function operatorSections(world: World, id: string): Section[] {
  const rs = world.restaking;
  const op = rs?.operators?.[id];
  if (!op) return [];
  // The card's figure (engine read-model): delegated stake, or under shared vaults what the vaults back it with.
  const stake = safe(() => operatorStake(world, id), { kind: 'delegated' as const, amount: 0n });
  const rows: Row[] = [];
  // Per operator set: the magnitude allocated (unique model) and the stake that set can slash under the model.
  for (const key of Object.keys(op.sets)) {
    const cut = key.lastIndexOf('/');
    const avs = key.slice(0, cut);
    const set = Number(key.slice(cut + 1));
    const os = rs.avss[avs]?.sets[String(set)];
    if (!os) continue;
    let allocated = 0n;
    for (const st of os.strategies) {
      const a = rs.allocations[`${id}|${key}|${st}`];
      const s = op.strategies[st];
      if (a && s)
        allocated += safe(() => sharesEth(world, st, allocatedShares(s.shares, a.magnitude, s.maxMagnitude)), 0n);
    }
    const slashable = safe(() => setStake(world, id, avs, set), 0n);
    const live = safe(() => isRegisteredOrSlashable(world, id, avs, set), false);
    rows.push({
      label: k(live ? 'inspector.row.set' : 'inspector.row.setLeft', { avs: rs.avss[avs]?.name ?? avs, set }),
      values: [eth(allocated), eth(slashable)],
    });
  }
  let unallocated = 0n;
  for (const [st, s] of Object.entries(op.strategies))
    unallocated += safe(() => sharesEth(world, st, unallocatedStake(s.shares, s.encumbered, s.maxMagnitude)), 0n);
  const byAvs = safe(() => allocatedStakeByAvs(world, id), new Map<string, bigint>());
  return [
    {
      title: 'inspector.section.stake',
      columns: ['inspector.col.value'],
      rows: [
        stake.kind === 'vaultBacked'
          ? { label: k('inspector.row.vaultBacked'), values: [eth(stake.amount)], strong: true }
          : { label: k('inspector.row.delegated'), values: [eth(stake.amount)], strong: true },
        // Unallocated is EigenLayer's: delegated stake not yet given to any operator set. Vault collateral has none.
        ...(stake.kind === 'vaultBacked'
          ? []
          : [{ label: k('inspector.row.unallocated'), values: [eth(unallocated)] }]),
        { label: k('inspector.row.model'), values: [`sandbox.model.${world.securityModel}`], valueKeys: true },
      ],
    },
    { title: 'inspector.section.sets', columns: ['inspector.col.allocated', 'inspector.col.slashable'], rows },
    {
      title: 'inspector.section.perAvs',
      columns: ['inspector.col.slashable'],
      rows: [...byAvs].map(([avs, x]) => ({ label: txt(rs.avss[avs]?.name ?? avs), values: [eth(x)] })),
    },
  ];
}

function holderSections(world: World, id: string): Section[] {
  const account = holderAccount(id);
  const rs = world.restaking;
  const wallet: Row[] = [];
  for (const [asset, book] of Object.entries(world.ledger?.assets ?? {})) {
    const b = book.balances.get(account);
    if (!b) continue;
    // Priced by the holder value's own pricer, so these rows add up to its wallet part ('' when unpriced).
    const worth = safe(() => priceInEth(world, asset, b), null);
    const value = asset === 'ETH' || worth === null ? '' : eth(worth);
    // stETH is held as shares in the ledger; its balance in stETH is the ETH it is worth (stETH.balanceOf).
    const amount = asset.startsWith('stETH:')
      ? `${formatEth(worth ?? b)} stETH`
      : `${formatEth(b)} ${assetLabel(asset)}`;
    wallet.push({ label: txt(assetLabel(asset)), values: [amount, value] });
  }
  const positions: Row[] = [];
  const exposure: Row[] = [];
  for (const s of Object.values(rs?.stakers ?? {})) {
    if (s.account !== account) continue;
    const value = safe(() => stakerEthValue(world, s), 0n);
    const deposited = Object.entries(s.depositShares)
      .map(
        ([st, sh]) =>
          `${formatEth(sh)} ${st === NATIVE_STRATEGY ? 'beaconETH' : assetLabel(rs.strategies[st]?.asset ?? st)}`,
      )
      .join(', ');
    const op = s.delegatedTo ? rs.operators[s.delegatedTo] : null;
    positions.push({
      label: k(op ? 'inspector.row.restakedWith' : 'inspector.row.restakedIdle', { operator: op?.name ?? '' }),
      values: [deposited, eth(value)],
    });
    if (op) {
      const delegated = safe(() => delegatedStake(world, op.id), 0n);
      for (const [avs, slashable] of safe(() => allocatedStakeByAvs(world, op.id), new Map<string, bigint>())) {
        // Slashing cuts every staker of the operator in proportion (EigenLayer lowers maxMagnitude for all its
        // shares), so this holder's exposure is their part of what the AVS can slash, rounded down.
        const mine = delegated > 0n ? (value * slashable) / delegated : 0n;
        exposure.push({ label: txt(rs.avss[avs]?.name ?? avs), values: [eth(mine), op.name] });
      }
    }
  }
  for (const v of Object.values(rs?.vaults ?? {})) {
    const shares = v.stakers?.[account];
    if (shares)
      positions.push({
        label: k('inspector.row.vault', { vault: v.name }),
        values: [{ key: 'inspector.value.shares', params: { amount: formatEth(shares) } }, ''],
      });
  }
  const withdrawable: Row[] = [];
  for (const w of Object.values(rs?.withdrawals ?? {})) {
    const st = rs.stakers[w.staker];
    if (w.recipient !== account && st?.account !== account) continue;
    if (w.status === 'completed') continue;
    withdrawable.push({
      label: k(w.status === 'completable' ? 'inspector.row.withdrawalReady' : 'inspector.row.withdrawalQueued', {
        epoch: w.completableEpoch,
      }),
      values: [w.status, ''],
    });
  }
  for (const p of Object.values(world.liquid?.lido ?? {})) {
    for (const r of Object.values(p.requests ?? {})) {
      if (r.owner !== id && r.owner !== account) continue;
      if (r.status === 'claimed') continue;
      withdrawable.push({
        label: k('inspector.row.lidoRequest', { pool: p.name }),
        values: [r.status, r.claimableEth !== null ? eth(r.claimableEth) : `${formatEth(r.amountOfStETH)} stETH`],
      });
    }
  }
  const validators: Row[] = Object.values(world.ethereum?.validators ?? {})
    .filter((v) => v.owner === id)
    .map((v) => ({
      label: txt(validatorName(world, v.id)),
      values: [
        v.slashed ? { key: 'inspector.value.statusSlashed', params: { status: v.status } } : v.status,
        eth(bal(world, 'ETH', `eth:validator:${v.id}`)),
      ],
    }));
  const out: Section[] = [
    { title: 'inspector.section.wallet', columns: ['inspector.col.amount', 'inspector.col.ethValue'], rows: wallet },
  ];
  if (validators.length)
    out.push({
      title: 'inspector.section.validators',
      columns: ['inspector.col.status', 'inspector.col.balance'],
      rows: validators,
    });
  if (positions.length)
    out.push({
      title: 'inspector.section.restaked',
      columns: ['inspector.col.deposited', 'inspector.col.withdrawableNow'],
      rows: positions,
    });
  if (withdrawable.length)
    out.push({
      title: 'inspector.section.withdrawals',
      columns: ['inspector.col.status', 'inspector.col.amount'],
      rows: withdrawable,
    });
  if (exposure.length)
    out.push({
      title: 'inspector.section.exposure',
      columns: ['inspector.col.atRisk', 'inspector.col.via'],
      rows: exposure,
    });
  out.push({ title: 'inspector.section.total', columns: ['inspector.col.value'], rows: totalRows(world, id) });
  return out;
}

/** The holder value's parts (those not zero), what has no ETH price, and the total they sum to. */
function totalRows(world: World, id: string): Row[] {
  const p = holderPosition(world, id);
  const rows: Row[] = HOLDER_PARTS.filter((part) => p.parts[part] !== 0n).map((part) => ({
    label: k(`holder.part.${part}`),
    values: [eth(p.parts[part])],
  }));
  for (const [asset, amount] of Object.entries(p.unpriced))
    rows.push({
      label: k('holder.unpriced', { asset: assetLabel(asset) }),
      values: [`${formatEth(amount)} ${assetLabel(asset)}`],
    });
  rows.push({ label: k('inspector.value.holder'), values: [eth(p.total)], strong: true });
  return rows;
}

function validatorSections(world: World, id: string): Section[] {
  const v = world.ethereum?.validators?.[id];
  if (!v) return [];
  const epoch = (e: number | null) => (e === null ? '—' : String(e));
  const runBy = validatorOperatorName(world, id);
  return [
    {
      title: 'inspector.section.validator',
      columns: ['inspector.col.value'],
      rows: [
        { label: k('inspector.row.balance'), values: [eth(bal(world, 'ETH', `eth:validator:${id}`))], strong: true },
        { label: k('inspector.row.effective'), values: [eth(v.effectiveBalance)] },
        { label: k('inspector.row.status'), values: [v.status] },
        { label: k('inspector.row.slashed'), values: [v.slashed ? 'inspector.yes' : 'inspector.no'], valueKeys: true },
        { label: k('inspector.row.online'), values: [v.online ? 'inspector.yes' : 'inspector.no'], valueKeys: true },
        { label: k('inspector.row.activation'), values: [epoch(v.activationEpoch)] },
        { label: k('inspector.row.exit'), values: [epoch(v.exitEpoch)] },
        { label: k('inspector.row.withdrawable'), values: [epoch(v.withdrawableEpoch)] },
        {
          label: k('inspector.row.owner'),
          values: [
            world.holders?.[v.owner]?.name ??
              world.liquid?.lido?.[v.owner]?.name ??
              world.liquid?.rocket?.[v.owner]?.name ??
              v.owner,
          ],
        },
        // A pool's validator is run by one of its node operators (Lido's Blue Staking, Rocket Pool's node).
        ...(runBy ? [{ label: k('inspector.row.runBy'), values: [runBy] }] : []),
      ],
    },
  ];
}

function poolSections(world: World, id: string): Section[] {
  const lido = world.liquid?.lido?.[id];
  if (lido) {
    const asset = `stETH:${id}`;
    const r = safe(() => ethPerToken(world, asset), { num: 1n, den: 1n });
    return [
      {
        title: 'inspector.section.pool',
        columns: ['inspector.col.value'],
        rows: [
          { label: k('inspector.row.shareRate'), values: [ratio(r.num, r.den)], strong: true },
          { label: k('inspector.row.pooled'), values: [eth(safe(() => totalPooledEther(world, lido), 0n))] },
          { label: k('inspector.row.shares'), values: [formatEth(lido.totalShares)] },
          { label: k('inspector.row.clBalance'), values: [eth(lido.clBalance)] },
          { label: k('inspector.row.validators'), values: [String(lido.validators.length)] },
          { label: k('inspector.row.fee'), values: [`${lido.feeBasisPoints / 100}%`] },
        ],
      },
    ];
  }
  const rocket = world.liquid?.rocket?.[id];
  if (!rocket) return [];
  const r = safe(() => ethPerToken(world, `rETH:${id}`), { num: 1n, den: 1n });
  return [
    {
      title: 'inspector.section.pool',
      columns: ['inspector.col.value'],
      rows: [
        { label: k('inspector.row.rethRate'), values: [ratio(r.num, r.den)], strong: true },
        { label: k('inspector.row.pooled'), values: [eth(rocket.totalEthBalance ?? 0n)] },
        { label: k('inspector.row.rethSupply'), values: [formatEth(rocket.rethSupply ?? 0n)] },
        { label: k('inspector.row.minipools'), values: [String(rocket.minipoolOrder?.length ?? 0)] },
      ],
    },
  ];
}

function avsSections(world: World, id: string): Section[] {
  const a = world.restaking?.avss?.[id];
  const sec = safe(() => serviceSecurity(world, id), null);
  if (!a || !sec) return [];
  const perOp: Row[] = [];
  for (const op of Object.values(world.restaking.operators)) {
    const x = safe(() => allocatedStakeByAvs(world, op.id).get(id) ?? 0n, 0n);
    if (x > 0n) perOp.push({ label: txt(op.name), values: [eth(x)] });
  }
  return [
    {
      title: 'inspector.section.security',
      columns: ['inspector.col.value'],
      rows: [
        { label: k('inspector.row.stakeSeen'), values: [eth(sec.stakeSeen)], strong: true },
        { label: k('inspector.row.threshold'), values: [`${a.attackThreshold[0]}/${a.attackThreshold[1]}`] },
        { label: k('inspector.row.stakeNeeded'), values: [eth(sec.stakeNeeded)] },
        { label: k(sec.exact ? 'inspector.row.cost' : 'inspector.row.costBound'), values: [eth(sec.cost)] },
        { label: k('inspector.row.profit'), values: [eth(sec.profit)] },
        {
          label: k(sec.safeAlone ? 'inspector.row.verdictSafeAlone' : 'inspector.row.verdictPaysAlone'),
          values: [''],
        },
        { label: k('inspector.row.model'), values: [`sandbox.model.${world.securityModel}`], valueKeys: true },
      ],
    },
    { title: 'inspector.section.perOperator', columns: ['inspector.col.slashable'], rows: perOp },
  ];
}
