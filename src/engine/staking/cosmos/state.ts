/**
 * The Cosmos-like chain's slice of the world (x/staking + x/slashing + x/distribution, simplified to what a
 * learner sees). Value lives in the ledger, in the chain's own asset (default ATOM, 1e-9 units):
 *
 * | account                              | holds                                                         |
 * |--------------------------------------|---------------------------------------------------------------|
 * | `cosmos:validator:<id>:bonded`       | the validator's tokens (`validator.Tokens`): self-bond + delegations, after slashes |
 * | `cosmos:unbonding`                   | every unbonding entry's remaining balance (sum of `balance`)  |
 * | `cosmos:rewards:<validator>:<holder>`| a delegator's accrued, not yet withdrawn staking rewards      |
 * | `cosmos:commission:<validator>`      | the operator's accrued, not yet withdrawn commission          |
 * | `cosmos:community-pool`              | community tax and every rounding remainder of the reward split |
 *
 * Shares are not value: they are `Dec`s (value × 1e18, as sdk.LegacyDec) kept here, never in the ledger.
 */
import type { Dec } from './dec';
import { makeParams, type CosmosParams } from './params';
import { record } from '../../records';

/** The validator's bond state: the state value of validatorMachine.ts. */
export type ValidatorBondState = 'bonded' | 'jailed' | 'tombstoned';
/** An unbonding entry's state: the state value of unbondingMachine.ts. */
export type UnbondingState = 'unbonding' | 'matured' | 'completed';
/** A redelegation entry's state: the state value of redelegationMachine.ts. */
export type RedelegationState = 'redelegating' | 'matured';

export interface Commission {
  rate: Dec;
  maxRate: Dec;
  maxChangeRate: Dec;
  /** Epoch of the last change (creation counts), for the once-per-24-hours rule. */
  updateEpoch: number;
}

/** validator.Tokens recorded after the changes of one epoch; genesis is recorded at epoch -1. */
export interface TokensRecord {
  epoch: number;
  tokens: bigint;
}

export interface CosmosValidator {
  id: string;
  name: string;
  /** The holder who runs it: its self-delegation and its commission belong to them. */
  operator: string;
  status: ValidatorBondState;
  /** validator.DelegatorShares: the sum of every delegation's shares. */
  delegatorShares: Dec;
  commission: Commission;
  /** Jailed until this epoch (downtime); null when not jailed or tombstoned (jailed forever). */
  jailedUntil: number | null;
  /** Token history for "power at the infraction" (kept one unbonding period back). */
  tokensHistory: TokensRecord[];
}

export interface UnbondingEntry {
  id: number;
  holder: string;
  validator: string;
  creationEpoch: number;
  completionEpoch: number;
  initialBalance: bigint;
  /** What the holder will receive: initialBalance minus slashes. */
  balance: bigint;
  state: UnbondingState;
}

export interface RedelegationEntry {
  id: number;
  holder: string;
  from: string;
  to: string;
  creationEpoch: number;
  completionEpoch: number;
  /** Tokens that left the source validator. */
  initialBalance: bigint;
  /** Shares the move created at the destination (slashed there if the source misbehaved earlier). */
  sharesDst: Dec;
  state: RedelegationState;
}

export interface CosmosState {
  /** The chain's staking asset (ledger asset id). */
  token: string;
  params: CosmosParams;
  validators: Record<string, CosmosValidator>;
  /** Validator ids in creation order (the order every loop runs in). */
  order: string[];
  /** delegations[validator][holder] = shares (Dec). A delegation with zero shares is removed, as x/staking does. */
  delegations: Record<string, Record<string, Dec>>;
  unbondings: UnbondingEntry[];
  redelegations: RedelegationEntry[];
  nextEntryId: number;
}

export function createCosmosState(): CosmosState {
  return {
    token: 'ATOM',
    params: makeParams(),
    validators: record(),
    order: [],
    delegations: record(),
    unbondings: [],
    redelegations: [],
    nextEntryId: 0,
  };
}

export const bondedAccount = (validator: string): string => `cosmos:validator:${validator}:bonded`;
export const UNBONDING_ACCOUNT = 'cosmos:unbonding';
export const rewardsAccount = (validator: string, holder: string): string => `cosmos:rewards:${validator}:${holder}`;
export const commissionAccount = (validator: string): string => `cosmos:commission:${validator}`;
export const COMMUNITY_POOL = 'cosmos:community-pool';
