/** Events owned by the markets model: swaps and lending. (The Fault event is the faults model's: faults/events.ts.) */
import * as v from 'valibot';
import { AssetId, PositiveAmount, Id } from '../scenario/primitives';

export const SwapSchema = v.strictObject({
  type: v.literal('Swap'),
  holder: Id,
  pool: Id,
  /** The asset sold: the pool's token or 'ETH'. */
  sell: AssetId,
  amount: PositiveAmount,
});

const lending = <T extends string>(type: T) =>
  v.strictObject({
    type: v.literal(type),
    holder: Id,
    market: Id,
    asset: AssetId,
    /** Defaults to "<holder>/<asset>". */
    position: v.optional(v.string()),
    amount: PositiveAmount,
  });

/** Deposit collateral. */
export const SupplySchema = lending('Supply');
/** Borrow ETH against the position's collateral (up to its LTV). */
export const BorrowSchema = lending('Borrow');
/** Repay ETH debt. */
export const RepaySchema = lending('Repay');
/** Take collateral back (only while the position stays within its LTV). */
export const WithdrawSchema = lending('Withdraw');

export const marketsEventSchemas = [
  SwapSchema,
  SupplySchema,
  BorrowSchema,
  RepaySchema,
  WithdrawSchema,
] as const satisfies readonly v.GenericSchema[];

export type SwapEvent = v.InferOutput<typeof SwapSchema>;
export type LendingEvent =
  | v.InferOutput<typeof SupplySchema>
  | v.InferOutput<typeof BorrowSchema>
  | v.InferOutput<typeof RepaySchema>
  | v.InferOutput<typeof WithdrawSchema>;
