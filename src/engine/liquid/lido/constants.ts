/** Lido's constants (a leaf: the message catalogue reads them too). */

/** Lido's DEPOSIT_SIZE: every deposit creates one 32-ETH validator (consensus-specs MAX_EFFECTIVE_BALANCE). */
export const DEPOSIT_SIZE = 32_000_000_000n;
