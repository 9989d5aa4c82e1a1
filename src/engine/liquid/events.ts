/**
 * Events owned by the liquid staking model. Amounts are decimal strings in whole units (stETH, wstETH, rETH,
 * ETH), parsed exactly to the 1e-9 unit.
 */
import * as v from 'valibot';
import { Amount, Id, PositiveAmount } from '../scenario/primitives';

/** A request id as the queue numbers them ("1", "2", ...); a JSON number is accepted too. */
const RequestId = v.pipe(
  v.union([v.pipe(v.number(), v.integer(), v.minValue(1)), v.string()], 'must be a request number like 1'),
  v.transform((x) => String(x)),
  v.regex(/^[1-9]\d*$/, 'must be a request number like 1'),
);

/** Stake ETH in a Lido-like pool for stETH (Lido.submit). */
export const LidoSubmitSchema = v.strictObject({
  type: v.literal('LidoSubmit'),
  holder: Id,
  pool: Id,
  amount: PositiveAmount,
});
/** Send stETH to another holder: moves the amount's shares, rounded down. */
export const LidoTransferSchema = v.strictObject({
  type: v.literal('LidoTransfer'),
  from: Id,
  to: Id,
  pool: Id,
  amount: PositiveAmount,
});
/** Wrap stETH into wstETH. */
export const LidoWrapSchema = v.strictObject({
  type: v.literal('LidoWrap'),
  holder: Id,
  pool: Id,
  amount: PositiveAmount,
});
/** Unwrap wstETH (amount in wstETH) into stETH. */
export const LidoUnwrapSchema = v.strictObject({
  type: v.literal('LidoUnwrap'),
  holder: Id,
  pool: Id,
  amount: PositiveAmount,
});
/** Ask to withdraw stETH through the queue; above 1000 stETH it is split into several requests. */
export const LidoRequestWithdrawalSchema = v.strictObject({
  type: v.literal('LidoRequestWithdrawal'),
  holder: Id,
  pool: Id,
  amount: PositiveAmount,
});
/** Claim a finalized withdrawal request's ether. */
export const LidoClaimSchema = v.strictObject({
  type: v.literal('LidoClaim'),
  holder: Id,
  pool: Id,
  request: RequestId,
});

/** Deposit ETH into a Rocket-Pool-like deposit pool for rETH. */
export const RocketDepositSchema = v.strictObject({
  type: v.literal('RocketDeposit'),
  holder: Id,
  pool: Id,
  amount: PositiveAmount,
});
/** Burn rETH for ETH from the pool's liquidity. */
export const RocketBurnSchema = v.strictObject({
  type: v.literal('RocketBurn'),
  holder: Id,
  pool: Id,
  amount: PositiveAmount,
});
/** A node operator opens a minipool: a 16-ETH bond, or 8 ETH for an LEB8, matched from the deposit pool. */
export const RocketCreateMinipoolSchema = v.strictObject({
  type: v.literal('RocketCreateMinipool'),
  pool: Id,
  node: Id,
  minipool: Id,
  bond: v.picklist(['16', '8'], 'must be "16" (a 16-ETH minipool) or "8" (an LEB8)'),
});
/** The node asks its minipool's validator to exit. */
export const RocketExitMinipoolSchema = v.strictObject({
  type: v.literal('RocketExitMinipool'),
  pool: Id,
  minipool: Id,
});
/** The RPL price the oracle DAO reports changes (ETH per RPL). */
export const RocketSetRplPriceSchema = v.strictObject({
  type: v.literal('RocketSetRplPrice'),
  pool: Id,
  rplPriceEth: Amount,
});

export const liquidEventSchemas = [
  LidoSubmitSchema,
  LidoTransferSchema,
  LidoWrapSchema,
  LidoUnwrapSchema,
  LidoRequestWithdrawalSchema,
  LidoClaimSchema,
  RocketDepositSchema,
  RocketBurnSchema,
  RocketCreateMinipoolSchema,
  RocketExitMinipoolSchema,
  RocketSetRplPriceSchema,
] as const satisfies readonly v.GenericSchema[];

export type LiquidEvent = v.InferOutput<(typeof liquidEventSchemas)[number]>;
