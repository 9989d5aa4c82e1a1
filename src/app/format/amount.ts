/**
 * The app's door to the one number policy (see ../../engine/ledger/display.ts, which the engine's narration uses
 * too, so cards, tables and sentences round alike).
 */
export { amountWithExact, formatAmount, formatNumber, type AmountOptions } from '../../engine/ledger/display';
