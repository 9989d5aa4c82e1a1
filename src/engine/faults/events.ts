/**
 * The Fault event: one variant per kind in the fault catalogue (catalogue.ts says what each kind does and which
 * entities it applies to). `settle` (default true) lets time run until every consequence has landed (the
 * correlation penalty ~18.2 days later, the next oracle report), so the event's trace is the whole cascade.
 */
import * as v from 'valibot';
import { Amount, Fraction, Id } from '../scenario/primitives';

const settle = v.optional(v.boolean(), true);
const Ids = v.pipe(v.array(Id), v.minLength(1, 'name at least one'));

/** An Ethereum validator signs two conflicting messages (double vote / double proposal): slash_validator. */
export const DoubleSignFault = v.strictObject({
  type: v.literal('Fault'),
  fault: v.literal('double-sign'),
  validators: Ids,
  settle,
});

/** Validators go offline for a while (offline penalties; a leak if finality is lost); or an operator misses an AVS's duties. */
export const DowntimeFault = v.strictObject({
  type: v.literal('Fault'),
  fault: v.literal('downtime'),
  validators: v.optional(v.array(Id), []),
  /** An operator whose AVSs slash it per their 'downtime' condition. */
  operator: v.optional(Id),
  /** How long the validators stay offline, in epochs (default one day). */
  epochs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(82_125)), 225),
  settle,
});

/** An operator breaks one AVS's own rules (a wrong DA attestation, a bad oracle report). */
export const AvsMisbehaviourFault = v.strictObject({
  type: v.literal('Fault'),
  fault: v.literal('avs-misbehaviour'),
  avs: Id,
  operator: Id,
  /** The operator set (default: every set of this AVS the operator is in). */
  set: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  settle,
});

/** An operator's keys leak: its validators double-sign and every AVS it serves slashes every set it is in. */
export const KeyCompromiseFault = v.strictObject({
  type: v.literal('Fault'),
  fault: v.literal('key-compromise'),
  operator: Id,
  settle,
});

/** An AVS's slasher has a bug and slashes an honest operator by `fraction`. */
export const BuggySlasherFault = v.strictObject({
  type: v.literal('Fault'),
  fault: v.literal('buggy-slasher'),
  avs: Id,
  operator: Id,
  set: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  fraction: Fraction,
  settle,
});

/** A client bug makes many validators (and/or operators) double-sign in the same epoch. */
export const CorrelatedBugFault = v.pipe(
  v.strictObject({
    type: v.literal('Fault'),
    fault: v.literal('correlated-bug'),
    validators: v.optional(v.array(Id), []),
    operators: v.optional(v.array(Id), []),
    settle,
  }),
  v.check((f) => f.validators.length + f.operators.length > 0, 'name at least one validator or operator'),
);

/** A large holder dumps an LST/LRT into its pool (3AC, Celsius in 2022). */
export const MarketShockFault = v.strictObject({
  type: v.literal('Fault'),
  fault: v.literal('market-shock'),
  holder: Id,
  pool: Id,
  amount: Amount,
  settle,
});

export const FaultSchema = v.variant('fault', [
  DoubleSignFault,
  DowntimeFault,
  AvsMisbehaviourFault,
  KeyCompromiseFault,
  BuggySlasherFault,
  CorrelatedBugFault,
  MarketShockFault,
]);
/** The fault model's contribution to SimEventSchema (events.ts). */
export const faultEventSchemas = [FaultSchema] as const satisfies readonly v.GenericSchema[];

export type FaultEvent = v.InferOutput<typeof FaultSchema>;
export type FaultKind = FaultEvent['fault'];
