/**
 * Altair+ attestation accounting (ALT get_base_reward_per_increment, get_flag_index_deltas,
 * process_inactivity_updates; BEL get_inactivity_penalty_deltas), as pure integer functions.
 *
 * Proposer and sync-committee rewards of tracked validators are NOT simulated: they are lotteries (one proposal
 * per validator every ~2 months at mainnet size) worth 8/64 and 2/64 of the issuance. A tracked validator earns
 * exactly the three attestation flags, 54/64 of a base reward per epoch at full participation, spec-faithfully.
 */
import {
  BASE_REWARD_FACTOR,
  EFFECTIVE_BALANCE_INCREMENT,
  INACTIVITY_PENALTY_QUOTIENT_BELLATRIX,
  INACTIVITY_SCORE_BIAS,
  INACTIVITY_SCORE_RECOVERY_RATE,
  PARTICIPATION_FLAG_WEIGHTS,
  TIMELY_SOURCE_WEIGHT,
  TIMELY_TARGET_WEIGHT,
  WEIGHT_DENOMINATOR,
} from './constants';
import { isqrt } from '../../ledger/amount';

/** ALT get_base_reward_per_increment: 1 ETH * 64 // isqrt(total active balance in gwei). */
export function baseRewardPerIncrement(totalActiveBalance: bigint): bigint {
  return (EFFECTIVE_BALANCE_INCREMENT * BASE_REWARD_FACTOR) / isqrt(totalActiveBalance);
}

/** ALT get_base_reward: increments of effective balance times the per-increment reward. */
export function baseReward(effectiveBalance: bigint, perIncrement: bigint): bigint {
  return (effectiveBalance / EFFECTIVE_BALANCE_INCREMENT) * perIncrement;
}

/** What one epoch of attestation accounting does to one eligible validator. */
export interface EpochDelta {
  reward: bigint;
  /** Source and target flag penalties. */
  penalty: bigint;
  /** The inactivity penalty (non-zero only while the validator's inactivity score is). */
  inactivityPenalty: bigint;
}

export interface Participation {
  baseRewardPerIncrement: bigint;
  /** Unslashed participating balance // 1 ETH (the same for the three flags: online validators hit all three). */
  participatingIncrements: bigint;
  /** Total active balance // 1 ETH. */
  activeIncrements: bigint;
  inLeak: boolean;
}

/**
 * ALT get_flag_index_deltas for the three flags plus BEL get_inactivity_penalty_deltas. A participant is an
 * unslashed, active, online validator (it hits source, target and head); any other eligible validator is a
 * non-participant: it pays source and target (never head) and, when its score is non-zero, the inactivity penalty.
 */
export function epochDelta(
  effectiveBalance: bigint,
  participating: boolean,
  inactivityScore: number,
  p: Participation,
): EpochDelta {
  const br = baseReward(effectiveBalance, p.baseRewardPerIncrement);
  let reward = 0n;
  let penalty = 0n;
  let inactivityPenalty = 0n;
  if (participating) {
    if (!p.inLeak) {
      const denominator = p.activeIncrements * WEIGHT_DENOMINATOR;
      for (const w of PARTICIPATION_FLAG_WEIGHTS) reward += (br * w * p.participatingIncrements) / denominator;
    }
  } else {
    penalty = (br * TIMELY_SOURCE_WEIGHT) / WEIGHT_DENOMINATOR + (br * TIMELY_TARGET_WEIGHT) / WEIGHT_DENOMINATOR;
    if (inactivityScore > 0) inactivityPenalty = inactivityPenaltyOf(effectiveBalance, inactivityScore);
  }
  return { reward, penalty, inactivityPenalty };
}

/** BEL get_inactivity_penalty_deltas: eb * score // (INACTIVITY_SCORE_BIAS * 2^24). */
export function inactivityPenaltyOf(effectiveBalance: bigint, inactivityScore: number): bigint {
  return (
    (effectiveBalance * BigInt(inactivityScore)) /
    (BigInt(INACTIVITY_SCORE_BIAS) * INACTIVITY_PENALTY_QUOTIENT_BELLATRIX)
  );
}

/** ALT process_inactivity_updates for one eligible validator. */
export function nextInactivityScore(score: number, hitTarget: boolean, inLeak: boolean): number {
  let s = hitTarget ? score - Math.min(1, score) : score + INACTIVITY_SCORE_BIAS;
  if (!inLeak) s -= Math.min(INACTIVITY_SCORE_RECOVERY_RATE, s);
  return s;
}
