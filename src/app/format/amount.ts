/**
 * The app's door to the one number policy (see ../../engine/ledger/display.ts, which the engine's narration uses
 * too, so cards, tables and sentences round alike).
 */
import { formatNumber } from '../../engine/ledger/display';

/** Every digit to the gwei, with separators: the inspector's and a figure's hover value. */
export const exactNumber = (units: bigint): string => formatNumber(units, { exact: true });

export { amountWithExact, formatAmount, formatNumber, type AmountOptions } from '../../engine/ledger/display';
