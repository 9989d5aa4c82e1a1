/**
 * The fault catalogue: what can go wrong, to whom, and what each fault does. The UI asks `faultsFor(world, id)`
 * so each node of the graph offers exactly the faults that apply to it, each with a ready-to-apply event.
 */
import { holderAccount, type World } from '../world';
import { render, say, type EngineMessage } from '../messages/say';
import type { FaultEvent, FaultKind } from './events';
import { operatorsOfAvs, setsOfOperator, slashableValidators, validatorsOfOperator } from './adapters';
import type { CosmosDoubleSign, CosmosDowntime } from '../staking/cosmos/events';
import { formatPercent } from '../staking/cosmos/dec';

export type EntityType = 'validator' | 'operator' | 'avs' | 'holder' | 'pool';

export interface FaultInfo {
  kind: FaultKind;
  /** The title and description in English (rendered from `messages`). */
  title: string;
  /** One sentence for a learner: what the fault is and where its loss goes. */
  description: string;
  /** The same as catalogue messages, for the UI to show in the active language. */
  messages: { title: EngineMessage; description: EngineMessage };
  appliesTo: EntityType[];
}

/** Each fault's key in the message catalogue (faults.<key>.title / .description in messages/en/faults.ts). */
const MESSAGE_KEY = {
  'double-sign': 'doubleSign',
  downtime: 'downtime',
  'avs-misbehaviour': 'avsMisbehaviour',
  'key-compromise': 'keyCompromise',
  'buggy-slasher': 'buggySlasher',
  'correlated-bug': 'correlatedBug',
  'market-shock': 'marketShock',
} as const satisfies Record<FaultKind, string>;

/**
 * Adds `title` and `description` in English, rendered when read (the English templates may load after this module:
 * messages/english.ts). Enumerable, so a copy carries them as strings.
 */
function withEnglish<T extends { messages: { title: EngineMessage; description: EngineMessage } }>(
  o: T,
): T & { title: string; description: string } {
  return Object.defineProperties(o, {
    title: { enumerable: true, get: () => render(o.messages.title) },
    description: { enumerable: true, get: () => render(o.messages.description) },
  }) as T & { title: string; description: string };
}

function fault(kind: FaultKind, appliesTo: EntityType[]): FaultInfo {
  const messages = {
    title: say(`faults.${MESSAGE_KEY[kind]}.title`),
    description: say(`faults.${MESSAGE_KEY[kind]}.description`),
  };
  return withEnglish({ kind, messages, appliesTo });
}

export const FAULT_CATALOGUE: readonly FaultInfo[] = [
  fault('double-sign', ['validator', 'operator']),
  fault('downtime', ['validator', 'operator']),
  fault('avs-misbehaviour', ['operator', 'avs']),
  fault('key-compromise', ['operator']),
  fault('buggy-slasher', ['avs', 'operator']),
  fault('correlated-bug', ['validator', 'operator']),
  fault('market-shock', ['pool', 'holder']),
];

export const faultInfo = (kind: FaultKind): FaultInfo => FAULT_CATALOGUE.find((f) => f.kind === kind)!;

/** What kinds of entity an id names in this world (an id can be both, e.g. an operator that is also a holder). */
export function entityTypes(world: World, id: string): EntityType[] {
  const out: EntityType[] = [];
  if (world.ethereum.validators[id]) out.push('validator');
  if (
    world.restaking?.operators?.[id] ||
    world.ethereum.order.some((v) => world.ethereum.validators[v].operator === id)
  )
    out.push('operator');
  if (world.restaking?.avss?.[id]) out.push('avs');
  if (world.holders[id]) out.push('holder');
  if (world.markets.pools[id]) out.push('pool');
  return out;
}

export interface FaultOffer {
  kind: FaultKind;
  title: string;
  description: string;
  /** Title and description as catalogue messages (see FaultInfo). */
  messages: { title: EngineMessage; description: EngineMessage };
  /** A complete event for this entity (amounts the UI may let the learner change). */
  event: FaultEvent;
}

const ONE_TENTH: [bigint, bigint] = [1n, 10n];

/** The faults that apply to an entity, each as a ready event. Deterministic order: the catalogue's, then ids. */
export function faultsFor(world: World, entityId: string): FaultOffer[] {
  const types = new Set(entityTypes(world, entityId));
  const offers: FaultOffer[] = [];
  const offer = (event: FaultEvent): void => {
    const info = faultInfo(event.fault);
    offers.push(withEnglish({ kind: info.kind, messages: info.messages, event }));
  };
  const base = { type: 'Fault' as const, settle: true };
  if (types.has('validator')) {
    if (slashableValidators(world, [entityId]).length) offer({ ...base, fault: 'double-sign', validators: [entityId] });
    offer({ ...base, fault: 'downtime', validators: [entityId], epochs: 225 });
  }
  if (types.has('operator')) {
    const vals = slashableValidators(world, validatorsOfOperator(world, entityId));
    if (vals.length) offer({ ...base, fault: 'double-sign', validators: vals });
    offer({
      ...base,
      fault: 'downtime',
      validators: validatorsOfOperator(world, entityId),
      operator: entityId,
      epochs: 225,
    });
    for (const s of setsOfOperator(world, entityId)) {
      offer({ ...base, fault: 'avs-misbehaviour', avs: s.avs, operator: entityId, set: s.set });
    }
    offer({ ...base, fault: 'key-compromise', operator: entityId });
    for (const s of setsOfOperator(world, entityId)) {
      offer({ ...base, fault: 'buggy-slasher', avs: s.avs, operator: entityId, set: s.set, fraction: ONE_TENTH });
    }
    offer({ ...base, fault: 'correlated-bug', validators: [], operators: [entityId] });
  }
  if (types.has('avs')) {
    for (const op of operatorsOfAvs(world, entityId)) {
      offer({ ...base, fault: 'avs-misbehaviour', avs: entityId, operator: op });
      offer({ ...base, fault: 'buggy-slasher', avs: entityId, operator: op, fraction: ONE_TENTH });
    }
  }
  if (types.has('pool')) {
    const pool = world.markets.pools[entityId];
    const holders = Object.keys(world.holders).filter(
      (h) => (world.ledger.assets[pool.asset]?.balances.get(holderAccount(h)) ?? 0n) > 0n,
    );
    for (const h of holders) {
      const amount = world.ledger.assets[pool.asset].balances.get(holderAccount(h)) ?? 0n;
      offer({ ...base, fault: 'market-shock', holder: h, pool: entityId, amount });
    }
  }
  if (types.has('holder') && !types.has('pool')) {
    for (const pool of Object.values(world.markets.pools)) {
      const amount = world.ledger.assets[pool.asset]?.balances.get(holderAccount(entityId)) ?? 0n;
      if (amount > 0n) offer({ ...base, fault: 'market-shock', holder: entityId, pool: pool.id, amount });
    }
  }
  return offers;
}

/** A Cosmos-like chain's fault, offered on one of its validators: the chain's own event, ready to apply. */
export interface CosmosFaultOffer {
  kind: 'double-sign' | 'downtime';
  title: string;
  description: string;
  messages: { title: EngineMessage; description: EngineMessage };
  event: CosmosDoubleSign | CosmosDowntime;
}

/**
 * The Cosmos chain's two punished faults for one of its validators (x/evidence double sign, x/slashing downtime),
 * described with the chain's own parameters. Not offered where the chain would ignore them: evidence against a
 * tombstoned validator (x/evidence HandleEquivocationEvidence returns early), downtime of a validator that is not
 * bonded (x/slashing HandleValidatorSignature only runs for the active set).
 */
export function cosmosFaultsFor(world: World, validator: string): CosmosFaultOffer[] {
  const c = world.cosmos;
  const v = c?.validators?.[validator];
  if (!v) return [];
  const out: CosmosFaultOffer[] = [];
  const offer = (
    kind: CosmosFaultOffer['kind'],
    messages: CosmosFaultOffer['messages'],
    event: CosmosFaultOffer['event'],
  ): void => {
    out.push(withEnglish({ kind, messages, event }));
  };
  if (v.status !== 'tombstoned') {
    offer(
      'double-sign',
      {
        title: say('faults.cosmosDoubleSign.title'),
        description: say('faults.cosmosDoubleSign.description', {
          validator: v.name,
          percent: formatPercent(c.params.slashFractionDoubleSign),
        }),
      },
      { type: 'CosmosDoubleSign', validator },
    );
  }
  if (v.status === 'bonded') {
    offer(
      'downtime',
      {
        title: say('faults.cosmosDowntime.title'),
        description: say('faults.cosmosDowntime.description', {
          validator: v.name,
          percent: formatPercent(c.params.slashFractionDowntime),
          minutes: Math.round(c.params.downtimeJailSeconds / 60),
        }),
      },
      { type: 'CosmosDowntime', validator },
    );
  }
  return out;
}
