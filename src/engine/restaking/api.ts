/**
 * What other models (faults and the cascade tracer, markets, security, the UI) may ask of restaking. Everything
 * here works under every security model (world.securityModel: 'unique' | 'pooled' | 'sharedVault').
 */
import type { Ctx } from '../module';
import type { World } from '../world';
import { requestSlash } from '../services/slashRequests';
import { executeSlash } from './slashing';
import { setsOfOperatorNow } from './operatorSets';

export {
  stakeSeenBy,
  allocatedStake,
  operatorsOf,
  stakersOf,
  delegatedStake,
  stakerEthValue,
  setStake,
  avssOf,
} from './views';
export { lrtEthPerToken, lrtRate } from './lrtRate';
export { checkpointPod, checkpointPodsOf } from './pods';
export { networkView } from './networkView';
export { ethValue } from './prices';
export { WAD } from './wad';
export type { SlashSpec } from './slashing';

export interface SlashArgs {
  avs: string;
  set: number;
  operator: string;
  /** Fraction to slash as a WAD (1e18 = 100%). */
  wad: bigint;
  /** Why, in words, for the sentence. */
  reason?: string;
  /** Skip the AVS's veto window (a slash already past it). Default false: AVSs with a window only request. */
  immediate?: boolean;
}

/**
 * Slashes one operator set of an operator (or requests it when the AVS has a veto window); returns the step id.
 * Unique: the set's allocation; pooled: the operator's whole delegation; sharedVault: the network's stake.
 */
export function slashOperatorSet(ctx: Ctx, args: SlashArgs, parent: number | null = null): number {
  const spec = { avs: args.avs, set: args.set, operator: args.operator, wad: args.wad, reason: args.reason };
  return args.immediate ? executeSlash(ctx, spec, parent) : requestSlash(ctx, spec, parent);
}

/** Key compromise: every set the operator can be slashed in, one after the other; returns the step ids. */
export function slashOperatorAll(
  ctx: Ctx,
  operator: string,
  wad: bigint,
  parent: number | null = null,
  reason = 'a compromised operator key',
): number[] {
  return setsOfOperatorNow(ctx.world, operator).map((s) =>
    slashOperatorSet(ctx, { ...s, operator, wad, reason }, parent),
  );
}

export function operatorSetsOf(world: World, operator: string): Array<{ avs: string; set: number }> {
  return setsOfOperatorNow(world, operator);
}
