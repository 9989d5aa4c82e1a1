/**
 * Deposits: a deposit waits in ELE state.pending_deposits (its ETH in the `eth:deposits` account) until
 * process_pending_deposits applies it against the activation churn, once the block that carried it is finalized.
 * A deposit for a new key creates the validator; a deposit for a known one tops it up.
 */
import { RefusedEvent } from '../../errors';
import { formatEth } from '../../ledger/amount';
import { balanceOf, transfer } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { ETH } from '../../world';
import { activationExitChurnLimit } from './churn';
import {
  DEPOSIT_QUEUE_ACCOUNT,
  MAX_PENDING_DEPOSITS_PER_EPOCH,
  MIN_ACTIVATION_BALANCE,
  MIN_DEPOSIT_AMOUNT,
} from './constants';
import { accountName } from './describe';
import { initialEffectiveBalance } from './effectiveBalance';
import { finalizedEpoch } from './network';
import { validatorAccount, type Validator } from './state';
import { step } from './validatorMachine';

export interface NewValidator {
  id: string;
  /** Ledger account the deposit is taken from (ETH). */
  fromAccount: string;
  amount: bigint;
  withdrawalAccount: string;
  owner: string;
  operator: string;
  compounding?: boolean;
  /** Genesis validators start active at once instead of queueing for activation. */
  activeAtGenesis?: boolean;
  online?: boolean;
}

/** A validator record as it is before its first deposit is processed. */
export function newValidatorRecord(spec: NewValidator): Validator {
  return {
    id: spec.id,
    status: 'deposited',
    slashed: false,
    effectiveBalance: 0n,
    compounding: spec.compounding ?? false,
    online: spec.online ?? true,
    inactivityScore: 0,
    activationEpoch: null,
    exitEpoch: null,
    withdrawableEpoch: null,
    slashedEpoch: null,
    withdrawalAccount: spec.withdrawalAccount,
    owner: spec.owner,
    operator: spec.operator,
    activationEligibilityEpoch: null,
    genesis: false,
  };
}

/**
 * Deposits `spec.amount` from `spec.fromAccount` into validator `spec.id` (new, or a top-up of an existing
 * one); returns the trace step id. `activeAtGenesis` skips the queues (a validator that was already active).
 */
export function depositValidator(ctx: Ctx, spec: NewValidator, parent: number | null = null): number {
  const { world } = ctx;
  const state = world.ethereum;
  const have = balanceOf(world.ledger, ETH, spec.fromAccount);
  const from = accountName(world, spec.fromAccount);
  if (spec.amount < MIN_DEPOSIT_AMOUNT) {
    throw new RefusedEvent(`the deposit contract accepts deposits of at least 1 ETH; ${formatEth(spec.amount)} ETH is too little.`);
  }
  if (have < spec.amount) {
    throw new RefusedEvent(`${from} has only ${formatEth(have)} ETH and cannot deposit ${formatEth(spec.amount)} ETH; deposit less or fund ${from} first.`);
  }
  const existing = state.validators[spec.id];
  if (existing) {
    if (existing.exitEpoch !== null || existing.slashed) {
      throw new RefusedEvent(`${spec.id} is ${existing.slashed ? 'slashed and ' : ''}exiting; a top-up would only be paid back after it is withdrawable. Deposit into a new validator instead.`);
    }
    if (spec.activeAtGenesis) throw new RefusedEvent(`validator "${spec.id}" already exists; pick another id.`);
    const m = transfer(world.ledger, ETH, spec.fromAccount, DEPOSIT_QUEUE_ACCOUNT, spec.amount, 'deposit');
    state.pendingDeposits.push({ validator: spec.id, amount: spec.amount, epoch: world.epoch });
    return ctx.trace.step({
      kind: 'eth.deposit.topup',
      layer: 'chain',
      entities: [spec.id],
      amounts: { amount: spec.amount },
      movements: [m],
      parent,
      text: `${from} tops up ${spec.id} with ${formatEth(spec.amount)} ETH; the deposit waits in the deposit queue until it is finalized and fits in the activation churn.`,
    });
  }

  const v = newValidatorRecord(spec);
  if (spec.activeAtGenesis) {
    if (spec.amount < MIN_ACTIVATION_BALANCE) {
      throw new RefusedEvent(`a validator needs at least 32 ETH to be active; ${spec.id} would have ${formatEth(spec.amount)} ETH.`);
    }
    const m = transfer(world.ledger, ETH, spec.fromAccount, validatorAccount(spec.id), spec.amount, 'deposit');
    activateAtOnce(v, spec.amount, world.epoch);
    state.validators[spec.id] = v;
    state.order.push(spec.id);
    return ctx.trace.step({
      kind: 'eth.validator.genesis',
      layer: 'chain',
      entities: [spec.id, spec.owner],
      amounts: { amount: spec.amount },
      movements: [m],
      parent,
      text: `${spec.id} starts as an active validator with ${formatEth(spec.amount)} ETH from ${from}.`,
    });
  }
  const m = transfer(world.ledger, ETH, spec.fromAccount, DEPOSIT_QUEUE_ACCOUNT, spec.amount, 'deposit');
  state.validators[spec.id] = v;
  state.order.push(spec.id);
  state.pendingDeposits.push({ validator: spec.id, amount: spec.amount, epoch: world.epoch });
  const short = spec.amount < MIN_ACTIVATION_BALANCE
    ? ` It needs at least 32 ETH to be activated, so it will wait for a top-up of ${formatEth(MIN_ACTIVATION_BALANCE - spec.amount)} ETH.`
    : '';
  return ctx.trace.step({
    kind: 'eth.deposit',
    layer: 'chain',
    entities: [spec.id, spec.owner],
    amounts: { amount: spec.amount },
    movements: [m],
    parent,
    text: `${from} deposits ${formatEth(spec.amount)} ETH for a new validator ${spec.id}. The deposit waits in the deposit queue until its block is finalized and it fits in the activation churn.${short}`,
  });
}

/** A validator that is active from `epoch` on (genesis): registry entry, eligibility and activation at once. */
export function activateAtOnce(v: Validator, balance: bigint, epoch: number): void {
  step(v, { type: 'DEPOSIT_PROCESSED' });
  step(v, { type: 'ACTIVATE' });
  v.effectiveBalance = initialEffectiveBalance(balance, v.compounding);
  v.activationEligibilityEpoch = epoch;
  v.activationEpoch = epoch;
  v.genesis = true;
}

/** ELE process_pending_deposits, for the processing of epoch `epoch`. */
export function processPendingDeposits(ctx: Ctx, epoch: number, totalActive: bigint, parent: number): void {
  const { world } = ctx;
  const state = world.ethereum;
  if (state.pendingDeposits.length === 0) {
    state.depositBalanceToConsume = 0n;
    return;
  }
  const nextEpoch = epoch + 1;
  const available = state.depositBalanceToConsume + activationExitChurnLimit(totalActive);
  const finalized = finalizedEpoch(state, epoch);
  let processed = 0n;
  let next = 0;
  const postponed: typeof state.pendingDeposits = [];
  let churnReached = false;
  for (const d of state.pendingDeposits) {
    // Only finalized deposits are processed.
    if (d.epoch > finalized) break;
    if (next >= MAX_PENDING_DEPOSITS_PER_EPOCH) break;
    const v = state.validators[d.validator];
    const exited = v.exitEpoch !== null;
    const withdrawn = v.withdrawableEpoch !== null && v.withdrawableEpoch < nextEpoch;
    if (withdrawn) {
      // Will never be active: applied without consuming churn (and swept straight to the withdrawal address).
      applyDeposit(ctx, v, d.amount, parent);
    } else if (exited) {
      postponed.push(d);
    } else {
      churnReached = processed + d.amount > available;
      if (churnReached) break;
      processed += d.amount;
      applyDeposit(ctx, v, d.amount, parent);
    }
    next += 1;
  }
  state.pendingDeposits = [...state.pendingDeposits.slice(next), ...postponed];
  state.depositBalanceToConsume = churnReached ? available - processed : 0n;
}

/** ELE apply_pending_deposit: a new validator joins the registry; a known one is topped up. */
function applyDeposit(ctx: Ctx, v: Validator, amount: bigint, parent: number): void {
  const { world } = ctx;
  const m = transfer(world.ledger, ETH, DEPOSIT_QUEUE_ACCOUNT, validatorAccount(v.id), amount, 'deposit');
  if (v.status === 'deposited') {
    step(v, { type: 'DEPOSIT_PROCESSED' });
    v.effectiveBalance = initialEffectiveBalance(amount, v.compounding);
    const wait = v.effectiveBalance >= MIN_ACTIVATION_BALANCE
      ? 'and waits in the activation queue'
      : `but with ${formatEth(amount)} ETH it cannot be activated until it is topped up to 32 ETH`;
    ctx.trace.step({
      kind: 'eth.deposit.processed',
      layer: 'chain',
      entities: [v.id],
      amounts: { amount },
      movements: [m],
      parent,
      text: `${v.id}'s deposit of ${formatEth(amount)} ETH is processed: it joins the validator set ${wait}.`,
    });
    return;
  }
  const movements = [m];
  let sweep = '';
  if (v.status === 'withdrawn') {
    movements.push(transfer(world.ledger, ETH, validatorAccount(v.id), v.withdrawalAccount, amount, 'withdrawal'));
    sweep = ` ${v.id} is already withdrawn, so it goes straight on to ${accountName(world, v.withdrawalAccount)}.`;
  }
  ctx.trace.step({
    kind: 'eth.deposit.processed',
    layer: 'chain',
    entities: [v.id],
    amounts: { amount },
    movements,
    parent,
    text: `A top-up of ${formatEth(amount)} ETH reaches ${v.id}'s balance.${sweep}`,
  });
}
