/**
 * Every call the fault catalogue and the cascade tracer make into the other models, in one file: the chain
 * (slash validators, take them offline), restaking (which operator sets an operator is in, slash one), the
 * AVSs (their slashing conditions, threshold, profit from corruption). The cost of corruption the cascade reports is
 * the read-model's (views/costOfCorruption.ts). When a model changes its API, only this file changes.
 */
import { slashValidators as chainSlash } from '../staking/ethereum/api';
import type { Ctx } from '../module';
import type { World } from '../world';
import { EngineError } from '../errors';
import { executeSlash } from '../restaking/slashing';

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
