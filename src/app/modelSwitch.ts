/**
 * The security model as a switch: which of the three models a world can be run under, the scenario re-run under
 * another one (the same scenario and the same events: the engine is a fold), and one sentence on what changed.
 *
 * A model "applies" when the scenario holds the stake it reads: unique stake and pooled stake read operators'
 * delegations and allocations (EigenLayer: ELIP-002 and the whitepaper, section 3); shared vaults read vaults'
 * collateral (Symbiotic NetworkRestakeDelegator). Under a model that does not apply every service would see no
 * stake and be reported attackable, which teaches nothing: the switch and the compare view say why instead.
 */
import type { SecurityModel, World } from '../engine/world';
import { networkView } from '../engine/restaking/networkView';
import { servicesSecurity } from '../engine/views/costOfCorruption';
import { formatEthCard } from './displayAmount';
import { msg, type Message } from './messages/message';
import type { EventJson, ScenarioJson } from './session.svelte';

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

/**
 * How a scenario's title names its model, at its end: "Three AVSs on shared operators (unique stake)", "... (pooled)",
 * "Cascading slashing: three services, pooled stake". Titles are the scenario files' own English words, so the
 * words here are too (the catalogue's `compare.short.*` say the same).
 */
const MODEL_WORDS: Record<SecurityModel, string> = {
  unique: 'unique stake',
  pooled: 'pooled stake',
  sharedVault: 'shared vaults',
};
const TITLE_MODEL = /(\(|, )(unique stake|pooled stake|pooled|shared vaults?)(\)?)$/i;

/** The title under `model`: a title that ends by naming a model names this one; any other title is kept. */
export function titleUnderModel(title: string, model: SecurityModel): string {
  return title.replace(TITLE_MODEL, (_all, before: string, _words: string, after: string) =>
    before === '(' && after !== ')' ? _all : `${before}${MODEL_WORDS[model]}${after}`,
  );
}

/**
 * The scenario with every event of the log (the redo tail too: nothing the learner did is lost) under `model`,
 * its title following the model.
 */
export function underModel(json: ScenarioJson, log: readonly EventJson[], model: SecurityModel): ScenarioJson {
  const name = typeof json.name === 'string' ? titleUnderModel(json.name, model) : json.name;
  return { ...json, name, securityModel: model, events: log.slice() };
}

const names = (list: string[]): string => list.join(', ');

/** What the new model lets a service slash, said with the largest example the world has. */
function lead(after: World): Message {
  const model = after.securityModel;
  const view = networkView(after);
  const opName = (id: string) => after.restaking.operators[id]?.name ?? id;
  const avsName = (id: string) => after.restaking.avss[id]?.name ?? id;
  // The unit at risk in most services, then the largest: the sharpest example of what the model means.
  const unit = [...view.stakes].sort(
    (a, b) => b.services.length - a.services.length || (b.stake > a.stake ? 1 : b.stake < a.stake ? -1 : 0),
  )[0];
  if (!unit) return msg(`model.switch.lead.${model}.none`);
  const amount = formatEthCard(unit.stake);
  if (model === 'pooled')
    return msg('model.switch.lead.pooled', { operator: opName(unit.operator), amount, count: unit.services.length });
  if (model === 'unique')
    return msg('model.switch.lead.unique', { operator: opName(unit.operator), amount, avs: avsName(unit.services[0]) });
  const vault = after.restaking.vaults[unit.id.slice(0, unit.id.indexOf(':'))]?.name ?? unit.id;
  return msg('model.switch.lead.sharedVault', { vault, count: unit.services.length, operator: opName(unit.operator) });
}

/** Which services' verdict (attacked alone: does corrupting it pay?) the switch changed. */
export function verdictChanges(before: World, after: World): { attackable: string[]; safe: string[] } {
  const was = new Map(servicesSecurity(before).map((s) => [s.avs, s.safeAlone]));
  const attackable: string[] = [];
  const safe: string[] = [];
  for (const s of servicesSecurity(after)) {
    const old = was.get(s.avs);
    if (old === undefined || old === s.safeAlone) continue;
    (s.safeAlone ? safe : attackable).push(s.name);
  }
  return { attackable, safe };
}

/**
 * One line on what changed: what a service can now slash, and which services can now (or no longer) be attacked
 * profitably, e.g. "Under pooled stake, each of the 2 services Orion Nodes serves can slash all 96 ETH it holds:
 * Bridge can now be attacked for profit."
 */
export function explainSwitch(before: World, after: World): Message {
  const { attackable, safe } = verdictChanges(before, after);
  const part = (list: string[], kind: 'attackable' | 'safe') =>
    msg(`model.switch.${kind}.${list.length === 1 ? 'one' : 'many'}`, { names: names(list), count: list.length });
  const change =
    attackable.length && safe.length
      ? msg('model.switch.both', { attackable: part(attackable, 'attackable'), safe: part(safe, 'safe') })
      : attackable.length
        ? part(attackable, 'attackable')
        : safe.length
          ? part(safe, 'safe')
          : msg('model.switch.sameVerdicts');
  return msg('model.switch.line', { lead: lead(after), change });
}
