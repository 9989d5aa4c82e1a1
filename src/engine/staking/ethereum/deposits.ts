/**
 * Deposits: a deposit waits in ELE state.pending_deposits (its ETH in the `eth:deposits` account) until
 * process_pending_deposits applies it against the activation churn, once the block that carried it is finalized.
 * A deposit for a new key creates the validator; a deposit for a known one tops it up.
 */
import { EngineError, RefusedEvent } from '../../errors';
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
import { stepValidator, tickValidator } from './validatorMachine';
import { say, type EngineMessage } from '../../messages/say';
import { validatorName } from '../../accountNames';

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
/**
 * Whether a deposit to an existing validator still tops it up: not once it is exiting or slashed (its balance is
 * only paid back after it is withdrawable). The app's drop planner asks this before offering a top-up.
 */
export function acceptsTopUp(v: Pick<Validator, 'exitEpoch' | 'slashed'>): boolean {
  return v.exitEpoch === null && !v.slashed;
}

export function depositValidator(ctx: Ctx, spec: NewValidator, parent: number | null = null): number {
  const { world } = ctx;
  const state = world.ethereum;
  const have = balanceOf(world.ledger, ETH, spec.fromAccount);
  const from = accountName(world, spec.fromAccount);
  if (spec.amount < MIN_DEPOSIT_AMOUNT) {
    throw new RefusedEvent(say('ethereum.refused.depositTooSmall', { amount: spec.amount }));
  }
  if (have < spec.amount) {
    throw new RefusedEvent(say('ethereum.refused.depositOverdraft', { from, have, amount: spec.amount }));
  }
  const existing = state.validators[spec.id];
  if (existing) {
    if (!acceptsTopUp(existing)) {
      throw new RefusedEvent(say('ethereum.refused.topUpExiting', { id: spec.id, slashed: existing.slashed }));
    }
    if (spec.activeAtGenesis) throw new RefusedEvent(say('ethereum.refused.validatorExists', { id: spec.id }));
    const m = transfer(world.ledger, ETH, spec.fromAccount, DEPOSIT_QUEUE_ACCOUNT, spec.amount, 'deposit');
    state.pendingDeposits.push({ validator: spec.id, amount: spec.amount, epoch: world.epoch });
    return ctx.trace.step({
      kind: 'eth.deposit.topup',
      layer: 'chain',
      entities: [spec.id],
      amounts: { amount: spec.amount },
      movements: [m],
      parent,
      message: say('ethereum.deposit.topup', { from, id: validatorName(world, spec.id), amount: spec.amount }),
    });
  }

  const v = newValidatorRecord(spec);
  if (spec.activeAtGenesis) {
    if (spec.amount < MIN_ACTIVATION_BALANCE) {
      throw new RefusedEvent(say('ethereum.refused.genesisBelow32', { id: spec.id, amount: spec.amount }));
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
      message: say('ethereum.validator.genesis', { id: validatorName(world, spec.id), amount: spec.amount, from }),
    });
  }
  const m = transfer(world.ledger, ETH, spec.fromAccount, DEPOSIT_QUEUE_ACCOUNT, spec.amount, 'deposit');
  state.validators[spec.id] = v;
  state.order.push(spec.id);
  state.pendingDeposits.push({ validator: spec.id, amount: spec.amount, epoch: world.epoch });
  return ctx.trace.step({
    kind: 'eth.deposit',
    layer: 'chain',
    entities: [spec.id, spec.owner],
    amounts: { amount: spec.amount },
    movements: [m],
    parent,
    message: say('ethereum.deposit', {
      from,
      amount: spec.amount,
      id: validatorName(world, spec.id),
      shortBy: spec.amount < MIN_ACTIVATION_BALANCE ? MIN_ACTIVATION_BALANCE - spec.amount : 0n,
    }),
  });
}

/** A validator that is active from `epoch` on (genesis): registry entry, eligibility and activation at once. */
export function activateAtOnce(v: Validator, balance: bigint, epoch: number): void {
  stepValidator(v, { type: 'DEPOSIT_PROCESSED' });
  // Genesis data, as a scenario records a validator that was already active: the machine's activation date.
  v.activationEligibilityEpoch = epoch;
  v.activationEpoch = epoch;
  v.genesis = true;
  if (!tickValidator(v, epoch)) throw new EngineError(`validator ${v.id}: not active at its genesis epoch`);
  v.effectiveBalance = initialEffectiveBalance(balance, v.compounding);
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
    stepValidator(v, { type: 'DEPOSIT_PROCESSED' });
    v.effectiveBalance = initialEffectiveBalance(amount, v.compounding);
    ctx.trace.step({
      kind: 'eth.deposit.processed',
      layer: 'chain',
      entities: [v.id],
      amounts: { amount },
      movements: [m],
      parent,
      message: say('ethereum.deposit.processed', {
        validator: validatorName(world, v.id),
        amount,
        activatable: v.effectiveBalance >= MIN_ACTIVATION_BALANCE,
      }),
    });
    return;
  }
  const movements = [m];
  let sweptTo: string | EngineMessage | null = null;
  if (v.status === 'withdrawn') {
    movements.push(transfer(world.ledger, ETH, validatorAccount(v.id), v.withdrawalAccount, amount, 'withdrawal'));
    sweptTo = accountName(world, v.withdrawalAccount);
  }
  ctx.trace.step({
    kind: 'eth.deposit.processed',
    layer: 'chain',
    entities: [v.id],
    amounts: { amount },
    movements,
    parent,
    message: say('ethereum.deposit.topupProcessed', { amount, validator: validatorName(world, v.id), sweptTo }),
  });
}
