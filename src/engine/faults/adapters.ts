/**
 * Every call the fault catalogue and the cascade tracer make into the other models, in one file: the chain
 * (slash validators, take them offline), restaking (which operator sets an operator is in, slash one), the
 * AVSs (their slashing conditions, threshold, profit from corruption) and the security analysis (cost of
 * corruption). When a model changes its API, only this file changes.
 */
import { slashValidators as chainSlash } from '../staking/ethereum/api';
import type { Ctx } from '../module';
import type { World } from '../world';
import { EngineError } from '../errors';
import { executeSlash } from '../restaking/slashing';
import { allocatedStake, delegatedStake, setStake, stakeSeenByAll } from '../restaking/views';
import { minCover } from '../security/subsetSum';
import { costOfCorruption } from '../services/costOfCorruption';

/** An Ethereum validator's id list for an operator (validators whose `operator` is that id), in index order. */
export function validatorsOfOperator(world: World, operator: string): string[] {
  return world.ethereum.order.filter((id) => world.ethereum.validators[id]?.operator === operator);
}

/** Validators that can still be slashed now (active, not yet slashed, not withdrawable). */
export function slashableValidators(world: World, ids: string[]): string[] {
  return ids.filter((id) => {
    const v = world.ethereum.validators[id];
    return (
      !!v &&
      !v.slashed &&
      v.activationEpoch !== null &&
      v.activationEpoch <= world.epoch &&
      (v.withdrawableEpoch === null || world.epoch < v.withdrawableEpoch) &&
      (v.status === 'active' || v.status === 'exiting')
    );
  });
}

export function slashValidators(ctx: Ctx, ids: string[], parent: number): number[] {
  return ids.length ? chainSlash(ctx, ids, parent) : [];
}

/**
 * Offline validators: the chain model reads `online` every epoch (Validator.online in the shared state contract),
 * so taking a validator offline is setting that flag; the chain then charges the real offline penalties.
 */
export function setOnline(world: World, ids: string[], online: boolean): void {
  for (const id of ids) {
    const v = world.ethereum.validators[id];
    if (!v) throw new EngineError(`there is no validator "${id}"`);
    v.online = online;
  }
}

/** The epoch at which a slashed validator's correlation penalty lands (epoch + 4096 == withdrawable_epoch). */
export function correlationEpochOf(world: World, id: string): number | null {
  const v = world.ethereum.validators[id];
  return v && v.slashed && v.withdrawableEpoch !== null ? v.withdrawableEpoch - 4096 : null;
}

/** One operator set an operator is slashable in: "<avs>/<set>". */
export interface SetRef {
  avs: string;
  set: number;
}

/** The operator sets an operator can be slashed in right now (registered, or still within slashableUntil). */
export function setsOfOperator(world: World, operator: string): SetRef[] {
  const op = world.restaking?.operators?.[operator];
  if (!op) return [];
  const out: SetRef[] = [];
  for (const [key, reg] of Object.entries(op.sets)) {
    if (!reg.registered && (reg.slashableUntil === null || reg.slashableUntil < world.epoch)) continue;
    const cut = key.lastIndexOf('/');
    out.push({ avs: key.slice(0, cut), set: Number(key.slice(cut + 1)) });
  }
  return out;
}

/** Operators registered in any set of an AVS. */
export function operatorsOfAvs(world: World, avs: string): string[] {
  return Object.values(world.restaking?.operators ?? {})
    .filter((op) => setsOfOperator(world, op.id).some((s) => s.avs === avs))
    .map((op) => op.id);
}

/** The WAD an AVS slashes for a fault kind, per its slashing conditions; null when it does not slash for it. */
export function conditionWad(world: World, avs: string, fault: string): bigint | null {
  const a = world.restaking?.avss?.[avs];
  const c = a?.slashing.find((s) => s.fault === fault);
  return c ? c.wad : null;
}

export interface SlashSetArgs {
  avs: string;
  set: number;
  operator: string;
  wad: bigint;
  reason: string;
}

/**
 * Restaking's slash under the world's security model (unique / pooled / shared vault): restaking/slashing.ts
 * executeSlash, which burns or redistributes and reports LRT rates itself. Returns its step id.
 */
export function slashOperatorSet(ctx: Ctx, args: SlashSetArgs, parent: number | null): number {
  return executeSlash(
    ctx,
    { avs: args.avs, set: args.set, operator: args.operator, wad: args.wad, reason: args.reason },
    parent,
  );
}

export interface AvsSecurity {
  avs: string;
  /** Stake the AVS sees, in gwei of ETH value. */
  stake: bigint;
  /** The lower bound on its cost of corruption: stake × attack threshold, rounded up (gwei). */
  bound: bigint;
  profit: bigint;
  /** Its stake nodes as the security analysis maps them (security/fromWorld.ts), for the exact cost. */
  nodes: bigint[];
  threshold: readonly [bigint, bigint];
}

/** Work allowed for one exact cost (subset-sum nodes / 256, counted, not timed, so the trace stays deterministic). */
const EXACT_COST_WORK = 200;
/**
 * Above this many stake nodes (a real network's hundreds of operators) the cascade keeps the bound and says so:
 * the click must stay within a frame, and the dashboard's worker runs the exact analysis.
 */
const EXACT_COST_MAX_NODES = 64;

/**
 * Per AVS attacked alone (the single-service cost of Robust Restaking Networks, section 2), under the active
 * security model: the stake it sees, the cheap lower bound α_j·σ_N(j), and its stake nodes, so that the exact cost
 * can be computed for the few AVSs a fault changes (exactCostOf).
 */
export function avsSecurity(world: World): AvsSecurity[] {
  const avss = Object.values(world.restaking?.avss ?? {});
  const seen = stakeSeenByAll(world);
  // A world with more operators than an exact cost may use nodes (a real network) keeps the bounds.
  const small =
    world.securityModel !== 'sharedVault' &&
    Object.keys(world.restaking?.operators ?? {}).length <= EXACT_COST_MAX_NODES;
  return avss.map((a) => {
    const stake = seen.get(a.id) ?? 0n;
    return {
      avs: a.id,
      stake,
      bound: costOfCorruption(stake, a.attackThreshold),
      profit: a.profitFromCorruption,
      nodes: small ? stakeNodes(world, a.id) : [],
      threshold: a.attackThreshold,
    };
  });
}

/**
 * The cost of corruption to report: the lower bound when it already shows the AVS safe (or under shared vaults,
 * whose layered graph the panel analyses), else the exact minimum cover of its stake nodes when found within
 * the work budget.
 */
export function exactCostOf(s: AvsSecurity): { cost: bigint; exact: boolean } {
  if (s.bound >= s.profit || s.nodes.length === 0 || s.nodes.length > EXACT_COST_MAX_NODES)
    return { cost: s.bound, exact: false };
  const exact = exactCost(s.nodes, s.threshold);
  return exact === null ? { cost: s.bound, exact: false } : { cost: exact, exact: true };
}

/** The AVS's stake nodes as the security analysis maps them (security/fromWorld.ts), in gwei. */
function stakeNodes(world: World, avs: string): bigint[] {
  const out: bigint[] = [];
  const sets = Object.values(world.restaking.avss[avs].sets);
  for (const op of Object.keys(world.restaking.operators)) {
    if (world.securityModel === 'pooled') {
      if (allocatedStake(world, op, avs) > 0n) out.push(delegatedStake(world, op));
    } else {
      for (const set of sets) {
        const stake = setStake(world, op, avs, set.id); // one node per operator-set allocation
        if (stake > 0n) out.push(stake);
      }
    }
  }
  return out;
}

function exactCost(items: readonly bigint[], [num, den]: readonly [bigint, bigint]): bigint | null {
  const total = items.reduce((x, y) => x + y, 0n);
  if (total === 0n) return 0n;
  const need = (total * num + den - 1n) / den;
  let work = 0;
  const r = minCover(items, need, { now: () => ++work, deadline: EXACT_COST_WORK });
  return r.exact ? r.cost : null;
}
