/**
 * EigenLayer's delays (ELIP-002; eigenlayer-contracts docs/core/DelegationManager.md, docs/core/AllocationManager.md,
 * script/configs/mainnet.json), converted from 12-second blocks to the engine's epochs (32 blocks per epoch).
 */
import { blocksToEpochs, daysToEpochs } from '../time';

/** MIN_WITHDRAWAL_DELAY_BLOCKS = 100800 (~14 days). */
export const MIN_WITHDRAWAL_DELAY_BLOCKS = 100_800;
/** DEALLOCATION_DELAY = 100800 blocks; a slashable deallocation takes effect at now + DEALLOCATION_DELAY + 1. */
export const DEALLOCATION_DELAY_BLOCKS = 100_800;

export const WITHDRAWAL_DELAY_EPOCHS = blocksToEpochs(MIN_WITHDRAWAL_DELAY_BLOCKS); // 3150
export const DEALLOCATION_EFFECT_EPOCHS = blocksToEpochs(DEALLOCATION_DELAY_BLOCKS + 1); // 3151
/** How long a deregistered operator stays slashable (AllocationManager `slashableUntil`). */
export const DEREGISTRATION_SLASHABLE_EPOCHS = blocksToEpochs(DEALLOCATION_DELAY_BLOCKS);

/** RewardsCoordinator CALCULATION_INTERVAL_SECONDS = 604800 (7 days): rewards are paid weekly. */
export const REWARD_INTERVAL_EPOCHS = daysToEpochs(7);
