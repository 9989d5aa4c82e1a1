/**
 * Executing a slash under the world's security model, with one plain sentence per step:
 *   unique      ELIP-002 slashOperator on the set's allocation (other sets keep their absolute stake);
 *   pooled      the whitepaper's model: the fraction is of the operator's whole delegation in the set's strategies,
 *               so every other AVS of that operator now sees less;
 *   sharedVault Symbiotic: the network slashes its stake in each vault; Vault.onSlash takes it from active stake
 *               and pending withdrawals pro rata, so other networks shrink once their limit exceeds what is left.
 * Token strategies burn the slashed tokens (reason 'slash') or send them to the set's redistribution recipient
 * (ELIP-006, reason 'redistribution'); natively restaked ETH is not moved: it stays locked in the EigenPods.
 */
import type { Ctx } from '../module';
import type { World } from '../world';
import { RefusedEvent } from '../errors';
import { transfer, type Movement } from '../ledger/ledger';
import { formatEth } from '../ledger/amount';
import { WAD, formatWadPercent, mulDiv } from './wad';
import { slashMath } from './slashOperator';
import { onSlash, networkRestakeStake } from './networkRestake';
import { getAvs, getOperator, getOperatorSet, avsName } from './lookup';
import { isRegisteredOrSlashable } from './allocations';
import { scaledSharesInQueue } from './stakers';
import { allocatedStake, allocatedStakeByAvs, sharesEth, stakersOf } from './views';
import { allocationKey, EIGEN_BURN_ADDRESS, NATIVE_STRATEGY, strategyAccount, vaultAccount, vaultBurnerAccount } from './state';
import { lrtRatesTouching, reportLrtRates } from './lrtRate';

export interface SlashSpec {
  avs: string;
  set: number;
  operator: string;
  /** Fraction to slash (WAD, in (0, 1e18]). */
  wad: bigint;
  /** Why (shown in the sentence): e.g. "double-sign on the oracle". */
  reason?: string;
}

function validate(world: World, spec: SlashSpec): void {
  getAvs(world, spec.avs);
  getOperatorSet(world, spec.avs, spec.set);
  getOperator(world, spec.operator);
  if (spec.wad <= 0n || spec.wad > WAD) throw new RefusedEvent('a slash must be of more than 0% and at most 100%');
}

/** The other AVSs that can see this operator's stake, with what they see now. */
function otherAvsStakes(world: World, operator: string, avs: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const seen = allocatedStakeByAvs(world, operator);
  for (const a of Object.keys(world.restaking.avss)) {
    if (a === avs) continue;
    const s = seen.get(a) ?? 0n;
    if (s > 0n) out.set(a, s);
  }
  return out;
}

function describeOthers(world: World, before: Map<string, bigint>, operator: string, modelNote: string): string {
  if (before.size === 0) return 'no other AVS relies on this stake';
  const unchanged: string[] = [];
  const changed: string[] = [];
  const seen = allocatedStakeByAvs(world, operator);
  for (const [a, b] of before) {
    const after = seen.get(a) ?? 0n;
    if (after === b) unchanged.push(avsName(world, a));
    else changed.push(`AVS ${avsName(world, a)} now sees ${formatEth(after)} ETH instead of ${formatEth(b)} ETH`);
  }
  const parts: string[] = [];
  if (changed.length) parts.push(changed.join('; '));
  if (unchanged.length) {
    parts.push(
      `${unchanged.length === 1 ? `AVS ${unchanged[0]}'s` : `the slashable stake of AVSs ${unchanged.join(', ')}`} ${unchanged.length === 1 ? 'slashable stake is' : 'is'} unchanged`,
    );
  }
  return `${parts.join('; ')} (${modelNote})`;
}

function moveSlashed(world: World, strategy: string, amount: bigint, recipient: string | null): Movement | null {
  const st = world.restaking.strategies[strategy];
  if (!st || amount === 0n) return null;
  if (st.kind === 'native') return null; // ELIP-002: slashed native ETH stays locked in the pods
  st.totalShares -= amount;
  return recipient
    ? transfer(world.ledger, st.asset, strategyAccount(strategy), recipient, amount, 'redistribution')
    : transfer(world.ledger, st.asset, strategyAccount(strategy), EIGEN_BURN_ADDRESS, amount, 'slash');
}

/** Executes a slash now (no veto window); returns the step id. */
export function executeSlash(ctx: Ctx, spec: SlashSpec, parent: number | null = null): number {
  const { world } = ctx;
  validate(world, spec);
  if (world.securityModel === 'sharedVault') return executeVaultSlash(ctx, spec, parent);
  const avs = getAvs(world, spec.avs);
  const set = getOperatorSet(world, spec.avs, spec.set);
  const op = getOperator(world, spec.operator);
  const why = spec.reason ? ` for ${spec.reason}` : '';
  const pooled = world.securityModel === 'pooled';
  if (!isRegisteredOrSlashable(world, spec.operator, spec.avs, spec.set)) {
    return ctx.trace.step({
      kind: 'restaking.slash.none',
      layer: 'restaking',
      entities: [spec.avs, spec.operator],
      amounts: {},
      parent,
      text: `AVS ${avs.name} cannot slash operator ${op.name}${why}: ${op.name} is not registered for its operator set ${spec.set}, so none of its stake is at risk there.`,
    });
  }
  const others = otherAvsStakes(world, spec.operator, spec.avs);
  const lrtBefore = lrtRatesTouching(world, spec.operator);
  const movements: Movement[] = [];
  let ethSlashed = 0n;
  let stakerLoss = 0n;
  const assets: string[] = [];
  for (const strategy of set.strategies) {
    const os = op.strategies[strategy];
    if (!os || os.maxMagnitude === 0n) continue;
    const queued = scaledSharesInQueue(world, spec.operator, strategy);
    const alloc = world.restaking.allocations[allocationKey(spec.operator, spec.avs, spec.set, strategy)];
    if (!pooled && (!alloc || alloc.magnitude === 0n)) continue;
    const r = slashMath({
      operatorShares: os.shares,
      maxMagnitude: os.maxMagnitude,
      encumberedMagnitude: pooled ? os.maxMagnitude : os.encumbered,
      currentMagnitude: pooled ? os.maxMagnitude : alloc!.magnitude,
      pendingDiff: pooled ? 0n : alloc!.pendingDiff,
      scaledSharesInQueue: queued,
      wad: spec.wad,
    });
    const oldMax = os.maxMagnitude;
    os.maxMagnitude = r.newMaxMagnitude;
    os.shares -= r.operatorSharesSlashed;
    if (pooled) {
      // Pooled security has no allocations; keep any declared ones inside the smaller M (proportionally).
      let encumbered = 0n;
      for (const a of Object.values(world.restaking.allocations)) {
        if (a.operator !== spec.operator || a.strategy !== strategy) continue;
        a.magnitude = mulDiv(a.magnitude, r.newMaxMagnitude, oldMax);
        if (a.pendingDiff > 0n) a.pendingDiff = mulDiv(a.pendingDiff, r.newMaxMagnitude, oldMax);
        encumbered += a.magnitude + (a.pendingDiff > 0n ? a.pendingDiff : 0n);
      }
      os.encumbered = encumbered > os.maxMagnitude ? os.maxMagnitude : encumbered;
    } else {
      alloc!.magnitude = r.newCurrentMagnitude;
      alloc!.pendingDiff = r.newPendingDiff;
      os.encumbered = r.newEncumberedMagnitude;
    }
    const amount = r.operatorSharesSlashed + r.queuedSharesSlashed;
    const m = moveSlashed(world, strategy, amount, set.redistributionRecipient);
    if (m) movements.push(m);
    ethSlashed += sharesEth(world, strategy, amount);
    if (r.wadSlashed > stakerLoss) stakerLoss = r.wadSlashed;
    const asset = world.restaking.strategies[strategy]?.asset ?? strategy;
    if (!assets.includes(asset)) assets.push(asset);
  }
  const stakers = stakersOf(world, spec.operator).filter((s) => set.strategies.some((st) => (s.depositShares[st] ?? 0n) > 0n));
  const hasNative = set.strategies.includes(NATIVE_STRATEGY);
  const fate = set.redistributionRecipient
    ? `sent to ${set.redistributionRecipient} (redistribution, ELIP-006)`
    : hasNative && assets.length === 1
      ? 'locked in the stakers\' EigenPods for good (slashed native ETH is never paid out)'
      : 'burned';
  const whose = pooled ? 'of its whole delegated stake' : `of its allocation to set ${spec.set}`;
  const stakerText = stakers.length
    ? `${op.name}'s ${stakers.length} staker${stakers.length === 1 ? '' : 's'} ${stakers.length === 1 ? 'loses' : 'each lose'} ${formatWadPercent(stakerLoss)} of their restaked ${assets.join(' and ')}`
    : `${op.name} has no stakers left to absorb it`;
  const others_ = describeOthers(
    world,
    others,
    spec.operator,
    pooled ? 'pooled security: every AVS of this operator shares the same stake' : 'unique stake',
  );
  const id = ctx.trace.step({
    kind: 'restaking.slash',
    layer: 'restaking',
    entities: [spec.avs, spec.operator, ...stakers.map((s) => s.id)],
    amounts: { slashed: ethSlashed, wadSlashed: stakerLoss },
    movements,
    parent,
    text: `AVS ${avs.name} slashes operator ${op.name} ${formatWadPercent(spec.wad)} ${whose}${why}: ${formatEth(ethSlashed)} ETH of stake ${fate}; ${stakerText}; ${others_}.`,
  });
  reportLrtRates(ctx, lrtBefore, id);
  return id;
}

function executeVaultSlash(ctx: Ctx, spec: SlashSpec, parent: number | null): number {
  const { world } = ctx;
  const avs = getAvs(world, spec.avs);
  const set = getOperatorSet(world, spec.avs, spec.set);
  const op = getOperator(world, spec.operator);
  const why = spec.reason ? ` for ${spec.reason}` : '';
  const others = otherAvsStakes(world, spec.operator, spec.avs);
  const otherOps = new Map<string, bigint>();
  for (const a of Object.keys(world.restaking.avss)) {
    for (const o of Object.keys(world.restaking.operators)) {
      if (o === spec.operator && others.has(a)) continue;
      if (a === spec.avs && o === spec.operator) continue;
      const s = allocatedStake(world, o, a);
      if (s > 0n) otherOps.set(`${a}\u0000${o}`, s);
    }
  }
  const movements: Movement[] = [];
  let total = 0n;
  const pieces: string[] = [];
  for (const v of Object.values(world.restaking.vaults)) {
    const shares = v.operatorShares[spec.avs] ?? {};
    const mine = shares[spec.operator] ?? 0n;
    if (mine === 0n) continue;
    const totalShares = Object.values(shares).reduce((a, b) => a + b, 0n);
    const stake = networkRestakeStake(v.activeStake, v.networkLimits[spec.avs] ?? 0n, mine, totalShares);
    const amount = (stake * spec.wad) / WAD;
    if (amount === 0n) continue;
    const { fromActive, fromWithdrawals } = onSlash(v.activeStake, v.pending, amount);
    v.activeStake -= fromActive;
    v.pending -= fromWithdrawals;
    const taken = fromActive + fromWithdrawals;
    movements.push(
      set.redistributionRecipient
        ? transfer(world.ledger, v.asset, vaultAccount(v.id), set.redistributionRecipient, taken, 'redistribution')
        : transfer(world.ledger, v.asset, vaultAccount(v.id), vaultBurnerAccount(v.id), taken, 'slash'),
    );
    total += taken;
    pieces.push(
      `vault ${v.name} loses ${formatEth(fromActive)} ${v.asset} of active stake${fromWithdrawals > 0n ? ` and ${formatEth(fromWithdrawals)} of pending withdrawals` : ''} (active stake now ${formatEth(v.activeStake)})`,
    );
  }
  const changed: string[] = [];
  const unchanged: string[] = [];
  for (const [k, b] of otherOps) {
    const [a, o] = k.split('\u0000');
    const after = allocatedStake(world, o, a);
    const label = `${avsName(world, a)}/${getOperator(world, o).name}`;
    if (after !== b) changed.push(`${label} ${formatEth(b)} -> ${formatEth(after)}`);
    else unchanged.push(label);
  }
  for (const [a, b] of others) {
    const after = allocatedStake(world, spec.operator, a);
    const label = `${avsName(world, a)}/${op.name}`;
    if (after !== b) changed.push(`${label} ${formatEth(b)} -> ${formatEth(after)}`);
    else unchanged.push(label);
  }
  const othersText = changed.length
    ? `the shared collateral shrinks for other networks too: ${changed.join(', ')}${unchanged.length ? `; unchanged while their limit is still below what is left: ${unchanged.join(', ')}` : ''}`
    : unchanged.length
      ? `other networks' stake is unchanged for now (${unchanged.join(', ')}), because their limits are still below the active stake left; a further slash would reach them`
      : 'no other network relies on this collateral';
  return ctx.trace.step({
    kind: 'restaking.slash',
    layer: 'restaking',
    entities: [spec.avs, spec.operator, ...Object.keys(world.restaking.vaults)],
    amounts: { slashed: total },
    movements,
    parent,
    text: `Network ${avs.name} slashes operator ${op.name} ${formatWadPercent(spec.wad)} of its stake${why}: ${formatEth(total)} taken (${set.redistributionRecipient ? `sent to ${set.redistributionRecipient}` : 'burned'}); ${pieces.join('; ') || 'no vault backs this operator there'}; ${othersText}.`,
  });
}
