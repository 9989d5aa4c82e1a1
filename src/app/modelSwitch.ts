/**
 * The security model switch's work: the scenario re-run under another model (the same scenario and the same
 * events: the engine is a fold), and one sentence on what changed. Which models apply is modelOptions.ts; this
 * loads on demand (onDemandSecurity.ts), when the switch's menu first opens or on idle after the first view.
 */
import type { SecurityModel, World } from '../engine/world';
import { networkView } from '../engine/restaking/networkView';
import { servicesSecurity } from '../engine/views/costOfCorruption';
import { formatEthCard } from './displayAmount';
import { msg, type Message } from './messages/message';
// the sentence's words load with it, after the first view
import './messages/modelSwitch';

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
 * its title following the model. `json` and `log` are the session's ScenarioJson and EventJson, typed loosely here:
 * this loads with the faults model (onDemandSecurity.ts), which the session loads, so it imports nothing of it.
 */
export function underModel<Event>(
  json: Record<string, unknown>,
  log: readonly Event[],
  model: SecurityModel,
): Record<string, unknown> {
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
