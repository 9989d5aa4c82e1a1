/**
 * What dropping a holder's stake on a node means, as the engine event it becomes. The only place that knows the
 * mapping from a gesture to an event; the engine decides whether the protocol allows it (and says why not).
 */
import type { Allocation } from '../engine/restaking/state';
import { holderAccount, type World } from '../engine/world';
import type { EntityKind, Msg } from './worldView';
import type { EventJson } from './session.svelte';
import { allocationDelayEpochs as engineDelay } from '../engine/restaking/allocationDelay';
import { needsDelegation } from '../engine/restaking/delegationOrder';
import { WAD } from '../engine/restaking/wad';
import { defaultAmount, readAmount, type AmountReading } from '../engine/views/amountInput';

export interface DropTarget {
  /** Graph node id, `<kind>:<engine id>`. */
  nodeId: string;
  kind: EntityKind;
  ref: string;
  name: string;
}

/** Kinds a holder's ETH can be dropped on. */
export const DROPPABLE: ReadonlySet<EntityKind> = new Set([
  'validator',
  'cosmosValidator',
  'lstPool',
  'operator',
  'avs',
  'lrt',
  'vault',
]);

export const splitNodeId = (nodeId: string): { kind: EntityKind; ref: string } => {
  const at = nodeId.indexOf(':');
  return { kind: nodeId.slice(0, at) as EntityKind, ref: nodeId.slice(at + 1) };
};

export type DropPlan =
  | {
      ok: true;
      asset: string;
      available: bigint;
      /** The amount the picker offers first (engine/views/amountInput.ts). */
      suggested: bigint;
      /** Reads what the learner typed with the engine's parser, against what is available. */
      read: (text: string) => AmountReading;
      events: (amount: string) => EventJson[];
    }
  /** Why not, as a message key the UI renders (never English here). */
  | { ok: false; reason: Msg };

const balance = (world: World, asset: string, holder: string): bigint =>
  world.ledger.assets[asset]?.balances.get(holderAccount(holder)) ?? 0n;

/**
 * What `holder` dropping stake on `target` becomes: which asset it spends and the engine events (event shapes
 * from src/engine/*\/events.ts). The engine still decides whether the protocol allows it and says why not.
 */
export function dropPlan(world: World, holder: string, target: DropTarget): DropPlan {
  const plan = planFor(world, holder, target);
  if ('reason' in plan) return { ok: false, reason: plan.reason };
  if (plan.available <= 0n)
    return {
      ok: false,
      reason: {
        key: 'drop.refused.nothingToPut',
        params: { holder: holderName(world, holder), asset: plan.asset, target: target.name },
      },
    };
  return {
    ok: true,
    ...plan,
    suggested: defaultAmount(plan.available),
    read: (text) => readAmount(text, plan.available),
  };
}

type Planned = { asset: string; available: bigint; events: (amount: string) => EventJson[] } | { reason: Msg };

function planFor(world: World, holder: string, target: DropTarget): Planned {
  const eth = (events: (amount: string) => EventJson[]): Planned => ({
    asset: 'ETH',
    available: balance(world, 'ETH', holder),
    events,
  });
  switch (target.kind) {
    case 'validator':
      return eth((amount) => [{ type: 'EthDeposit', holder, validator: target.ref, amount }]);
    case 'lstPool':
      return world.liquid?.rocket?.[target.ref]
        ? eth((amount) => [{ type: 'RocketDeposit', holder, pool: target.ref, amount }])
        : eth((amount) => [{ type: 'LidoSubmit', holder, pool: target.ref, amount }]);
    case 'operator': {
      // Restake into the strategy for an asset the holder has (the largest balance), then delegate to the operator.
      const strategies = Object.values(world.restaking?.strategies ?? {}).filter((s) => s.kind === 'token');
      const held = strategies
        .map((s) => ({ s, amount: balance(world, s.asset, holder) }))
        .filter((x) => x.amount > 0n)
        .sort((a, b) => (b.amount > a.amount ? 1 : b.amount < a.amount ? -1 : 0));
      if (!held.length) {
        const name = holderName(world, holder);
        return {
          reason: strategies.length
            ? {
                key: 'drop.refused.noStrategyToken',
                params: { holder: name, assets: strategies.map((s) => s.asset).join(', ') },
              }
            : { key: 'drop.refused.noStrategy', params: { holder: name } },
        };
      }
      const { s, amount: available } = held[0];
      const delegate = needsDelegation(world, holder, target.ref);
      return {
        asset: s.asset,
        available,
        // Deposit first, then delegate (the engine's rule: engine/restaking/delegationOrder.ts).
        events: (amount) => [
          { type: 'RestakeDeposit', holder, strategy: s.id, amount },
          ...(delegate ? [{ type: 'DelegateTo', staker: holder, operator: target.ref }] : []),
        ],
      };
    }
    case 'lrt': {
      const lrt = world.restaking.lrts[target.ref];
      const asset = world.restaking.strategies[lrt?.strategy ?? '']?.asset ?? 'ETH';
      return {
        asset,
        available: balance(world, asset, holder),
        events: (amount) => [{ type: 'LrtDeposit', holder, lrt: target.ref, amount }],
      };
    }
    case 'vault': {
      const asset = world.restaking.vaults[target.ref]?.asset ?? 'ETH';
      return {
        asset,
        available: balance(world, asset, holder),
        events: (amount) => [{ type: 'VaultDeposit', holder, vault: target.ref, amount }],
      };
    }
    case 'cosmosValidator': {
      // MsgDelegate in the chain's own token (src/engine/staking/cosmos/events.ts). The engine refuses what the
      // chain would (more than the holder has, a validator slashed to zero) with its own sentence; delegating to a
      // jailed or tombstoned validator is allowed on the chain too (it earns nothing), and the engine says so.
      const token = world.cosmos.token;
      return {
        asset: token,
        available: balance(world, token, holder),
        events: (amount) => [{ type: 'CosmosDelegate', holder, validator: target.ref, amount }],
      };
    }
    case 'avs':
      return { reason: { key: 'drop.refused.avs', params: { avs: target.name } } };
    default:
      return { reason: { key: 'drop.refused.noDeposits', params: { target: target.name } } };
  }
}

const holderName = (world: World, id: string): string => world.holders[id]?.name ?? id;

// ---- allocations: dragging an operator's magnitude on an operator -> AVS edge -----------------------------------

/** One percent of the initial total magnitude (1e18), the step of an allocation edit. */
export const PERCENT_WAD = WAD / 100n;

/** The engine's allocation as the handle edits it: magnitude in force, pending change and when it lands. */
export type AllocationTarget = Pick<
  Allocation,
  'operator' | 'avs' | 'set' | 'strategy' | 'magnitude' | 'pendingDiff' | 'effectEpoch'
>;

/**
 * The allocation an operator -> AVS edge edits: the largest of its (set, strategy) allocations, or, for an
 * operator registered with the AVS that has allocated nothing yet, a 0% allocation in the first operator set it
 * is registered for and a strategy that set accepts (preferring one the operator holds shares in), so the
 * learner can drag it up from zero. The engine still decides whether the change is allowed.
 */
export function allocationTarget(world: World, operator: string, avs: string): AllocationTarget | null {
  let best: AllocationTarget | null = null;
  for (const a of Object.values(world.restaking?.allocations ?? {})) {
    if (a.operator !== operator || a.avs !== avs) continue;
    const total = a.magnitude + a.pendingDiff;
    if (!best || total > best.magnitude + best.pendingDiff) {
      best = {
        operator,
        avs,
        set: a.set,
        strategy: a.strategy,
        magnitude: a.magnitude,
        pendingDiff: a.pendingDiff,
        effectEpoch: a.effectEpoch,
      };
    }
  }
  return best ?? registrationTarget(world, operator, avs);
}

function registrationTarget(world: World, operator: string, avs: string): AllocationTarget | null {
  const op = world.restaking?.operators?.[operator];
  const sets = world.restaking?.avss?.[avs]?.sets ?? {};
  if (!op) return null;
  for (const [key, reg] of Object.entries(op.sets ?? {})) {
    const cut = key.lastIndexOf('/');
    if (!reg.registered || key.slice(0, cut) !== avs) continue;
    const set = Number(key.slice(cut + 1));
    const accepts = sets[String(set)]?.strategies ?? [];
    const strategy = accepts.find((s) => (op.strategies?.[s]?.shares ?? 0n) > 0n) ?? accepts[0];
    if (strategy === undefined) continue;
    return { operator, avs, set, strategy, magnitude: 0n, pendingDiff: 0n, effectEpoch: null };
  }
  return null;
}

/** Whole percent the allocation aims at (current plus pending), rounded down. */
export const targetPercent = (a: AllocationTarget): number => Number((a.magnitude + a.pendingDiff) / PERCENT_WAD);

/** The ModifyAllocation event (src/engine/restaking/events.ts) setting the magnitude to `percent` %. */
export function allocationEvent(a: AllocationTarget, percent: number): EventJson {
  return {
    type: 'ModifyAllocation',
    operator: a.operator,
    avs: a.avs,
    set: a.set,
    strategy: a.strategy,
    magnitude: `${percent}/100`,
  };
}

/** Epochs until a change to `percent` takes effect, as the engine will schedule it (engine/restaking/allocationDelay.ts). */
export function allocationDelayEpochs(world: World, a: AllocationTarget, percent: number): number {
  return engineDelay(world, {
    operator: a.operator,
    avs: a.avs,
    set: a.set,
    from: a.magnitude,
    to: BigInt(percent) * PERCENT_WAD,
  });
}
