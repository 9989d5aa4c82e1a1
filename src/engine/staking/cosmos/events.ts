/**
 * Events of the Cosmos-like chain: the messages a delegator or validator sends (MsgDelegate, MsgUndelegate,
 * MsgBeginRedelegate, MsgUnjail, MsgEditValidator, MsgWithdrawDelegatorReward) and the two faults the chain
 * punishes (double-sign evidence, downtime). Amounts are in whole tokens ("1000" ATOM), parsed exactly.
 */
import * as v from 'valibot';
import { Fraction, Id, NonNegativeInteger, PositiveAmount } from '../../scenario/primitives';

export const CosmosDelegateSchema = v.strictObject({
  type: v.literal('CosmosDelegate'),
  holder: Id,
  validator: Id,
  amount: PositiveAmount,
});

export const CosmosUndelegateSchema = v.strictObject({
  type: v.literal('CosmosUndelegate'),
  holder: Id,
  validator: Id,
  amount: PositiveAmount,
});

export const CosmosRedelegateSchema = v.strictObject({
  type: v.literal('CosmosRedelegate'),
  holder: Id,
  from: Id,
  to: Id,
  amount: PositiveAmount,
});

/** Evidence of a double sign; the infraction happened at `infractionEpoch` (default: now). */
export const CosmosDoubleSignSchema = v.strictObject({
  type: v.literal('CosmosDoubleSign'),
  validator: Id,
  infractionEpoch: v.optional(NonNegativeInteger),
});

/** The validator missed too many blocks of the signing window (x/slashing liveness); slashed and jailed now. */
export const CosmosDowntimeSchema = v.strictObject({
  type: v.literal('CosmosDowntime'),
  validator: Id,
});

export const CosmosUnjailSchema = v.strictObject({
  type: v.literal('CosmosUnjail'),
  validator: Id,
});

export const CosmosSetCommissionSchema = v.strictObject({
  type: v.literal('CosmosSetCommission'),
  validator: Id,
  rate: Fraction,
});

/** Withdraws a holder's accrued rewards (from one validator or all), and an operator's commission. */
export const CosmosWithdrawRewardsSchema = v.strictObject({
  type: v.literal('CosmosWithdrawRewards'),
  holder: Id,
  validator: v.optional(Id),
});

export const cosmosEventSchemas = [
  CosmosDelegateSchema,
  CosmosUndelegateSchema,
  CosmosRedelegateSchema,
  CosmosDoubleSignSchema,
  CosmosDowntimeSchema,
  CosmosUnjailSchema,
  CosmosSetCommissionSchema,
  CosmosWithdrawRewardsSchema,
] as const satisfies readonly v.GenericSchema[];

export type CosmosDelegate = v.InferOutput<typeof CosmosDelegateSchema>;
export type CosmosUndelegate = v.InferOutput<typeof CosmosUndelegateSchema>;
export type CosmosRedelegate = v.InferOutput<typeof CosmosRedelegateSchema>;
export type CosmosDoubleSign = v.InferOutput<typeof CosmosDoubleSignSchema>;
export type CosmosDowntime = v.InferOutput<typeof CosmosDowntimeSchema>;
export type CosmosUnjail = v.InferOutput<typeof CosmosUnjailSchema>;
export type CosmosSetCommission = v.InferOutput<typeof CosmosSetCommissionSchema>;
export type CosmosWithdrawRewards = v.InferOutput<typeof CosmosWithdrawRewardsSchema>;
