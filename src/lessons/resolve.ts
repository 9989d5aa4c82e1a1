/**
 * Resolvers: each path (path.ts) read from the engine's own functions, never re-derived. A path that names
 * nothing in this world (no validator "v9", a trace with no slashing) is a ResolveError with a sentence saying
 * what is missing, so lessons:check can point at the line.
 */
import { balanceOf } from '../engine/ledger/ledger';
import { EPOCHS_PER_DAY } from '../engine/time';
import { validatorAccount } from '../engine/staking/ethereum/state';
import { isActive, totalActiveBalance } from '../engine/staking/ethereum/network';
import { activationExitChurnLimit } from '../engine/staking/ethereum/churn';
import { baseRewardPerIncrement } from '../engine/staking/ethereum/rewards';
import { correlationEpoch, slashingAmounts, slashingsInWindow } from '../engine/staking/ethereum/slashing';
import * as C from '../engine/staking/ethereum/constants';
import { stakeSeenBy, delegatedStake, allocatedStake } from '../engine/restaking/views';
import { setsOfOperator } from '../engine/faults/adapters';
import { applyEvent, cloneWorld } from '../engine/sim';
import { stakeNeeded } from '../engine/services/stakeNeeded';
import { serviceSecurity } from '../engine/views/costOfCorruption';
import { ethPerToken, stEthBalance } from '../engine/liquid/api';
import { poolDiscount, poolPrice } from '../engine/markets/pool';
import { healthFactor, isLiquidatable } from '../engine/markets/lending';
import { WAD } from '../engine/restaking/wad';
import { analyze, type SecurityReport } from '../engine/security/analyze';
import { worldGraph } from '../engine/security/fromWorld';
import { holderAccount, type World } from '../engine/world';
import { holderValue } from '../engine/views/holderValue';
import { tokensOf } from '../engine/staking/cosmos/chain';
import { delegationValue } from '../engine/staking/cosmos/delegation';
import { PRECISION } from '../engine/staking/cosmos/dec';
import { commissionAccount, rewardsAccount } from '../engine/staking/cosmos/state';
import type { TraceStep } from '../engine/trace';
import type { Observation } from './observation';
import type { Path } from './path';
import { amount, bool, int, ratio, text, type Value } from './value';

export class ResolveError extends Error {}

const fail = (message: string): never => {
  throw new ResolveError(message);
};

/** The spec constants a lesson may quote (each one's source is in src/engine/staking/ethereum/constants.ts). */
const CONSTANTS: Record<string, Value> = {
  MIN_ACTIVATION_BALANCE: amount(C.MIN_ACTIVATION_BALANCE),
  MAX_EFFECTIVE_BALANCE_ELECTRA: amount(C.MAX_EFFECTIVE_BALANCE_ELECTRA),
  EJECTION_BALANCE: amount(C.EJECTION_BALANCE),
  MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA: int(C.MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA),
  WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA: int(C.WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA),
  PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX: int(C.PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX),
  EPOCHS_PER_SLASHINGS_VECTOR: int(C.EPOCHS_PER_SLASHINGS_VECTOR),
  MIN_VALIDATOR_WITHDRAWABILITY_DELAY: int(C.MIN_VALIDATOR_WITHDRAWABILITY_DELAY),
  SHARD_COMMITTEE_PERIOD: int(C.SHARD_COMMITTEE_PERIOD),
  BASE_REWARD_FACTOR: int(C.BASE_REWARD_FACTOR),
  MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA: amount(C.MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA),
  MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT: amount(C.MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT),
  CHURN_LIMIT_QUOTIENT: int(C.CHURN_LIMIT_QUOTIENT),
  EPOCHS_PER_DAY: int(EPOCHS_PER_DAY),
};

/** The fields each entity kind has, for error messages and docs/lesson-format.md. */
export const FIELDS = {
  validator: [
    'balance',
    'effectiveBalance',
    'status',
    'active',
    'slashed',
    'online',
    'activationEpoch',
    'exitEpoch',
    'withdrawableEpoch',
    'slashedEpoch',
    'correlationEpoch',
    'initialPenaltyIfSlashed',
    'whistleblowerRewardIfSlashed',
  ],
  holder: [
    'value',
    'balance',
    'balance:<ASSET>',
    'stETH:<POOL>',
    'validators',
    'activeValidators',
    'pendingDeposits',
    'delegated',
    'delegated:<VALIDATOR>',
    'cosmosRewards',
    'unbonding',
    'worstSlash',
  ],
  avs: ['stakeSeen', 'stakeNeeded', 'costOfCorruption', 'profitFromCorruption', 'threshold', 'safeAlone', 'attackable', 'safe'],
  operator: ['delegated', 'allocated:<AVS>'],
  token: ['ethPerToken'],
  pool: ['price', 'discount'],
  loan: ['health', 'debt', 'liquidatable'],
  cosmos: ['status', 'jailed', 'tombstoned', 'tokens', 'commission', 'commissionEarned', 'slashFractionDoubleSign', 'slashFractionDowntime', 'unbondingDays'],
  world: ['epoch', 'day'],
  chain: ['totalActive', 'churnLimit', 'slashedInWindow', 'baseRewardPerIncrement'],
  network: ['secure'],
  const: Object.keys(CONSTANTS),
} as const;

const unknownField = (where: string, field: string, known: readonly string[]): never =>
  fail(`${where} has no field "${field}" (known: ${known.join(', ')})`);

export function resolve(path: Path, obs: Observation): Value {
  switch (path.source) {
    case 'global':
      return resolveGlobal(path.scope, path.field, obs.world);
    case 'entity':
      return resolveEntity(path.kind, path.id, path.field, obs.world);
    case 'trace':
      return resolveTrace(path.kind, path.entity, path.field, obs);
    case 'moved':
      return resolveMoved(path.reason, path.entity, path.field, obs);
    case 'event':
      if (path.field !== 'count') return unknownField(`event:${path.type}`, path.field, ['count']);
      return int(obs.events.filter((e) => e.type === path.type).length);
  }
}

function resolveGlobal(scope: string, field: string, world: World): Value {
  if (scope === 'const') return CONSTANTS[field] ?? unknownField('const', field, FIELDS.const);
  if (scope === 'world') {
    if (field === 'epoch') return int(world.epoch);
    if (field === 'day') return ratio(BigInt(world.epoch), BigInt(EPOCHS_PER_DAY));
    return unknownField('world', field, FIELDS.world);
  }
  if (scope === 'network') {
    if (field === 'secure') return bool(security(world).secure === true);
    return unknownField('network', field, FIELDS.network);
  }
  const total = totalActiveBalance(world.ethereum, world.epoch);
  switch (field) {
    case 'totalActive':
      return amount(total);
    case 'churnLimit':
      return amount(activationExitChurnLimit(total));
    case 'slashedInWindow':
      return amount(slashingsInWindow(world.ethereum, world.epoch));
    case 'baseRewardPerIncrement':
      return amount(baseRewardPerIncrement(total));
  }
  return unknownField('chain', field, FIELDS.chain);
}

function epochOrFail(what: string, epoch: number | null): Value {
  return epoch === null ? fail(`${what} is not set yet`) : int(epoch);
}

function resolveEntity(kind: string, id: string, field: string, world: World): Value {
  switch (kind) {
    case 'validator': {
      const v = world.ethereum.validators[id] ?? fail(`there is no validator "${id}"`);
      switch (field) {
        case 'balance':
          return amount(balanceOf(world.ledger, 'ETH', validatorAccount(id)));
        case 'effectiveBalance':
          return amount(v.effectiveBalance);
        case 'status':
          return text(v.status);
        case 'active':
          return bool(isActive(v, world.epoch));
        case 'slashed':
          return bool(v.slashed);
        case 'online':
          return bool(v.online);
        case 'activationEpoch':
          return epochOrFail(`${id}'s activation epoch`, v.activationEpoch);
        case 'exitEpoch':
          return epochOrFail(`${id}'s exit epoch`, v.exitEpoch);
        case 'withdrawableEpoch':
          return epochOrFail(`${id}'s withdrawable epoch`, v.withdrawableEpoch);
        case 'slashedEpoch':
          return epochOrFail(`${id}'s slashing epoch`, v.slashedEpoch);
        case 'correlationEpoch':
          return epochOrFail(`${id}'s correlation-penalty epoch (it is not slashed)`, correlationEpoch(v));
        case 'initialPenaltyIfSlashed':
          return amount(slashingAmounts(v.effectiveBalance).initialPenalty);
        case 'whistleblowerRewardIfSlashed':
          return amount(slashingAmounts(v.effectiveBalance).whistleblowerReward);
      }
      return unknownField(`validator:${id}`, field, FIELDS.validator);
    }
    case 'holder': {
      if (!world.holders[id]) fail(`there is no holder "${id}"`);
      if (field === 'value') return amount(holderValue(world, id));
      if (field === 'balance') return amount(balanceOf(world.ledger, 'ETH', holderAccount(id)));
      if (field.startsWith('balance:')) {
        const asset = field.slice('balance:'.length);
        return amount(balanceOf(world.ledger, asset, holderAccount(id)), asset);
      }
      // A rebasing token's balance is shares × the pool's ETH per share (stETH.balanceOf), not the shares held.
      if (field.startsWith('stETH:')) {
        try {
          return amount(stEthBalance(world, field.slice('stETH:'.length), holderAccount(id)), 'stETH');
        } catch (e) {
          return fail((e as Error).message);
        }
      }
      const owned = Object.values(world.ethereum.validators).filter((v) => v.owner === id);
      if (field === 'validators') return int(owned.length);
      if (field === 'activeValidators') return int(owned.filter((v) => isActive(v, world.epoch)).length);
      if (field === 'pendingDeposits') {
        const mine = new Set(owned.map((v) => v.id));
        return amount(world.ethereum.pendingDeposits.reduce((s, d) => (mine.has(d.validator) ? s + d.amount : s), 0n));
      }
      const cosmos = holderCosmos(world, id, field);
      if (cosmos) return cosmos;
      if (field === 'worstSlash') return amount(worstSlash(world, id));
      return unknownField(`holder:${id}`, field, FIELDS.holder);
    }
    case 'avs': {
      const a = world.restaking.avss[id] ?? fail(`there is no AVS "${id}"`);
      const seen = stakeSeenBy(world, id);
      // One name, one number (issue 11): the cost of corruption is the read-model's exact figure (the cheapest set
      // of whole stakes that reaches the threshold), as on the cards and the dashboard; stake x threshold is
      // "stake needed".
      const cost = serviceSecurity(world, id)?.cost ?? stakeNeeded(seen, a.attackThreshold);
      switch (field) {
        case 'stakeSeen':
          return amount(seen);
        case 'stakeNeeded':
          return amount(stakeNeeded(seen, a.attackThreshold));
        case 'costOfCorruption':
          return amount(cost);
        case 'profitFromCorruption':
          return amount(a.profitFromCorruption);
        case 'threshold':
          return ratio(a.attackThreshold[0], a.attackThreshold[1]);
        case 'safeAlone':
          return bool(cost >= a.profitFromCorruption);
        case 'attackable':
          return bool(attackable(world, id, cost, a.profitFromCorruption));
        case 'safe':
          return bool(!attackable(world, id, cost, a.profitFromCorruption));
      }
      return unknownField(`avs:${id}`, field, FIELDS.avs);
    }
    case 'operator': {
      if (!world.restaking.operators[id]) fail(`there is no operator "${id}"`);
      if (field === 'delegated') return amount(delegatedStake(world, id));
      if (field.startsWith('allocated:')) return operatorAllocated(world, id, field.slice('allocated:'.length));
      return unknownField(`operator:${id}`, field, FIELDS.operator);
    }
    case 'token': {
      if (field !== 'ethPerToken') return unknownField(`token:${id}`, field, FIELDS.token);
      try {
        const r = ethPerToken(world, id);
        return ratio(r.num, r.den);
      } catch (e) {
        return fail((e as Error).message);
      }
    }
    case 'pool': {
      if (!world.markets.pools[id]) fail(`there is no pool "${id}"`);
      if (field === 'price') return fromRatio(poolPrice(world, id));
      if (field === 'discount') return fromRatio(poolDiscount(world, id));
      return unknownField(`pool:${id}`, field, FIELDS.pool);
    }
    case 'loan': {
      const [marketId, borrower] = id.split('/');
      const market = world.markets.lending[marketId] ?? fail(`there is no lending market "${marketId}"`);
      const pos =
        Object.values(market.positions).find((p) => p.borrower === borrower) ??
        fail(`${borrower ?? '(no borrower)'} has no loan in "${marketId}" (write loan:<market>/<borrower>.<field>)`);
      if (field === 'debt') return amount(pos.debt);
      if (field === 'liquidatable') return bool(isLiquidatable(world, market, pos));
      if (field === 'health') {
        const h = healthFactor(world, market, pos);
        return h === null ? fail(`${borrower}'s loan has no debt, so no health factor`) : ratio(h, WAD);
      }
      return unknownField(`loan:${id}`, field, FIELDS.loan);
    }
    case 'cosmos':
      return resolveCosmos(id, field, world);
  }
  return fail(`unknown kind "${kind}"`);
}

/** A holder on the Cosmos-like chain: what its delegations pay out now, its unwithdrawn rewards, its unbonding. */
function holderCosmos(world: World, id: string, field: string): Value | null {
  const c = world.cosmos;
  const token = c?.token ?? 'ATOM';
  const validators = c?.order ?? [];
  if (field === 'delegated') return amount(validators.reduce((s, v) => s + delegationValue(world, v, id), 0n), token);
  if (field.startsWith('delegated:')) {
    const v = field.slice('delegated:'.length);
    if (!c?.validators[v]) fail(`there is no Cosmos validator "${v}"`);
    return amount(delegationValue(world, v, id), token);
  }
  if (field === 'cosmosRewards')
    return amount(
      validators.reduce((s, v) => s + balanceOf(world.ledger, token, rewardsAccount(v, id)), 0n),
      token,
    );
  if (field === 'unbonding')
    return amount(
      (c?.unbondings ?? []).reduce((s, u) => (u.holder === id && u.state === 'unbonding' ? s + u.balance : s), 0n),
      token,
    );
  return null;
}

/** A validator of the Cosmos-like chain (x/staking, x/slashing), and the chain's slashing parameters. */
function resolveCosmos(id: string, field: string, world: World): Value {
  const c = world.cosmos;
  const v = c?.validators[id] ?? fail(`there is no Cosmos validator "${id}"`);
  const dec = (d: bigint): Value => ratio(d, PRECISION);
  switch (field) {
    case 'status':
      return text(v.status);
    case 'jailed':
      return bool(v.status !== 'bonded');
    case 'tombstoned':
      return bool(v.status === 'tombstoned');
    case 'tokens':
      return amount(tokensOf(world, id), c.token);
    case 'commission':
      return dec(v.commission.rate);
    case 'commissionEarned':
      return amount(balanceOf(world.ledger, c.token, commissionAccount(id)), c.token);
    case 'slashFractionDoubleSign':
      return dec(c.params.slashFractionDoubleSign);
    case 'slashFractionDowntime':
      return dec(c.params.slashFractionDowntime);
    case 'unbondingDays':
      return int(c.params.unbondingDays);
  }
  return unknownField(`cosmos:${id}`, field, FIELDS.cosmos);
}

/** What one service can slash of an operator's stake now (its allocations under unique stake), in ETH. */
function operatorAllocated(world: World, operator: string, avs: string): Value {
  if (!world.restaking.avss[avs]) fail(`there is no AVS "${avs}"`);
  return amount(allocatedStake(world, operator, avs));
}

/**
 * The most that one slash by one service could take from a holder now: each service that can slash the operator
 * the holder delegates to applies its harshest slashing condition (AllocationManager.slashOperator, at once, no
 * veto) to a copy of the world, and the largest fall in the holder's value is the answer. The engine's own
 * outcome, never re-derived; 0 for a holder who is not delegated.
 */
function worstSlash(world: World, holder: string): bigint {
  const operator = world.restaking.stakers[holder]?.delegatedTo;
  if (!operator) return 0n;
  const before = holderValue(world, holder);
  let worst = 0n;
  for (const s of setsOfOperator(world, operator)) {
    const wads = world.restaking.avss[s.avs]?.slashing.map((c) => c.wad) ?? [];
    const wad = wads.reduce((a, b) => (b > a ? b : a), 0n);
    if (wad === 0n) continue;
    const copy = cloneWorld(world);
    try {
      applyEvent(copy, { type: 'SlashOperator', avs: s.avs, set: s.set, operator, wad: [wad, WAD] });
    } catch {
      continue; // a slash the protocol refuses takes nothing
    }
    const loss = before - holderValue(copy, holder);
    if (loss > worst) worst = loss;
  }
  return worst;
}

const fromRatio = (r: { num: bigint; den: bigint }): Value => ratio(r.num, r.den);

function resolveTrace(kind: string, entity: string | null, field: string, obs: Observation): Value {
  const steps = obs.trace.filter((s) => s.kind === kind && (entity === null || s.entities.includes(entity)));
  if (field === 'count') return int(steps.length);
  const where = `trace:${kind}${entity ? `[${entity}]` : ''}`;
  if (steps.length === 0) fail(`the step's trace has no "${kind}" step${entity ? ` naming ${entity}` : ''}`);
  const having = steps.filter((s) => field in s.amounts);
  if (having.length === 0) {
    const known = [...new Set(steps.flatMap((s) => Object.keys(s.amounts))), 'count'];
    return unknownField(where, field, known);
  }
  // A step without movements (a Cosmos slash records its amounts only) is in its chain's own token.
  const fallback = kind.startsWith('cosmos.') ? (obs.world.cosmos?.token ?? 'ATOM') : 'ETH';
  const assets = new Set(having.map((s) => amountAsset(s, field, fallback)));
  if (assets.has(null)) fail(`${where}.${field} is not one ledger movement of the step, so its unit is unknown`);
  if (assets.size > 1) fail(`${where}.${field} is in several assets (${[...assets].join(', ')})`);
  return amount(
    having.reduce((sum, s) => sum + s.amounts[field], 0n),
    [...assets][0] ?? fallback,
  );
}

/**
 * The asset a step's named amount is in: that of the movement that moved exactly it (a swap's `bought` is the
 * ETH paid out, its `sold` the token paid in), not of the step's first movement. A step whose movements are all
 * in one asset has its amounts in it; one without movements is in the chain's token; otherwise null (unknown).
 */
function amountAsset(step: TraceStep, field: string, fallback: string): string | null {
  const value = step.amounts[field];
  const exact = new Set(step.movements.filter((m) => m.amount === value).map((m) => m.asset));
  if (exact.size === 1) return [...exact][0];
  const all = new Set(step.movements.map((m) => m.asset));
  if (all.size === 0) return fallback;
  return all.size === 1 ? [...all][0] : null;
}

function resolveMoved(reason: string, entity: string | null, field: string, obs: Observation): Value {
  const touches = (account: string | null | undefined) =>
    entity === null || (account !== null && account !== undefined && account.endsWith(`:${entity}`));
  const moves = obs.trace
    .flatMap((s) => s.movements)
    .filter((m) => m.reason === reason && (touches(m.from) || touches(m.to)));
  if (field === 'count') return int(moves.length);
  if (field !== 'amount') return unknownField(`moved:${reason}`, field, ['amount', 'count']);
  if (moves.length === 0) fail(`no "${reason}" movement in the step's trace${entity ? ` touching ${entity}` : ''}`);
  const assets = new Set(moves.map((m) => m.asset));
  if (assets.size > 1) fail(`"${reason}" movements are in several assets (${[...assets].join(', ')})`);
  return amount(
    moves.reduce((sum, m) => sum + m.amount, 0n),
    moves[0].asset,
  );
}

const reports = new WeakMap<World, SecurityReport>();
/** The exact security analysis of the world's restaking graph (Durvasula and Roughgarden), once per world. */
function security(world: World): SecurityReport {
  let r = reports.get(world);
  if (!r) {
    r = analyze(worldGraph(world).graph);
    reports.set(world, r);
  }
  return r;
}

/**
 * Attackable: attacking it alone pays (profit > cost of corruption), or it is part of the most profitable attack
 * the exact security analysis finds (an attack on several services at once through shared stake).
 */
function attackable(world: World, id: string, cost: bigint, profit: bigint): boolean {
  if (profit > cost) return true;
  return security(world).worstAttack?.services.includes(id) ?? false;
}
