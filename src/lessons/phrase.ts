/**
 * What a goal check is about, in words: each path (path.ts) as a catalogue message naming its entity by its name
 * in the world ("Alice's worst-case slash", not "holder:alice.worstSlash"), and each wanted value as "at most
 * 8 ETH". The words are the UI's (src/app/messages/lesson.ts, keys lesson.path.*, lesson.want.*, lesson.kind.*,
 * lesson.event.*); this module only picks the key and the names, so feedback never shows a raw path.
 */
import type { World } from '../engine/world';
import type { Message } from './message';
import type { Path } from './path';

/** The paths' fields that are parameterised ("balance:<ASSET>"): the key's name and the parameter. */
const PARAMETERISED: Record<string, string> = {
  balance: 'asset',
  stETH: 'pool',
  delegated: 'validator',
  allocated: 'avs',
};

/** A trace amount's name in words, where the name alone would not read ("slashed" is the stake slashed). */
const AMOUNT_WORDS: Record<string, string> = {
  slashed: 'stake slashed',
  bought: 'amount bought',
  sold: 'amount sold',
  repaid: 'debt repaid',
  penalty: 'penalty',
  initialPenalty: 'initial penalty',
};

/** An entity's name as its card shows it; an id the world does not know is shown as the id. */
export function entityName(world: World, id: string): string {
  return (
    world.holders[id]?.name ??
    world.restaking.operators[id]?.name ??
    world.restaking.avss[id]?.name ??
    world.cosmos?.validators[id]?.name ??
    world.liquid.lido?.[id]?.name ??
    world.liquid.rocket?.[id]?.name ??
    id
  );
}

/** "initialPenalty" -> "initial penalty", "slash:initial" -> "slash initial": the fallback for an open-ended name. */
export function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._:/-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** The trace kinds that have their own phrase in the catalogue (lesson.kind.<kind>); others read as words. */
export const PHRASED_KINDS = [
  'eth.deposit',
  'eth.epochs',
  'eth.slash',
  'eth.slash.correlation',
  'eth.validator.active',
  'eth.validator.exited',
  'cosmos.slash',
  'cosmos.jail',
  'cosmos.tombstone',
  'cosmos.delegate',
  'lido.submit',
  'lido.report',
  'restaking.delegate',
  'restaking.allocate',
  'restaking.slash',
  'service.rewards',
  'market.shock',
  'market.liquidation',
  'market.liquidationSale',
  'market.swap',
] as const;

/** The event types that have their own phrase (lesson.event.<Type>); others read as words. */
export const PHRASED_EVENTS = [
  'EthDeposit',
  'EthSlash',
  'Fault',
  'DelegateTo',
  'ModifyAllocation',
  'LidoSubmit',
  'CosmosDelegate',
  'Transfer',
  'AdvanceTime',
] as const;

/** A trace kind in words: its catalogue phrase, or the words of its name. */
export const kindPhrase = (kind: string): Message =>
  (PHRASED_KINDS as readonly string[]).includes(kind)
    ? { key: `lesson.kind.${kind}`, params: {} }
    : { key: 'lesson.kind.other', params: { name: words(kind) } };

/** An event type in words: its catalogue phrase, or the words of its name. */
export const eventPhrase = (type: string): Message =>
  (PHRASED_EVENTS as readonly string[]).includes(type)
    ? { key: `lesson.event.${type}`, params: {} }
    : { key: 'lesson.event.other', params: { name: words(type) } };

/** The subject of a check on `path`, e.g. { key: 'lesson.path.holder.worstSlash', params: { name: 'Alice' } }. */
export function pathPhrase(path: Path, world: World): Message {
  switch (path.source) {
    case 'global':
      return { key: `lesson.path.${path.scope}.${path.scope === 'const' ? 'value' : path.field}`, params: { name: path.field } };
    case 'entity': {
      const colon = path.field.indexOf(':');
      const base = colon < 0 ? path.field : path.field.slice(0, colon);
      const params: Message['params'] = { name: entityName(world, path.id) };
      if (colon >= 0) {
        const arg = path.field.slice(colon + 1);
        params[PARAMETERISED[base] ?? 'arg'] = base === 'balance' ? words(arg) : entityName(world, arg);
      }
      if (path.kind === 'loan') {
        const [market, borrower = ''] = path.id.split('/');
        params.name = entityName(world, borrower);
        params.market = words(market);
      }
      return { key: `lesson.path.${path.kind}.${base}${colon >= 0 ? 'Of' : ''}`, params };
    }
    case 'trace': {
      const what = kindPhrase(path.kind);
      const about = path.entity === null ? '' : entityName(world, path.entity);
      if (path.field === 'count') {
        return { key: about ? 'lesson.path.trace.countAbout' : 'lesson.path.trace.count', params: { what, about } };
      }
      return {
        key: about ? 'lesson.path.trace.amountAbout' : 'lesson.path.trace.amount',
        params: { what, about, amount: AMOUNT_WORDS[path.field] ?? words(path.field) },
      };
    }
    case 'moved': {
      const about = path.entity === null ? '' : entityName(world, path.entity);
      const reason = words(path.reason);
      const count = path.field === 'count';
      return {
        key: `lesson.path.moved.${count ? 'count' : 'amount'}${about ? 'About' : ''}`,
        params: { reason, about },
      };
    }
    case 'event':
      return { key: 'lesson.path.event.count', params: { what: eventPhrase(path.type) } };
  }
}
