/**
 * Actively validated services (AVSs; "networks" in Symbiotic): what they are, what they pay, what it takes to
 * corrupt them and what they slash for. Stored in the restaking slice, next to the operators that serve them.
 */
import type { SlashRequestStatus } from './slashRequestMachine';

export const AVS_KINDS = [
  'data-availability',
  'oracle',
  'bridge',
  'sequencer',
  'coprocessor',
  'keeper',
  'rollup',
  'other',
] as const;
export type AvsKind = (typeof AVS_KINDS)[number];

/** RewardsCoordinator defaultOperatorSplitBips = 1000 (10%): eigenlayer-contracts docs/core/RewardsCoordinator.md. */
export const DEFAULT_OPERATOR_SPLIT_BIPS = 1000;

export interface OperatorSet {
  id: number;
  /** Strategies this set accepts. */
  strategies: string[];
  /** ELIP-006: slashed funds go here instead of being burned (never for native ETH). */
  redistributionRecipient: string | null;
}

export interface AvsRewards {
  /** The asset paid: 'ETH' (from the AVS's budget) or the AVS's own token (minted). */
  asset: string;
  /** Yearly rate on the ETH value of the stake the AVS sees, exact [num, den]. */
  annualRate: [bigint, bigint];
  /** How many AVS tokens are worth 1 ETH (for its own token), [num, den]; ignored for ETH. */
  tokensPerEth: [bigint, bigint];
  operatorSplitBips: number;
  /** Whether the asset is minted by the AVS (its own token) rather than paid from its account. */
  minted: boolean;
}

export interface SlashingCondition {
  /** A fault name from the fault catalogue (e.g. 'double-sign', 'downtime', 'avs-misbehaviour'). */
  fault: string;
  /** The fraction of the allocation slashed (WAD). */
  wad: bigint;
}

export interface Avs {
  id: string;
  name: string;
  kind: AvsKind;
  /** The AVS's treasury account (pays ETH rewards). */
  account: string;
  sets: Record<string, OperatorSet>;
  rewards: AvsRewards | null;
  /** Fraction of its stake an attacker needs to corrupt it (Durvasula and Roughgarden's α_j, section 2). */
  attackThreshold: [bigint, bigint];
  /** Profit from corruption in ETH gwei (Durvasula and Roughgarden's π_j, section 2). */
  profitFromCorruption: bigint;
  slashing: SlashingCondition[];
  /** Veto window in epochs; null: slashes execute at once. */
  vetoWindow: number | null;
}

export interface SlashRequest {
  id: string;
  avs: string;
  set: number;
  operator: string;
  wad: bigint;
  description: string;
  requestedEpoch: number;
  executeEpoch: number;
  status: SlashRequestStatus;
}

export const avsAccount = (avs: string): string => `avs:${avs}`;
