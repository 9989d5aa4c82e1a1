/** Events owned by the Ethereum model. */
import * as v from 'valibot';
import { Id, PositiveAmount } from '../../scenario/primitives';

/** A holder deposits ETH into a new validator (or tops up an existing one) through the deposit queue. */
export const EthDepositSchema = v.strictObject({
  type: v.literal('EthDeposit'),
  holder: Id,
  validator: Id,
  amount: PositiveAmount,
  /** 0x02 compounding credentials for a new validator (ignored for a top-up). */
  compounding: v.optional(v.boolean()),
});

/** A voluntary exit. */
export const EthExitSchema = v.strictObject({
  type: v.literal('EthExit'),
  validator: Id,
});

/** Validators go offline (stop attesting) or come back online. */
export const EthSetOnlineSchema = v.strictObject({
  type: v.literal('EthSetOnline'),
  validators: v.pipe(v.array(Id), v.minLength(1, 'list at least one validator')),
  online: v.boolean(),
});

/** Finality stops (the inactivity leak starts 4 epochs later) or resumes. */
export const EthFinalitySchema = v.strictObject({
  type: v.literal('EthFinality'),
  stalled: v.boolean(),
});

/** Validators are caught double voting or surround voting and slashed. */
export const EthSlashSchema = v.strictObject({
  type: v.literal('EthSlash'),
  validators: v.pipe(v.array(Id), v.minLength(1, 'list at least one validator')),
  /** The holder who reported it; without one the block proposer takes the whole whistleblower reward. */
  whistleblower: v.optional(Id),
});

export const ethereumEventSchemas = [
  EthDepositSchema,
  EthExitSchema,
  EthSetOnlineSchema,
  EthFinalitySchema,
  EthSlashSchema,
] as const satisfies readonly v.GenericSchema[];

export type EthDeposit = v.InferOutput<typeof EthDepositSchema>;
export type EthExit = v.InferOutput<typeof EthExitSchema>;
export type EthSetOnline = v.InferOutput<typeof EthSetOnlineSchema>;
export type EthFinality = v.InferOutput<typeof EthFinalitySchema>;
export type EthSlash = v.InferOutput<typeof EthSlashSchema>;
