/**
 * What dropping stake on a node means, as the engine events it becomes. The only place that knows the mapping from
 * a gesture to events; the engine decides whether the protocol allows them (and says why not). Every node gets an
 * answer while stake is carried: a plan (one or more ways, each a list of the protocol's real steps), or the reason
 * it cannot take the drop with, where there is one, the step that would make it possible.
 */
import type { Allocation, Strategy } from '../engine/restaking/state';
import { holderAccount, type World } from '../engine/world';
import type { EntityKind, Msg } from './worldView';
import type { EventJson } from './session.svelte';
import { allocationDelayEpochs as engineDelay } from '../engine/restaking/allocationDelay';
import { needsDelegation } from '../engine/restaking/delegationOrder';
import { unallocatedStake } from '../engine/restaking/magnitude';
import { WAD } from '../engine/restaking/wad';
import { rEthAsset, stEthAsset } from '../engine/liquid/accounts';
import { stEthBalance } from '../engine/liquid/api';
import { parseEth, formatEth } from '../engine/ledger/amount';
import { parseEvents } from '../engine/scenario/validate';
import { stepWith } from '../engine/run';
import { loadedModules } from './engineModules';
import { EPOCHS_PER_DAY } from '../engine/time';
import { defaultAmount, readAmount, type AmountReading } from '../engine/views/amountInput';
import { assetLabel } from './cards/facts';
import { MIN_ACTIVATION_BALANCE } from '../engine/staking/ethereum/constants';
import { acceptsTopUp } from '../engine/staking/ethereum/deposits';
// its words (steps, refusals, offers) load with it, after the first view
import './messages/drop';

export interface DropTarget {
  /** Graph node id, `<kind>:<engine id>`. */
  nodeId: string;
  kind: EntityKind;
  ref: string;
  name: string;
}

/** Who carries stake: a holder (their wallet) or an operator (its unallocated stake, for services). */
export type DragSourceKind = 'holder' | 'operator';

/** Kinds a holder's stake can be dropped on. */
export const DROPPABLE: ReadonlySet<EntityKind> = new Set([
  'validator',
  'cosmosValidator',
  'lstPool',
  'operator',
  'avs',
  'lrt',
  'vault',
  'ammPool',
  'lending',
]);

/** One way a drop can go: the learner picks between several (the operators serving a service). */
export interface DropChoice {
  /** What is picked (an operator or a vault), with a line on why it matters; null when there is one way. */
  via: { id: string; name: string; detail: Msg | null } | null;
  /** The protocol's steps, in order, listed before the learner confirms (the engine narrates each as it runs). */
  steps: Msg[];
  events: (amount: string) => EventJson[];
}

export type DropPlan =
  | {
      ok: true;
      asset: string;
      available: bigint;
      /** The amount the picker offers first (engine/views/amountInput.ts). */
      suggested: bigint;
      /** Reads what the learner typed with the engine's parser, against what is available. */
      read: (text: string) => AmountReading;
      choices: DropChoice[];
      /** The first choice's events. */
      events: (amount: string) => EventJson[];
      /** What the choices answer, when it is not "through which operator?" (which validator a deposit goes to). */
      question?: Msg;
    }
  /** Why not, as message keys the UI renders (never English here), and the step that would make it possible. */
  | { ok: false; reason: Msg; offer?: Msg };

export type Refusal = Extract<DropPlan, { ok: false }>;

const balance = (world: World, asset: string, holder: string): bigint =>
  world.ledger.assets[asset]?.balances.get(holderAccount(holder)) ?? 0n;

/**
 * What `holder` dropping stake on `target` becomes: which asset it spends and the engine events (event shapes
 * from src/engine/*\/events.ts). The engine still decides whether the protocol allows it and says why not.
 */
export function dropPlan(world: World, holder: string, target: DropTarget): DropPlan {
  return finish(holderName(world, holder), target, planFor(world, holder, target));
}

/** What an operator dropping its unallocated stake on `target` becomes (only services take it). */
export function operatorDropPlan(world: World, operator: string, target: DropTarget): DropPlan {
  const name = world.restaking.operators[operator]?.name ?? operator;
  return finish(name, target, operatorPlanFor(world, operator, target));
}

/** The plan for any source. */
export function planDrop(world: World, source: DragSourceKind, id: string, target: DropTarget): DropPlan {
  return source === 'operator' ? operatorDropPlan(world, id, target) : dropPlan(world, id, target);
}

type Planned =
  { asset: string; available: bigint; choices: DropChoice[]; question?: Msg } | { reason: Msg; offer?: Msg };

function finish(who: string, target: DropTarget, plan: Planned): DropPlan {
  if ('reason' in plan)
    return plan.offer ? { ok: false, reason: plan.reason, offer: plan.offer } : { ok: false, reason: plan.reason };
  if (plan.available <= 0n)
    return {
      ok: false,
      reason: {
        key: 'drop.refused.nothingToPut',
        params: { holder: who, asset: assetLabel(plan.asset), target: target.name },
      },
    };
  return {
    ok: true,
    ...plan,
    events: plan.choices[0].events,
    suggested: defaultAmount(plan.available),
    read: (text) => readAmount(text, plan.available),
  };
}

/** The first free id like the validator's own (v1 -> v2, v3 ...), for a new validator of the same holder. */
function nextValidatorId(world: World, like: string): string {
  const stem = like.replace(/\d+$/, '') || `${like}-`;
  for (let n = 2; ; n++) if (!world.ethereum.validators[`${stem}${n}`]) return `${stem}${n}`;
}

/**
 * ETH dropped on a validator tops it up; dropped on one of the holder's own, it can also start a new validator
 * (a deposit under a new public key: consensus-specs electra apply_deposit adds a validator for an unknown key).
 */
function validatorDeposit(world: World, holder: string, target: DropTarget): Planned {
  const available = balance(world, 'ETH', holder);
  const deposit = (validator: string) => (amount: string) => [{ type: 'EthDeposit', holder, validator, amount }];
  const topUp: DropChoice = {
    via: {
      id: target.ref,
      name: target.name,
      detail: { key: 'drop.validator.topUp', params: { validator: target.name } },
    },
    steps: [{ key: 'drop.step.validator', params: { validator: target.name } }],
    events: deposit(target.ref),
  };
  const validator = world.ethereum.validators[target.ref];
  // An exiting or slashed validator takes no top-up (the engine's rule, asked here, not copied)
  const open = !validator || acceptsTopUp(validator);
  if (validator?.owner !== holder) {
    if (open) return { asset: 'ETH', available, choices: [topUp] };
    return { reason: { key: 'drop.refused.validatorExiting', params: { validator: target.name } } };
  }
  const id = nextValidatorId(world, target.ref);
  const min = formatEth(MIN_ACTIVATION_BALANCE);
  const fresh: DropChoice = {
    via: {
      id,
      name: id,
      detail: { key: 'drop.validator.new', params: { validator: id, min } },
    },
    steps: [{ key: 'drop.step.newValidator', params: { validator: id, min } }],
    events: deposit(id),
  };
  // the holder's own validator, exiting: the deposit starts a new one beside it
  if (!open) return { asset: 'ETH', available, choices: [fresh] };
  const question: Msg = { key: 'drop.validator.question' };
  return { asset: 'ETH', available, choices: [topUp, fresh], question };
}

const one = (steps: Msg[], events: (amount: string) => EventJson[]): DropChoice[] => [{ via: null, steps, events }];

function planFor(world: World, holder: string, target: DropTarget): Planned {
  const eth = (steps: Msg[], events: (amount: string) => EventJson[]): Planned => ({
    asset: 'ETH',
    available: balance(world, 'ETH', holder),
    choices: one(steps, events),
  });
  switch (target.kind) {
    case 'validator':
      return validatorDeposit(world, holder, target);
    case 'lstPool': {
      const rocket = !!world.liquid?.rocket?.[target.ref];
      const token = rocket ? 'rETH' : 'stETH';
      // Holding no ETH but this pool's stETH, the holder asks the pool for ETH back: Lido's
      // WithdrawalQueue.requestWithdrawals (the engine's LidoRequestWithdrawal; it splits and checks the amount).
      const stEth = rocket ? 0n : stEthBalance(world, target.ref, holderAccount(holder));
      if (balance(world, 'ETH', holder) <= 0n && stEth > 0n)
        return {
          asset: stEthAsset(target.ref),
          available: stEth,
          choices: one([{ key: 'drop.step.withdraw', params: { pool: target.name } }], (amount) => [
            { type: 'LidoRequestWithdrawal', holder, pool: target.ref, amount },
          ]),
        };
      return eth([{ key: 'drop.step.pool', params: { pool: target.name, token } }], (amount) => [
        { type: rocket ? 'RocketDeposit' : 'LidoSubmit', holder, pool: target.ref, amount },
      ]);
    }
    case 'operator': {
      const delegated = world.restaking.stakers[holder]?.delegatedTo;
      if (delegated && delegated !== target.ref) return delegatedElsewhere(world, holder, delegated);
      const funding = restakeFunding(world, holder);
      if ('reason' in funding) return funding;
      return { ...funding, choices: [restakeChoice(world, holder, funding, target.ref, null)] };
    }
    case 'avs':
      return world.securityModel === 'sharedVault'
        ? vaultsServing(world, holder, target)
        : operatorsServing(world, holder, target);
    case 'lrt': {
      const lrt = world.restaking.lrts[target.ref];
      const asset = world.restaking.strategies[lrt?.strategy ?? '']?.asset ?? 'ETH';
      const pool = poolMinting(world, asset);
      if (balance(world, asset, holder) <= 0n && pool && balance(world, 'ETH', holder) > 0n)
        return {
          reason: {
            key: 'drop.refused.nothingToPut',
            params: { holder: holderName(world, holder), asset: assetLabel(asset), target: target.name },
          },
          offer: { key: 'drop.offer.poolFirst', params: { pool: pool.name, token: assetLabel(asset) } },
        };
      return {
        asset,
        available: balance(world, asset, holder),
        choices: one([{ key: 'drop.step.lrt', params: { lrt: target.name, asset: assetLabel(asset) } }], (amount) => [
          { type: 'LrtDeposit', holder, lrt: target.ref, amount },
        ]),
      };
    }
    case 'vault': {
      const asset = world.restaking.vaults[target.ref]?.asset ?? 'ETH';
      return {
        asset,
        available: balance(world, asset, holder),
        choices: one(
          [{ key: 'drop.step.vault', params: { vault: target.name, asset: assetLabel(asset) } }],
          (amount) => [{ type: 'VaultDeposit', holder, vault: target.ref, amount }],
        ),
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
        choices: one([{ key: 'drop.step.cosmos', params: { validator: target.name, asset: token } }], (amount) => [
          { type: 'CosmosDelegate', holder, validator: target.ref, amount },
        ]),
      };
    }
    case 'ammPool':
      return poolSwap(world, holder, target);
    case 'lending':
      return collateralSupply(world, holder, target);
    default:
      return { reason: { key: 'drop.refused.noDeposits', params: { target: target.name } } };
  }
}

/** A pool's token sold into it for ETH (or, holding none, bought with ETH): the markets model's Swap. */
function poolSwap(world: World, holder: string, target: DropTarget): Planned {
  const pool = world.markets?.pools?.[target.ref];
  if (!pool) return { reason: { key: 'drop.refused.noDeposits', params: { target: target.name } } };
  const sell = balance(world, pool.asset, holder) > 0n ? pool.asset : 'ETH';
  const key = sell === 'ETH' ? 'drop.step.swapBuy' : 'drop.step.swapSell';
  return {
    asset: sell,
    available: balance(world, sell, holder),
    choices: one([{ key, params: { pool: target.name, token: assetLabel(pool.asset) } }], (amount) => [
      { type: 'Swap', holder, pool: target.ref, sell, amount },
    ]),
  };
}

/** A token the lending market accepts, deposited as collateral: the markets model's Supply. */
function collateralSupply(world: World, holder: string, target: DropTarget): Planned {
  const accepted = Object.keys(world.markets?.lending?.[target.ref]?.collateral ?? {});
  const asset = accepted.find((a) => balance(world, a, holder) > 0n);
  if (!asset)
    return {
      reason: {
        key: 'drop.refused.noCollateral',
        params: {
          market: target.name,
          holder: holderName(world, holder),
          assets: accepted.map(assetLabel).join(', ') || 'ETH',
        },
      },
    };
  return {
    asset,
    available: balance(world, asset, holder),
    choices: one([{ key: 'drop.step.supply', params: { market: target.name, asset: assetLabel(asset) } }], (amount) => [
      { type: 'Supply', holder, market: target.ref, asset, amount },
    ]),
  };
}

const holderName = (world: World, id: string): string => world.holders[id]?.name ?? id;
const operatorName = (world: World, id: string): string => world.restaking.operators[id]?.name ?? id;

function delegatedElsewhere(world: World, holder: string, operator: string): Planned {
  // DelegationManager.delegateTo: a staker delegates all its shares to one operator; to change, it undelegates
  // (a queued withdrawal) first.
  const params = { holder: holderName(world, holder), operator: operatorName(world, operator) };
  return {
    reason: { key: 'drop.refused.delegatedElsewhere', params },
    offer: { key: 'drop.offer.sameOperator', params },
  };
}

// ---- restaking a holder's stake: a token a strategy takes, or ETH through a pool whose token one takes ----------

interface Pool {
  id: string;
  name: string;
  /** The ledger asset it mints for ETH. */
  token: string;
  submit: 'LidoSubmit' | 'RocketDeposit';
}

function pools(world: World): Pool[] {
  return [
    ...Object.values(world.liquid?.lido ?? {}).map((p) => ({
      id: p.id,
      name: p.name,
      token: stEthAsset(p.id),
      submit: 'LidoSubmit' as const,
    })),
    ...Object.values(world.liquid?.rocket ?? {}).map((p) => ({
      id: p.id,
      name: p.name,
      token: rEthAsset(p.id),
      submit: 'RocketDeposit' as const,
    })),
  ];
}

const poolMinting = (world: World, asset: string): Pool | undefined => pools(world).find((p) => p.token === asset);

interface Funding {
  /** What the holder spends: the strategy's token, or ETH that a pool turns into it. */
  asset: string;
  available: bigint;
  strategy: Strategy;
  pool: Pool | null;
}

/** How the holder can restake: the strategy token they hold most of, or else ETH through a pool (Lido, Rocket Pool). */
function restakeFunding(world: World, holder: string): Funding | { reason: Msg; offer?: Msg } {
  const strategies = Object.values(world.restaking?.strategies ?? {}).filter((s) => s.kind === 'token');
  const held = strategies
    .map((s) => ({ s, amount: balance(world, s.asset, holder) }))
    .filter((x) => x.amount > 0n)
    .sort((a, b) => (b.amount > a.amount ? 1 : b.amount < a.amount ? -1 : 0));
  if (held.length) return { asset: held[0].s.asset, available: held[0].amount, strategy: held[0].s, pool: null };
  const name = holderName(world, holder);
  const eth = balance(world, 'ETH', holder);
  for (const pool of pools(world)) {
    const strategy = strategies.find((s) => s.asset === pool.token);
    if (strategy && eth > 0n) return { asset: 'ETH', available: eth, strategy, pool };
  }
  if (!strategies.length) return { reason: { key: 'drop.refused.noStrategy', params: { holder: name } } };
  return {
    reason: {
      key: 'drop.refused.noStrategyToken',
      params: { holder: name, assets: [...new Set(strategies.map((s) => assetLabel(s.asset)))].join(', ') },
    },
  };
}

/** The steps and events of restaking `funding` with `operator` (deposit first, then delegate: delegationOrder.ts). */
function restakeChoice(
  world: World,
  holder: string,
  funding: Funding,
  operator: string,
  via: DropChoice['via'],
): DropChoice {
  const { strategy, pool } = funding;
  const delegate = needsDelegation(world, holder, operator);
  const opName = operatorName(world, operator);
  const token = assetLabel(strategy.asset);
  const steps: Msg[] = [
    ...(pool ? [{ key: 'drop.step.pool', params: { pool: pool.name, token } } as Msg] : []),
    { key: 'drop.step.deposit', params: { asset: token, strategy: strategy.id } },
    delegate
      ? { key: 'drop.step.delegate', params: { operator: opName } }
      : { key: 'drop.step.followsDelegation', params: { holder: holderName(world, holder), operator: opName } },
  ];
  return {
    via,
    steps,
    events: (amount) => {
      const submit: EventJson[] = pool ? [{ type: pool.submit, holder, pool: pool.id, amount }] : [];
      const deposit = pool ? mintedBy(world, holder, submit[0], pool.token) : amount;
      return [
        ...submit,
        { type: 'RestakeDeposit', holder, strategy: strategy.id, amount: deposit },
        ...(delegate ? [{ type: 'DelegateTo', staker: holder, operator }] : []),
      ];
    },
  };
}

/**
 * The tokens a pool deposit mints for the holder, in the ledger's units (stETH shares, rETH), asked of the engine
 * by applying it to a copy of the world: the share maths rounds as the pool does, and the deposit must not ask for
 * a gwei more than the holder received. A refused deposit returns the ETH amount (the engine then says why).
 */
function mintedBy(world: World, holder: string, submit: EventJson, token: string): string {
  const parsed = parseEvents([submit]);
  if (!parsed.ok) return String(submit.amount);
  try {
    const after = stepWith(loadedModules(), world, parsed.value[0]).world;
    return formatEth(balance(after, token, holder) - balance(world, token, holder));
  } catch {
    return String(submit.amount);
  }
}

/** A holder's stake dropped on a service: through one of the operators registered for it (EigenLayer). */
function operatorsServing(world: World, holder: string, target: DropTarget): Planned {
  const avs = world.restaking.avss[target.ref];
  const serving = Object.values(world.restaking.operators).filter((op) =>
    Object.entries(op.sets).some(([key, reg]) => reg.registered && key.slice(0, key.lastIndexOf('/')) === target.ref),
  );
  if (!avs || !serving.length)
    return {
      reason: { key: 'drop.refused.avsNoOperators', params: { avs: target.name } },
      offer: { key: 'drop.offer.operatorFirst', params: { avs: target.name } },
    };
  const delegated = world.restaking.stakers[holder]?.delegatedTo;
  const usable = delegated ? serving.filter((op) => op.id === delegated) : serving;
  if (!usable.length) return delegatedElsewhere(world, holder, delegated!);
  const funding = restakeFunding(world, holder);
  if ('reason' in funding) return funding;
  // Operators that put the most of their stake at this service's risk first: those are what secure it.
  const share = (op: string) => allocatedPercent(world, op, target.ref);
  const ordered = [...usable].sort((a, b) => share(b.id) - share(a.id));
  return {
    asset: funding.asset,
    available: funding.available,
    choices: ordered.map((op) => {
      const percent = share(op.id);
      const detail: Msg = percent
        ? { key: 'drop.via.allocates', params: { operator: op.name, percent, avs: target.name } }
        : { key: 'drop.via.registeredOnly', params: { operator: op.name, avs: target.name } };
      return restakeChoice(world, holder, funding, op.id, { id: op.id, name: op.name, detail });
    }),
  };
}

/** Percent of an operator's magnitude allocated (or being allocated) to a service, over its strategies' best. */
function allocatedPercent(world: World, operator: string, avs: string): number {
  let best = 0n;
  for (const a of Object.values(world.restaking.allocations))
    if (a.operator === operator && a.avs === avs && a.magnitude + a.pendingDiff > best)
      best = a.magnitude + a.pendingDiff;
  return Number((best * 100n) / WAD);
}

/** Under shared vaults (Symbiotic) a holder deposits into a vault; the vault's curator limits what each network takes. */
function vaultsServing(world: World, holder: string, target: DropTarget): Planned {
  const vaults = Object.values(world.restaking.vaults).filter((v) => (v.networkLimits[target.ref] ?? 0n) > 0n);
  if (!vaults.length) return { reason: { key: 'drop.refused.avsNoVault', params: { avs: target.name } } };
  const asset = vaults[0].asset;
  const same = vaults.filter((v) => v.asset === asset);
  return {
    asset,
    available: balance(world, asset, holder),
    choices: same.map((v) => ({
      via: { id: v.id, name: v.name, detail: null },
      steps: [{ key: 'drop.step.vault', params: { vault: v.name, asset: assetLabel(asset) } } as Msg],
      events: (amount: string) => [{ type: 'VaultDeposit', holder, vault: v.id, amount }],
    })),
  };
}

// ---- an operator's unallocated stake dropped on a service: register (if needed) and allocate ------------------

function operatorPlanFor(world: World, operator: string, target: DropTarget): Planned {
  const op = world.restaking.operators[operator];
  const name = operatorName(world, operator);
  if (target.kind !== 'avs' || !op)
    return { reason: { key: 'drop.refused.operatorToService', params: { operator: name } } };
  if (world.securityModel === 'sharedVault')
    return { reason: { key: 'drop.refused.operatorVaultModel', params: { operator: name } } };
  const avs = world.restaking.avss[target.ref];
  const sets = Object.values(avs?.sets ?? {});
  // The operator set it is registered for, else the service's first set (it registers there first).
  const set =
    sets.find((s) => op.sets[`${target.ref}/${s.id}`]?.registered) ?? [...sets].sort((a, b) => a.id - b.id)[0];
  if (!set) return { reason: { key: 'drop.refused.noDeposits', params: { target: target.name } } };
  const registered = !!op.sets[`${target.ref}/${set.id}`]?.registered;
  let best: { strategy: string; free: bigint } | null = null;
  for (const s of set.strategies) {
    const os = op.strategies[s];
    if (!os) continue;
    const free = unallocatedStake(os.shares, os.encumbered, os.maxMagnitude);
    if (free > 0n && (!best || free > best.free)) best = { strategy: s, free };
  }
  if (!best)
    return {
      reason: { key: 'drop.refused.operatorNoStake', params: { operator: name, avs: target.name } },
      offer: { key: 'drop.offer.delegateFirst', params: { operator: name } },
    };
  const { strategy } = best;
  const current: Allocation | undefined = Object.values(world.restaking.allocations).find(
    (a) => a.operator === operator && a.avs === target.ref && a.set === set.id && a.strategy === strategy,
  );
  if (current && current.pendingDiff !== 0n)
    return { reason: { key: 'drop.refused.allocationPending', params: { operator: name, avs: target.name } } };
  const os = op.strategies[strategy];
  const from = current?.magnitude ?? 0n;
  // The magnitude that puts `amount` more at the set's risk: slashable stake = shares x m / M (magnitude.ts).
  const magnitudeFor = (amount: string): bigint => from + (parseEth(amount) * os.maxMagnitude) / os.shares;
  const delayDays = (to: bigint): number =>
    Math.round((engineDelay(world, { operator, avs: target.ref, set: set.id, from, to }) / EPOCHS_PER_DAY) * 10) / 10;
  const steps: Msg[] = [
    ...(registered ? [] : [{ key: 'drop.step.register', params: { operator: name, avs: target.name } } as Msg]),
    {
      key: 'drop.step.allocate',
      params: { operator: name, avs: target.name, days: delayDays(from + 1n) },
    },
  ];
  return {
    asset: world.restaking.strategies[strategy]?.asset ?? 'ETH',
    available: best.free,
    choices: one(steps, (amount) => [
      ...(registered ? [] : [{ type: 'RegisterForOperatorSet', operator, avs: target.ref, set: set.id }]),
      {
        type: 'ModifyAllocation',
        operator,
        avs: target.ref,
        set: set.id,
        strategy,
        magnitude: `${magnitudeFor(amount)}/${WAD}`,
      },
    ]),
  };
}
