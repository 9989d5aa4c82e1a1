/**
 * The faults a node offers: the engine's fault catalogue decides (faultsFor, and cosmosFaultsFor for a Cosmos-like
 * chain's validators); this turns each offer's parsed event back into the JSON form the session logs (amounts as
 * decimal strings, fractions as "n/d"). Titles and descriptions are the catalogue's: English as the engine renders
 * it, and as engine messages for another language (the UI's tFault).
 */
import type { World } from '../engine/world';
import { poolOperatorName, validatorName } from '../engine/accountNames';
import type { EngineMessage } from '../engine/messages/say';
import { cosmosFaultsFor, faultsFor } from '../engine/faults/catalogue';
import { formatNumber as formatEth } from './format/amount';
import type { Entity } from './worldView';
import type { EventJson } from './session.svelte';
import { splitNodeId } from './nodeId';
import { slashableValidators } from '../engine/faults/adapters';
import { en as shellEn } from './messages/en';
import { sandboxEn } from './messages/sandbox';
import { onDemandEn } from './messages/onDemand';

/** The catalogue parts a gesture's English can name (faults are offered in the sandbox and the lesson page; the
 * gestures' own words are in the inspector's on-demand part, which loads with this module). */
const en: Record<string, string> = { ...shellEn, ...sandboxEn, ...onDemandEn };
import { msg, type Message } from './messages/message';
import { fillTemplate } from './messages/fillTemplate';

export interface FaultOption {
  kind: string;
  /** The catalogue's title and description, rendered in English (see `messages`). */
  title: string;
  description: string;
  messages?: { title: EngineMessage; description: EngineMessage };
  /** The same as app messages, for the chain's own gestures (not catalogue faults): the UI words them with `tm`. */
  words?: { title: Message; description: Message };
  /** The other party (an operator or AVS) when an entity offers the same fault for several. */
  detail: string | null;
  /** What `detail` names: where the fault happens (default), or who reports it (a slashing's whistleblower). */
  detailRole?: 'at' | 'by';
  event: EventJson;
}

/** bigint -> decimal units; [num, den] -> "num/den"; arrays and objects recursively. */
export function eventToJson(value: unknown): unknown {
  if (typeof value === 'bigint') return formatEth(value);
  if (Array.isArray(value)) {
    if (value.length === 2 && typeof value[0] === 'bigint' && typeof value[1] === 'bigint')
      return `${value[0]}/${value[1]}`;
    return value.map(eventToJson);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, eventToJson(v)]));
  }
  return value;
}

/** English text of an app message (the option's `title`/`description`; the UI rewords `words` in its language). */
function english(m: Message): string {
  // a parameter that is itself a message is worded first, as the UI's `tm` does
  const params = Object.fromEntries(
    Object.entries(m.params ?? {}).map(([k, v]) => [k, typeof v === 'object' ? english(v) : v]),
  );
  return fillTemplate(en[m.key], params);
}

function gesture(
  kind: string,
  title: Message,
  description: Message,
  detail: string | null,
  event: EventJson,
): FaultOption {
  const words = { title, description };
  return { kind, title: english(title), description: english(description), words, detail, detailRole: 'by', event };
}

/**
 * An Ethereum validator's own chain events, offered before the catalogue's faults: going offline and back
 * (EthSetOnline: it stops attesting until brought back, the inactivity penalties of consensus-specs
 * process_rewards_and_penalties) and a proven double vote (EthSlash: slash_validator, with a holder as the
 * whistleblower). Unlike the catalogue's settled faults, these change one thing and let the learner run time.
 */
function validatorGestures(world: World, ref: string): FaultOption[] {
  const v = world.ethereum.validators[ref];
  if (!v) return [];
  const out: FaultOption[] = [];
  const name = { validator: validatorName(world, ref) };
  const gone = v.status === 'exited' || v.status === 'withdrawable' || v.status === 'withdrawn';
  if (!v.slashed && !gone) {
    const to = v.online ? 'offline' : 'online';
    const event = { type: 'EthSetOnline', validators: [ref], online: !v.online };
    const title = msg(`faults.gesture.${to}.title`);
    out.push(gesture(`go-${to}`, title, msg(`faults.gesture.${to}.description`, name), null, event));
  }
  if (slashableValidators(world, [ref]).length) {
    const title = msg('faults.gesture.slash.title');
    const reporters = Object.values(world.holders).filter((h) => h.id !== v.owner);
    const event = { type: 'EthSlash', validators: [ref] };
    if (!reporters.length)
      out.push(gesture('eth-slash', title, msg('faults.gesture.slash.description', name), null, event));
    for (const h of reporters) {
      const description = msg('faults.gesture.slash.reported', { ...name, whistleblower: h.name });
      out.push(gesture('eth-slash', title, description, h.name, { ...event, whistleblower: h.id }));
    }
  }
  return out;
}

/**
 * A pool's validator is run by a node operator that has no card of its own (Lido's operators are named in the
 * pool): its card also offers the operator-wide faults, all of that operator's validators at once, as on
 * 11 October 2023 when 20 of Launchnodes' validators were slashed together (Lido's post-mortem,
 * https://research.lido.fi/t/5631).
 */
function nodeOperatorFaults(world: World, ref: string): FaultOption[] {
  const v = world.ethereum.validators[ref];
  if (!v || v.operator === v.owner || world.restaking?.operators?.[v.operator]) return [];
  const operator = poolOperatorName(world, v.owner, v.operator);
  return faultsFor(world, v.operator)
    .filter((o) => o.kind === 'double-sign' || o.kind === 'downtime')
    .map((o) => {
      const count = 'validators' in o.event ? o.event.validators.length : 0;
      const key = o.kind === 'double-sign' ? 'doubleSign' : 'downtime';
      const one = count === 1 ? 'One' : '';
      const title = msg(`faults.gesture.operator.${key}.title${one}`, { operator, count });
      const description = msg(`faults.gesture.operator.${key}.description${one}`, { operator, count });
      return { ...gesture(o.kind, title, description, null, eventToJson(o.event) as EventJson), detailRole: undefined };
    });
}

export function faultsForNode(world: World, entity: Entity): FaultOption[] {
  const { kind, ref } = splitNodeId(entity.id);
  if (kind === 'cosmosValidator')
    return cosmosFaultsFor(world, ref).map((o) => ({
      kind: o.kind,
      title: o.title,
      description: o.description,
      messages: o.messages,
      detail: null,
      event: o.event as unknown as EventJson,
    }));
  let offers: ReturnType<typeof faultsFor>;
  try {
    offers = faultsFor(world, ref);
  } catch {
    return [];
  }
  const own = kind === 'validator' ? [...validatorGestures(world, ref), ...nodeOperatorFaults(world, ref)] : [];
  return own.concat(
    offers.map((o) => {
      const e = o.event as unknown as Record<string, unknown>;
      const other =
        e.avs && e.avs !== ref ? String(e.avs) : e.operator && e.operator !== ref ? String(e.operator) : null;
      const name = other
        ? (world.restaking?.avss?.[other]?.name ?? world.restaking?.operators?.[other]?.name ?? other)
        : null;
      return {
        kind: o.kind,
        title: o.title,
        description: o.description,
        messages: o.messages,
        detail: name,
        event: eventToJson(o.event) as EventJson,
      };
    }),
  );
}
