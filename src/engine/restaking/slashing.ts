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
import { WAD, mulDiv } from './wad';
import { slashMath } from './slashOperator';
import { onSlash, networkRestakeStake } from './networkRestake';
import { getAvs, getOperator, getOperatorSet, avsName } from './lookup';
import { isRegisteredOrSlashable, settleSlashedPending } from './allocations';
import { scaledSharesInQueue } from './stakers';
import { allocatedStake, allocatedStakeByAvs, sharesEth, stakersOf } from './views';
import {
  allocationKey,
  EIGEN_BURN_ADDRESS,
  NATIVE_STRATEGY,
  strategyAccount,
  vaultAccount,
  vaultBurnerAccount,
} from './state';
import { lrtRatesTouching, reportLrtRates } from './lrtRate';
import { say } from '../messages/say';

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
  if (spec.wad <= 0n || spec.wad > WAD) throw new RefusedEvent(say('restaking.refused.slashFraction'));
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

/** What each other AVS of the operator sees before and after the slash, in the order they were listed. */
function othersAfter(
  world: World,
  before: Map<string, bigint>,
  operator: string,
): { avs: string; before: bigint; after: bigint }[] {
  const seen = allocatedStakeByAvs(world, operator);
  return [...before].map(([a, b]) => ({ avs: avsName(world, a), before: b, after: seen.get(a) ?? 0n }));
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
  const reason = spec.reason || null;
  const pooled = world.securityModel === 'pooled';
  if (!isRegisteredOrSlashable(world, spec.operator, spec.avs, spec.set)) {
    return ctx.trace.step({
      kind: 'restaking.slash.none',
      layer: 'restaking',
      entities: [spec.avs, spec.operator],
      amounts: {},
      parent,
      message: say('restaking.slash.none', { avs: avs.name, operator: op.name, reason, set: spec.set }),
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
        settleSlashedPending(a);
        encumbered += a.magnitude + (a.pendingDiff > 0n ? a.pendingDiff : 0n);
      }
      os.encumbered = encumbered > os.maxMagnitude ? os.maxMagnitude : encumbered;
    } else {
      alloc!.magnitude = r.newCurrentMagnitude;
      alloc!.pendingDiff = r.newPendingDiff;
      settleSlashedPending(alloc!);
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
  const stakers = stakersOf(world, spec.operator).filter((s) =>
    set.strategies.some((st) => (s.depositShares[st] ?? 0n) > 0n),
  );
  const hasNative = set.strategies.includes(NATIVE_STRATEGY);
  const id = ctx.trace.step({
    kind: 'restaking.slash',
    layer: 'restaking',
    entities: [spec.avs, spec.operator, ...stakers.map((s) => s.id)],
    amounts: { slashed: ethSlashed, wadSlashed: stakerLoss },
    movements,
    parent,
    message: say('restaking.slash', {
      avs: avs.name,
      operator: op.name,
      wad: spec.wad,
      pooled,
      set: spec.set,
      reason,
      ethSlashed,
      redistributedTo: set.redistributionRecipient,
      lockedInPods: hasNative && assets.length === 1,
      stakerCount: stakers.length,
      // named only when every staker is a holder the learner knows (an LRT's internal staker has no name)
      stakerNames: stakers.every((s) => world.holders[s.id]) ? stakers.map((s) => world.holders[s.id].name) : [],
      stakerLoss,
      assets,
      others: othersAfter(world, others, spec.operator),
    }),
  });
  reportLrtRates(ctx, lrtBefore, id);
  return id;
}

function executeVaultSlash(ctx: Ctx, spec: SlashSpec, parent: number | null): number {
  const { world } = ctx;
  const avs = getAvs(world, spec.avs);
  const set = getOperatorSet(world, spec.avs, spec.set);
  const op = getOperator(world, spec.operator);
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
  const vaults: { vault: string; asset: string; fromActive: bigint; fromWithdrawals: bigint; activeStake: bigint }[] =
    [];
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
    vaults.push({ vault: v.name, asset: v.asset, fromActive, fromWithdrawals, activeStake: v.activeStake });
  }
  // Every other (network, operator) pair on the same collateral, before and after.
  const otherStakes: { avs: string; operator: string; before: bigint; after: bigint }[] = [];
  for (const [k, b] of otherOps) {
    const [a, o] = k.split('\u0000');
    otherStakes.push({
      avs: avsName(world, a),
      operator: getOperator(world, o).name,
      before: b,
      after: allocatedStake(world, o, a),
    });
  }
  for (const [a, b] of others) {
    otherStakes.push({
      avs: avsName(world, a),
      operator: op.name,
      before: b,
      after: allocatedStake(world, spec.operator, a),
    });
  }
  return ctx.trace.step({
    kind: 'restaking.slash',
    layer: 'restaking',
    entities: [spec.avs, spec.operator, ...Object.keys(world.restaking.vaults)],
    amounts: { slashed: total },
    movements,
    parent,
    message: say('restaking.slash.network', {
      avs: avs.name,
      operator: op.name,
      wad: spec.wad,
      reason: spec.reason || null,
      total,
      redistributedTo: set.redistributionRecipient,
      vaults,
      others: otherStakes,
    }),
  });
}
