/**
 * Electra consensus constants (ethereum/consensus-specs; each constant names its fork and file).
 * Balances are in gwei. P0 = specs/phase0/beacon-chain.md, ALT = specs/altair/beacon-chain.md,
 * BEL = specs/bellatrix/beacon-chain.md, ELE = specs/electra/beacon-chain.md.
 */
import { GWEI_PER_ETH } from '../../ledger/amount';

/** P0: EFFECTIVE_BALANCE_INCREMENT = 2^0 * 10^9 gwei. */
export const EFFECTIVE_BALANCE_INCREMENT = GWEI_PER_ETH;
/** ELE: MIN_ACTIVATION_BALANCE = 32 ETH (also the max effective balance of 0x01 credentials). */
export const MIN_ACTIVATION_BALANCE = 32n * GWEI_PER_ETH;
/** ELE: MAX_EFFECTIVE_BALANCE_ELECTRA = 2048 ETH (0x02 compounding credentials). */
export const MAX_EFFECTIVE_BALANCE_ELECTRA = 2048n * GWEI_PER_ETH;
/** P0: EJECTION_BALANCE = 16 ETH (config). */
export const EJECTION_BALANCE = 16n * GWEI_PER_ETH;
/** P0 deposit contract: the smallest deposit accepted, 1 ETH (MIN_DEPOSIT_AMOUNT). */
export const MIN_DEPOSIT_AMOUNT = GWEI_PER_ETH;

/** P0: HYSTERESIS_QUOTIENT = 4, HYSTERESIS_DOWNWARD_MULTIPLIER = 1, HYSTERESIS_UPWARD_MULTIPLIER = 5. */
export const HYSTERESIS_QUOTIENT = 4n;
export const HYSTERESIS_DOWNWARD_MULTIPLIER = 1n;
export const HYSTERESIS_UPWARD_MULTIPLIER = 5n;
const HYSTERESIS_INCREMENT = EFFECTIVE_BALANCE_INCREMENT / HYSTERESIS_QUOTIENT;
/** P0 process_effective_balance_updates: 0.25 ETH below and 1.25 ETH above. */
export const DOWNWARD_THRESHOLD = HYSTERESIS_INCREMENT * HYSTERESIS_DOWNWARD_MULTIPLIER;
export const UPWARD_THRESHOLD = HYSTERESIS_INCREMENT * HYSTERESIS_UPWARD_MULTIPLIER;

/** P0: BASE_REWARD_FACTOR = 64. */
export const BASE_REWARD_FACTOR = 64n;
/** ALT: TIMELY_SOURCE_WEIGHT, TIMELY_TARGET_WEIGHT, TIMELY_HEAD_WEIGHT. */
export const TIMELY_SOURCE_WEIGHT = 14n;
export const TIMELY_TARGET_WEIGHT = 26n;
export const TIMELY_HEAD_WEIGHT = 14n;
/** ALT: PROPOSER_WEIGHT = 8, WEIGHT_DENOMINATOR = 64 (SYNC_REWARD_WEIGHT = 2, the sync committee's, is not simulated). */
export const PROPOSER_WEIGHT = 8n;
export const WEIGHT_DENOMINATOR = 64n;
/** The three attestation flags in the order ALT's PARTICIPATION_FLAG_WEIGHTS lists them. */
export const PARTICIPATION_FLAG_WEIGHTS = [TIMELY_SOURCE_WEIGHT, TIMELY_TARGET_WEIGHT, TIMELY_HEAD_WEIGHT] as const;

/** ALT: INACTIVITY_SCORE_BIAS = 4 (config). */
export const INACTIVITY_SCORE_BIAS = 4;
/** ALT: INACTIVITY_SCORE_RECOVERY_RATE = 16 (config). */
export const INACTIVITY_SCORE_RECOVERY_RATE = 16;
/** P0: MIN_EPOCHS_TO_INACTIVITY_PENALTY = 4. */
export const MIN_EPOCHS_TO_INACTIVITY_PENALTY = 4;
/** BEL: INACTIVITY_PENALTY_QUOTIENT_BELLATRIX = 2^24 (still used by Electra). */
export const INACTIVITY_PENALTY_QUOTIENT_BELLATRIX = 2n ** 24n;

/** ELE: MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA = 4096. */
export const MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA = 4096n;
/** ELE: WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA = 4096. */
export const WHISTLEBLOWER_REWARD_QUOTIENT_ELECTRA = 4096n;
/** BEL: PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX = 3 (ELE process_slashings still uses it). */
export const PROPORTIONAL_SLASHING_MULTIPLIER_BELLATRIX = 3n;
/** P0: EPOCHS_PER_SLASHINGS_VECTOR = 8192. */
export const EPOCHS_PER_SLASHINGS_VECTOR = 8192;

/** P0 (config): MIN_VALIDATOR_WITHDRAWABILITY_DELAY = 256 epochs. */
export const MIN_VALIDATOR_WITHDRAWABILITY_DELAY = 256;
/** P0 (config): SHARD_COMMITTEE_PERIOD = 256 epochs active before a voluntary exit. */
export const SHARD_COMMITTEE_PERIOD = 256;
/** P0: MAX_SEED_LOOKAHEAD = 4; activations and exits take effect at epoch + 1 + 4. */
export const MAX_SEED_LOOKAHEAD = 4;

/** ELE (config): MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA = 128 ETH. */
export const MIN_PER_EPOCH_CHURN_LIMIT_ELECTRA = 128n * GWEI_PER_ETH;
/** ELE (config): MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT = 256 ETH. */
export const MAX_PER_EPOCH_ACTIVATION_EXIT_CHURN_LIMIT = 256n * GWEI_PER_ETH;
/** P0 (config): CHURN_LIMIT_QUOTIENT = 2^16. */
export const CHURN_LIMIT_QUOTIENT = 65_536n;
/** ELE: MAX_PENDING_DEPOSITS_PER_EPOCH = 16. */
export const MAX_PENDING_DEPOSITS_PER_EPOCH = 16;

/** The rest of mainnet's active stake when a scenario does not say (illustrative 34M ETH, near mainnet's). */
export const DEFAULT_BACKGROUND_STAKE_ETH = '34000000';

/** Ledger accounts of the chain itself. */
export const PROPOSER_ACCOUNT = 'eth:proposer';
/** Deposits wait here (as in the deposit contract) until process_pending_deposits applies them. */
export const DEPOSIT_QUEUE_ACCOUNT = 'eth:deposits';
