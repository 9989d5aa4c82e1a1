/** One clock for every model, in Ethereum epochs (consensus-specs phase0: 32 slots x 12 s = 384 s). */
export const SECONDS_PER_SLOT = 12;
export const SLOTS_PER_EPOCH = 32;
export const SECONDS_PER_EPOCH = SECONDS_PER_SLOT * SLOTS_PER_EPOCH; // 384
export const EPOCHS_PER_DAY = 225; // 86400 / 384
export const EPOCHS_PER_YEAR = 82_125; // 365 days of 225 epochs

/** EigenLayer counts delays in 12-second blocks: one slot, so 32 blocks per epoch. */
export const blocksToEpochs = (blocks: number): number => Math.ceil(blocks / SLOTS_PER_EPOCH);
export const daysToEpochs = (days: number): number => Math.round(days * EPOCHS_PER_DAY);
export const secondsToEpochs = (seconds: number): number => Math.ceil(seconds / SECONDS_PER_EPOCH);
