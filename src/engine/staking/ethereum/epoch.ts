/**
 * The passage of time on the chain: ELE process_epoch for each epoch in [from, to), in the spec's order
 * (inactivity updates, rewards and penalties, registry updates, slashings, pending deposits, effective balance
 * updates, slashings reset), followed by the lifecycle transitions that fall due at the start of the next epoch.
 *
 * Fast path: most epochs are identical (no leak, every inactivity score 0, no deposit or activation waiting, no
 * validator changing state, no effective balance moving). A run of k such epochs gives every validator the same
 * reward and penalty each epoch, so it is applied at once: per-epoch deltas are computed once per
 * (effective balance, participating) group, and the run stops exactly at the first epoch at whose end some
 * validator's effective balance would move (hysteresis), at the next scheduled lifecycle epoch and at any
 * correlation-penalty epoch. The result is the same ledger, to the gwei, as stepping epoch by epoch
 * (test/unit/ethereum/fastPath.test.ts and test/property/ethereum-fastpath.test.ts prove it). Leak epochs, and
 * epochs after a leak while inactivity scores drain, always take the general path.
 *
 * Modelling choices (documented where a learner might look):
 * - epoch e's duties are settled by the processing of epoch e itself (the spec settles them one epoch later, at
 *   the same amounts);
 * - withdrawals: when a validator becomes withdrawable its whole balance is swept to its withdrawal account at
 *   once. There is no partial-withdrawal skim of a 0x01 validator's balance above 32 ETH: the excess stays in
 *   its balance (earning nothing, since the effective balance is capped) and is paid out at the full withdrawal;
 * - proposer and sync-committee rewards of tracked validators are not simulated (see rewards.ts);
 * - the trace has one summary step per time-advancing event (even when the clock stops at boundaries in between).
 */
import { burn, mint, transfer } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { ETH } from '../../world';
import { EFFECTIVE_BALANCE_INCREMENT, EJECTION_BALANCE, MIN_ACTIVATION_BALANCE } from './constants';
import { processPendingDeposits } from './deposits';
import { accountName } from './describe';
import { epochsUntilEffectiveBalanceMoves, updatedEffectiveBalance } from './effectiveBalance';
import { exitEpochFor } from './exits';
import { finalizedEpoch, isActive, isEligible, isInLeak, isParticipating } from './network';
import {
  baseRewardPerIncrement,
  epochDelta,
  nextInactivityScore,
  type EpochDelta,
  type Participation,
} from './rewards';
import { correlationEpoch, correlationPenalty, pruneSlashings, slashingsInWindow } from './slashing';
import { recordPenalty, recordReward, timeSummary, finishSummary, type TimeSummary } from './timeSummary';
import { validatorAccount, type EthereumState, type Validator } from './state';
import { stepValidator, tickValidator } from './validatorMachine';
import { say } from '../../messages/say';
import { validatorName } from '../../accountNames';

/** Runs epochs [world.epoch, to) of the chain. */
export function advanceChain(ctx: Ctx, to: number): void {
  const state = ctx.world.ethereum;
  let e = ctx.world.epoch;
  if (state.order.length === 0 || e >= to) return;
  const summary = timeSummary(ctx, e);
  while (e < to) {
    const k = uniformRunLength(ctx, e, to - e);
    if (k === 0) {
      processEpoch(ctx, e, summary);
      e += 1;
    } else {
      e += k;
    }
    enterEpoch(ctx, e, summary);
  }
  finishSummary(ctx, summary, to);
}

interface EpochTotals extends Participation {
  totalActive: bigint;
}

/** Totals the rewards need, for the epoch being processed. */
function participation(state: EthereumState, epoch: number): EpochTotals {
  let active = state.backgroundStake;
  let participating = state.backgroundStake;
  for (const id of state.order) {
    const v = state.validators[id];
    if (!isActive(v, epoch)) continue;
    active += v.effectiveBalance;
    if (v.online && !v.slashed) participating += v.effectiveBalance;
  }
  // get_total_active_balance and get_total_balance are at least one increment.
  if (active < EFFECTIVE_BALANCE_INCREMENT) active = EFFECTIVE_BALANCE_INCREMENT;
  if (participating < EFFECTIVE_BALANCE_INCREMENT) participating = EFFECTIVE_BALANCE_INCREMENT;
  return {
    baseRewardPerIncrement: baseRewardPerIncrement(active),
    participatingIncrements: participating / EFFECTIVE_BALANCE_INCREMENT,
    activeIncrements: active / EFFECTIVE_BALANCE_INCREMENT,
    inLeak: isInLeak(state, epoch),
    totalActive: active,
  };
}

function balances(ctx: Ctx): Map<string, bigint> {
  const book = ctx.world.ledger.assets[ETH];
  if (!book) {
    ctx.world.ledger.assets[ETH] = { initial: 0n, minted: 0n, burned: 0n, balances: new Map() };
    return ctx.world.ledger.assets[ETH].balances;
  }
  return book.balances;
}

/** Applies `times` epochs of one validator's delta to the ledger (times = 1 when stepping). */
function applyDelta(ctx: Ctx, v: Validator, d: EpochDelta, times: bigint, summary: TimeSummary): void {
  const { ledger } = ctx.world;
  const account = validatorAccount(v.id);
  if (d.reward > 0n) recordReward(summary, v.id, mint(ledger, ETH, account, d.reward * times, 'reward'));
  const penalties = d.penalty + d.inactivityPenalty;
  if (penalties === 0n) return;
  const have = balances(ctx).get(account) ?? 0n;
  // decrease_balance floors at zero; the fast path never reaches zero (it stops at the hysteresis threshold).
  const flag = d.penalty * times < have ? d.penalty * times : have;
  if (flag > 0n) recordPenalty(summary, v.id, burn(ledger, ETH, account, flag, 'penalty'), false);
  const left = have - flag;
  const inact = d.inactivityPenalty * times < left ? d.inactivityPenalty * times : left;
  if (inact > 0n) recordPenalty(summary, v.id, burn(ledger, ETH, account, inact, 'penalty:inactivity'), true);
}

/** ELE process_epoch for one epoch, the general (slow) path. */
export function processEpoch(ctx: Ctx, epoch: number, summary: TimeSummary): void {
  const state = ctx.world.ethereum;
  const p = participation(state, epoch);
  const validators = state.order.map((id) => state.validators[id]);

  // process_inactivity_updates, then process_rewards_and_penalties (which reads the updated scores).
  for (const v of validators) {
    if (!isEligible(v, epoch)) continue;
    v.inactivityScore = nextInactivityScore(v.inactivityScore, isParticipating(v, epoch), p.inLeak);
  }
  for (const v of validators) {
    if (!isEligible(v, epoch)) continue;
    applyDelta(ctx, v, epochDelta(v.effectiveBalance, isParticipating(v, epoch), v.inactivityScore, p), 1n, summary);
  }

  // process_registry_updates.
  const finalized = finalizedEpoch(state, epoch);
  for (const v of validators) {
    if (
      v.status === 'pending' &&
      v.activationEligibilityEpoch === null &&
      v.effectiveBalance >= MIN_ACTIVATION_BALANCE
    ) {
      v.activationEligibilityEpoch = epoch + 1;
    } else if (isActive(v, epoch) && v.effectiveBalance <= EJECTION_BALANCE && v.exitEpoch === null) {
      stepValidator(v, { type: 'INITIATE_EXIT', exitEpoch: exitEpochFor(state, v, epoch, p.totalActive) });
      ctx.trace.step({
        kind: 'eth.validator.ejected',
        layer: 'chain',
        entities: [v.id],
        amounts: { effectiveBalance: v.effectiveBalance },
        parent: summary.stepId,
        message: say('ethereum.validator.ejected', {
          validator: validatorName(ctx.world, v.id),
          effectiveBalance: v.effectiveBalance,
          exitEpoch: v.exitEpoch,
        }),
      });
    } else if (
      v.status === 'pending' &&
      v.activationEligibilityEpoch !== null &&
      v.activationEligibilityEpoch <= finalized &&
      v.activationEpoch === null
    ) {
      const activationEpoch = stepValidator(v, { type: 'SCHEDULE_ACTIVATION', epoch }).activationEpoch as number;
      ctx.trace.step({
        kind: 'eth.validator.activationScheduled',
        layer: 'chain',
        entities: [v.id],
        amounts: {},
        parent: summary.stepId,
        message: say('ethereum.validator.activationScheduled', {
          validator: validatorName(ctx.world, v.id),
          activationEpoch,
          epochsAway: activationEpoch - epoch,
        }),
      });
    }
  }

  // process_slashings: the correlation penalty, half-way through the slashings window.
  let sum: bigint | null = null;
  for (const v of validators) {
    if (correlationEpoch(v) !== epoch) continue;
    sum ??= slashingsInWindow(state, epoch);
    const penalty = correlationPenalty(sum, p.totalActive, v.effectiveBalance);
    const account = validatorAccount(v.id);
    const have = balances(ctx).get(account) ?? 0n;
    const paid = penalty < have ? penalty : have;
    const m = burn(ctx.world.ledger, ETH, account, paid, 'slash:correlation');
    const share = ((Number(sum) / Number(p.totalActive)) * 100).toPrecision(2);
    ctx.trace.step({
      kind: 'eth.slash.correlation',
      layer: 'chain',
      entities: [v.id],
      amounts: { penalty: paid, slashedInWindow: sum, totalActive: p.totalActive },
      movements: [m],
      parent: summary.stepId,
      message: say('ethereum.slash.correlation', { validator: validatorName(ctx.world, v.id), paid, sum, share }),
    });
  }

  processPendingDeposits(ctx, epoch, p.totalActive, summary.stepId);

  // process_effective_balance_updates (every registry validator), then process_slashings_reset.
  const book = balances(ctx);
  for (const v of validators) {
    if (v.status === 'deposited') continue;
    v.effectiveBalance = updatedEffectiveBalance(
      book.get(validatorAccount(v.id)) ?? 0n,
      v.effectiveBalance,
      v.compounding,
    );
  }
  pruneSlashings(state, epoch);
}

/**
 * How many identical epochs from `epoch` on can be applied at once (at most `max`), or 0 when `epoch` needs the
 * general path. When it returns k > 0 it has already applied those k epochs.
 */
function uniformRunLength(ctx: Ctx, epoch: number, max: number): number {
  const state = ctx.world.ethereum;
  if (state.finalityStalledSince !== null || state.pendingDeposits.length > 0) return 0;
  const validators = state.order.map((id) => state.validators[id]);
  let limit = max;
  for (const v of validators) {
    if (v.inactivityScore !== 0) return 0;
    if (v.status === 'pending') {
      // process_registry_updates would act on it this epoch.
      if (
        v.activationEligibilityEpoch === null
          ? v.effectiveBalance >= MIN_ACTIVATION_BALANCE
          : v.activationEpoch === null
      )
        return 0;
    }
    if (v.exitEpoch === null && v.effectiveBalance <= EJECTION_BALANCE && isActive(v, epoch)) return 0;
    const corr = correlationEpoch(v);
    if (corr !== null && corr >= epoch) {
      if (corr === epoch) return 0;
      limit = Math.min(limit, corr - epoch);
    }
    const a = v.activationEpoch;
    if (a !== null && a > epoch && a - epoch < limit) limit = a - epoch;
    const x = v.exitEpoch;
    if (x !== null && x > epoch && x - epoch < limit) limit = x - epoch;
    const w = v.withdrawableEpoch;
    if (w !== null && w > epoch && w - epoch < limit) limit = w - epoch;
    // A slashed validator stops being eligible for penalties one epoch before it is withdrawable.
    if (v.slashed && v.withdrawableEpoch !== null && v.withdrawableEpoch - 1 > epoch) {
      limit = Math.min(limit, v.withdrawableEpoch - 1 - epoch);
    }
  }
  if (limit <= 0) return 0;

  const p = participation(state, epoch);
  const book = balances(ctx);
  const deltas: [Map<bigint, EpochDelta>, Map<bigint, EpochDelta>] = [new Map(), new Map()];
  const perValidator: (EpochDelta | null)[] = new Array(validators.length);
  // Epochs until each validator's effective balance would move: only those at the run's end need the update.
  const moves = new Float64Array(validators.length);
  // Most validators share one effective balance: remember the last group looked up.
  let lastEb = -1n;
  let lastPart = false;
  let lastDelta: EpochDelta | null = null;
  for (let i = 0; i < validators.length; i++) {
    const v = validators[i];
    let d: EpochDelta | null = null;
    if (isEligible(v, epoch)) {
      const part = isParticipating(v, epoch);
      if (lastDelta !== null && v.effectiveBalance === lastEb && part === lastPart) d = lastDelta;
      else {
        const cache = deltas[part ? 1 : 0];
        d = cache.get(v.effectiveBalance) ?? null;
        if (!d) {
          d = epochDelta(v.effectiveBalance, part, 0, p);
          cache.set(v.effectiveBalance, d);
        }
        lastEb = v.effectiveBalance;
        lastPart = part;
        lastDelta = d;
      }
    }
    perValidator[i] = d;
    if (v.status === 'deposited') {
      moves[i] = Infinity;
      continue;
    }
    const net = d ? d.reward - d.penalty : 0n;
    const n = epochsUntilEffectiveBalanceMoves(
      book.get(validatorAccount(v.id)) ?? 0n,
      v.effectiveBalance,
      v.compounding,
      net,
    );
    moves[i] = n;
    if (n < limit) limit = n;
  }

  const times = BigInt(limit);
  const summary = timeSummary(ctx, epoch);
  for (let i = 0; i < validators.length; i++) {
    const d = perValidator[i];
    if (d) applyDelta(ctx, validators[i], d, times, summary);
  }
  // Only the run's last epoch can move an effective balance, and only for the validators whose threshold it is.
  for (let i = 0; i < validators.length; i++) {
    if (moves[i] !== limit) continue;
    const v = validators[i];
    v.effectiveBalance = updatedEffectiveBalance(
      book.get(validatorAccount(v.id)) ?? 0n,
      v.effectiveBalance,
      v.compounding,
    );
  }
  pruneSlashings(state, epoch + limit - 1);
  return limit;
}

/**
 * Lifecycle transitions that fall due at the start of `epoch`: the validator machine's tick (activation, exit,
 * withdrawability), then the sweep of a withdrawable validator's balance (WITHDRAW).
 */
export function enterEpoch(ctx: Ctx, epoch: number, summary: TimeSummary): void {
  const { world } = ctx;
  const state = world.ethereum;
  for (const id of state.order) {
    const v = state.validators[id];
    // A tick can only move a validator on one of its own dates (the clock stops at every one of them), so the
    // others are skipped without rebuilding their snapshots: a thousand validators stay cheap.
    if (v.activationEpoch !== epoch && v.exitEpoch !== epoch && v.withdrawableEpoch !== epoch) continue;
    if (!tickValidator(v, epoch)) continue;
    if (v.status === 'active') {
      ctx.trace.step({
        kind: 'eth.validator.active',
        layer: 'chain',
        entities: [id],
        amounts: { effectiveBalance: v.effectiveBalance },
        parent: summary.stepId,
        message: say('ethereum.validator.active', {
          id: validatorName(world, id),
          epoch,
          effectiveBalance: v.effectiveBalance,
        }),
      });
    } else if (v.status === 'exited') {
      ctx.trace.step({
        kind: 'eth.validator.exited',
        layer: 'chain',
        entities: [id],
        amounts: {},
        parent: summary.stepId,
        message: say('ethereum.validator.exited', {
          id: validatorName(world, id),
          epoch,
          withdrawableEpoch: v.withdrawableEpoch,
          slashed: v.slashed,
        }),
      });
    } else if (v.status === 'withdrawable') {
      const account = validatorAccount(id);
      const amount = balances(ctx).get(account) ?? 0n;
      const movements =
        amount > 0n ? [transfer(world.ledger, ETH, account, v.withdrawalAccount, amount, 'withdrawal')] : [];
      stepValidator(v, { type: 'WITHDRAW' });
      ctx.trace.step({
        kind: 'eth.validator.withdrawn',
        layer: 'chain',
        entities: [id, v.owner],
        amounts: { amount },
        movements,
        parent: summary.stepId,
        message: say('ethereum.validator.withdrawn', {
          id: validatorName(world, id),
          amount,
          withdrawalAccount: accountName(world, v.withdrawalAccount),
        }),
      });
    }
  }
}
