/**
 * The security models the switch offers, and whether each applies to a world: what the toolbar's switch and its
 * menu show. The switching itself (re-running the scenario and saying what changed: modelSwitch.ts) loads on
 * demand, with the security analysis it explains by.
 *
 * A model "applies" when the scenario holds the stake it reads: unique stake and pooled stake read operators'
 * delegations and allocations (EigenLayer: ELIP-002 and the whitepaper, section 3); shared vaults read vaults'
 * collateral (Symbiotic NetworkRestakeDelegator). Under a model that does not apply every service would see no
 * stake and be reported attackable, which teaches nothing: the switch and the compare view say why instead.
 */
import type { SecurityModel, World } from '../engine/world';
import { msg, type Message } from './messages/message';

export const MODELS: readonly SecurityModel[] = ['unique', 'pooled', 'sharedVault'];

export type ModelOption =
  { model: SecurityModel; applies: true } | { model: SecurityModel; applies: false; reason: Message };

/** Restaking exists where there is a service to secure: only then is there a model to choose. */
export const hasRestaking = (world: World | null): boolean => Object.keys(world?.restaking?.avss ?? {}).length > 0;

const hasVaults = (world: World): boolean => Object.keys(world.restaking?.vaults ?? {}).length > 0;

/** Stake delegated to operators (strategy shares) or allocated to operator sets: what unique and pooled stake read. */
function hasOperatorStake(world: World): boolean {
  const rs = world.restaking;
  if (Object.values(rs?.allocations ?? {}).some((a) => a.magnitude + a.pendingDiff > 0n)) return true;
  return Object.values(rs?.operators ?? {}).some((o) => Object.values(o.strategies ?? {}).some((s) => s.shares > 0n));
}

/** Whether `model` applies to `world`, and if not, why (a sentence naming the scenario). */
export function modelOption(world: World, model: SecurityModel, scenarioName: string): ModelOption {
  if (model === 'sharedVault' && !hasVaults(world))
    return { model, applies: false, reason: msg('model.na.noVaults', { scenario: scenarioName }) };
  if (model !== 'sharedVault' && !hasOperatorStake(world))
    return {
      model,
      applies: false,
      reason: msg('model.na.vaultsOnly', { scenario: scenarioName, model: msg(`compare.short.${model}`) }),
    };
  return { model, applies: true };
}

/** The three models as the switch offers them (none where there is no restaking). */
export function modelOptions(world: World | null, scenarioName: string): ModelOption[] {
  if (!world || !hasRestaking(world)) return [];
  return MODELS.map((m) => modelOption(world, m, scenarioName));
}
