/**
 * Every event the engine accepts, as one valibot schema (a variant on `type`). Each model contributes its own
 * event schemas; the core adds the passage of time.
 */
import * as v from 'valibot';
import { ethereumEventSchemas } from './staking/ethereum/events';
import { cosmosEventSchemas } from './staking/cosmos/events';
import { liquidEventSchemas } from './liquid/events';
import { restakingEventSchemas } from './restaking/events';
import { marketsEventSchemas } from './markets/events';
import { faultEventSchemas } from './faults/events';
import { Amount, AssetSymbol, Id } from './scenario/primitives';

/** Moves the clock forward by whole epochs (or whole days of 225 epochs). */
export const AdvanceTimeSchema = v.pipe(
  v.strictObject({
    type: v.literal('AdvanceTime'),
    epochs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(82_125 * 10))),
    days: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3650))),
  }),
  v.check((e) => (e.epochs === undefined) !== (e.days === undefined), 'give exactly one of "epochs" or "days"'),
);

/** A plain transfer of an asset between two holders. */
export const TransferSchema = v.strictObject({
  type: v.literal('Transfer'),
  asset: v.optional(AssetSymbol, 'ETH'),
  from: Id,
  to: Id,
  amount: Amount,
});

export const SimEventSchema = v.variant('type', [
  AdvanceTimeSchema,
  TransferSchema,
  ...ethereumEventSchemas,
  ...cosmosEventSchemas,
  ...liquidEventSchemas,
  ...restakingEventSchemas,
  ...marketsEventSchemas,
  ...faultEventSchemas,
]);

export type SimEvent = v.InferOutput<typeof SimEventSchema>;
export type SimEventInput = v.InferInput<typeof SimEventSchema>;
export type AdvanceTime = v.InferOutput<typeof AdvanceTimeSchema>;

export const EventListSchema = v.array(SimEventSchema);
