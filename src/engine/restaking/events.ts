/**
 * Events owned by the restaking model (EigenLayer's calls, the AVSs' slashes and vetoes, liquid restaking tokens,
 * and the shared-vault model's vault calls). Amounts are decimal token units; fractions "0.5" or "1/2".
 */
import * as v from 'valibot';
import { Amount, Fraction, Id, PositiveAmount, notReserved } from '../scenario/primitives';

const SetId = v.optional(
  v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative')),
  0,
);
const StrategyId = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, 'must be a strategy id like "beaconETH" or "stETH:lido"'),
  notReserved,
);

/** StrategyManager.depositIntoStrategy: tokens from a holder into a strategy, for deposit shares. */
export const RestakeDepositSchema = v.strictObject({
  type: v.literal('RestakeDeposit'),
  holder: Id,
  strategy: StrategyId,
  amount: PositiveAmount,
});
/** DelegationManager.delegateTo: all of a staker's shares to one operator. */
export const DelegateToSchema = v.strictObject({ type: v.literal('DelegateTo'), staker: Id, operator: Id });
/** DelegationManager.undelegate: queues a withdrawal of everything. */
export const UndelegateSchema = v.strictObject({ type: v.literal('Undelegate'), staker: Id });
/** DelegationManager.queueWithdrawals: `shares` deposit shares (all when omitted) of one strategy. */
export const QueueWithdrawalSchema = v.strictObject({
  type: v.literal('QueueWithdrawal'),
  staker: Id,
  strategy: StrategyId,
  shares: v.optional(PositiveAmount),
});
/** completeQueuedWithdrawal: one withdrawal by id, or every completable one of the staker. */
export const CompleteWithdrawalSchema = v.strictObject({
  type: v.literal('CompleteWithdrawal'),
  staker: Id,
  withdrawal: v.optional(Id),
});
/** EigenPod checkpoint: the pod's restaked balance follows its validators' beacon balances. */
export const PodCheckpointSchema = v.strictObject({ type: v.literal('PodCheckpoint'), staker: Id });
/** DelegationManager.registerAsOperator. */
export const RegisterOperatorSchema = v.strictObject({
  type: v.literal('RegisterOperator'),
  operator: Id,
  name: v.optional(v.pipe(v.string(), v.maxLength(80))),
  allocationDelayBlocks: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
});
export const RegisterForOperatorSetSchema = v.strictObject({
  type: v.literal('RegisterForOperatorSet'),
  operator: Id,
  avs: Id,
  set: SetId,
});
export const DeregisterFromOperatorSetSchema = v.strictObject({
  type: v.literal('DeregisterFromOperatorSet'),
  operator: Id,
  avs: Id,
  set: SetId,
});
/** AllocationManager.modifyAllocations: the new magnitude, as a fraction of the initial total magnitude (1 = 1e18). */
export const ModifyAllocationSchema = v.strictObject({
  type: v.literal('ModifyAllocation'),
  operator: Id,
  avs: Id,
  set: SetId,
  strategy: StrategyId,
  magnitude: Fraction,
});
/** AllocationManager.slashOperator, called by the AVS (through its veto window if it has one). */
export const SlashOperatorSchema = v.strictObject({
  type: v.literal('SlashOperator'),
  avs: Id,
  set: SetId,
  operator: Id,
  wad: Fraction,
  description: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
export const VetoSlashSchema = v.strictObject({ type: v.literal('VetoSlash'), request: Id });
export const LrtDepositSchema = v.strictObject({
  type: v.literal('LrtDeposit'),
  holder: Id,
  lrt: Id,
  amount: PositiveAmount,
});
export const LrtRedeemSchema = v.strictObject({
  type: v.literal('LrtRedeem'),
  holder: Id,
  lrt: Id,
  amount: PositiveAmount,
});
/** Symbiotic Vault.deposit / Vault.withdraw (the 'sharedVault' model). */
export const VaultDepositSchema = v.strictObject({
  type: v.literal('VaultDeposit'),
  holder: Id,
  vault: Id,
  amount: PositiveAmount,
});
export const VaultWithdrawSchema = v.strictObject({
  type: v.literal('VaultWithdraw'),
  holder: Id,
  vault: Id,
  amount: PositiveAmount,
});
/** NetworkRestakeDelegator.setNetworkLimit (by the vault curator). */
export const SetNetworkLimitSchema = v.strictObject({
  type: v.literal('SetNetworkLimit'),
  vault: Id,
  avs: Id,
  limit: Amount,
});
/** NetworkRestakeDelegator.setOperatorNetworkShares. */
export const SetOperatorNetworkSharesSchema = v.strictObject({
  type: v.literal('SetOperatorNetworkShares'),
  vault: Id,
  avs: Id,
  operator: Id,
  shares: Amount,
});

export const restakingEventSchemas = [
  RestakeDepositSchema,
  DelegateToSchema,
  UndelegateSchema,
  QueueWithdrawalSchema,
  CompleteWithdrawalSchema,
  PodCheckpointSchema,
  RegisterOperatorSchema,
  RegisterForOperatorSetSchema,
  DeregisterFromOperatorSetSchema,
  ModifyAllocationSchema,
  SlashOperatorSchema,
  VetoSlashSchema,
  LrtDepositSchema,
  LrtRedeemSchema,
  VaultDepositSchema,
  VaultWithdrawSchema,
  SetNetworkLimitSchema,
  SetOperatorNetworkSharesSchema,
] as const;

export type RestakingEvent = v.InferOutput<(typeof restakingEventSchemas)[number]>;
