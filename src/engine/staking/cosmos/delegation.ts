/**
 * MsgDelegate, MsgUndelegate and MsgBeginRedelegate (x/staking keeper/delegation.go, msg_server.go): the share
 * math, the unbonding and redelegation entries, and their limits, each refusal saying what to do instead.
 */
import { RefusedEvent } from '../../errors';
import { balanceOf, transfer, type Movement } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { holderAccount, type World } from '../../world';
import {
  bond,
  delegationShares,
  getValidator,
  holderName,
  poolOf,
  recordTokens,
  requireHolder,
  unbondShares,
  withdrawRewards,
} from './chain';
import { truncateInt, ZERO, type Dec } from './dec';
import type { CosmosDelegate, CosmosRedelegate, CosmosUndelegate } from './events';
import { acceptsDelegations, sharesToUnbond, tokensForRemovedShares, tokenValue } from './shares';
import { UNBONDING_ACCOUNT, bondedAccount, type RedelegationEntry, type UnbondingEntry } from './state';
import { startRedelegation } from './redelegationMachine';
import { startUnbonding } from './unbondingMachine';
import { say } from '../../messages/say';

/** Traces rewards paid out automatically before a delegation changes (x/distribution's hook). */
function traceWithdrawal(ctx: Ctx, holder: string, validator: string, movements: Movement[], parent: number): void {
  if (!movements.length) return;
  const { world } = ctx;
  ctx.trace.step({
    kind: 'cosmos.rewards.withdraw',
    layer: 'chain',
    entities: [holder, validator],
    amounts: { amount: movements[0].amount },
    movements,
    parent,
    message: say('cosmos.rewards.autoWithdraw', {
      holder: holderName(world, holder),
      token: world.cosmos.token,
      amount: movements[0].amount,
      validator: world.cosmos.validators[validator].name,
    }),
  });
}

export function applyDelegate(ctx: Ctx, e: CosmosDelegate): void {
  const { world } = ctx;
  const token = world.cosmos.token;
  requireHolder(world, e.holder);
  const v = getValidator(world, e.validator);
  const name = holderName(world, e.holder);
  const have = balanceOf(world.ledger, token, holderAccount(e.holder));
  if (have < e.amount) {
    throw new RefusedEvent(
      say('cosmos.refused.delegateOverdraft', { delegator: name, token: world.cosmos.token, have, amount: e.amount }),
    );
  }
  if (!acceptsDelegations(poolOf(world, e.validator))) {
    throw new RefusedEvent(say('cosmos.refused.delegateToEmpty', { validator: v.name }));
  }
  const withdrawn = withdrawRewards(world, e.holder, e.validator, false);
  const { shares, movement } = bond(world, e.holder, e.validator, e.amount, holderAccount(e.holder), 'delegate');
  const id = ctx.trace.step({
    kind: 'cosmos.delegate',
    layer: 'chain',
    entities: [e.holder, e.validator],
    amounts: { amount: e.amount, shares: truncateInt(shares) },
    movements: [movement],
    message: say('cosmos.delegate', {
      delegator: name,
      token: world.cosmos.token,
      amount: e.amount,
      validator: v.name,
      shares: truncateInt(shares),
      validatorStatus: v.status,
    }),
  });
  traceWithdrawal(ctx, e.holder, e.validator, withdrawn, id);
}

/** The shares for unbonding `amount`, or a refusal naming what the delegation is worth. */
function sharesFor(world: World, holder: string, validator: string, amount: bigint): Dec {
  const v = world.cosmos.validators[validator];
  const own = delegationShares(world, validator, holder);
  const name = holderName(world, holder);
  if (own === ZERO) throw new RefusedEvent(say('cosmos.refused.delegation', { delegator: name, validator: v.name }));
  const pool = poolOf(world, validator);
  const shares = sharesToUnbond(pool, own, amount);
  const worth = tokenValue(pool, own);
  if (shares === null) {
    throw new RefusedEvent(
      say('cosmos.refused.delegationWorthUnbond', {
        delegator: name,
        validator: v.name,
        token: world.cosmos.token,
        worth,
      }),
    );
  }
  if (tokensForRemovedShares(pool, shares) === 0n) {
    throw new RefusedEvent(
      say('cosmos.refused.tooSmallUnbond', { token: world.cosmos.token, amount, validator: v.name }),
    );
  }
  return shares;
}

export function applyUndelegate(ctx: Ctx, e: CosmosUndelegate): void {
  const { world } = ctx;
  const c = world.cosmos;
  requireHolder(world, e.holder);
  const v = getValidator(world, e.validator);
  const name = holderName(world, e.holder);
  const shares = sharesFor(world, e.holder, e.validator, e.amount);
  const open = c.unbondings.filter(
    (u) => u.holder === e.holder && u.validator === e.validator && u.state !== 'completed',
  );
  if (open.length >= c.params.maxEntries) {
    const first = Math.min(...open.map((u) => u.completionEpoch));
    throw new RefusedEvent(
      say('cosmos.refused.alreadyUnbondingEntries', {
        delegator: name,
        openCount: open.length,
        validator: v.name,
        maxEntries: c.params.maxEntries,
        untilEpoch: first,
      }),
    );
  }
  const withdrawn = withdrawRewards(world, e.holder, e.validator, false);
  const tokens = unbondShares(world, e.holder, e.validator, shares);
  const movement = transfer(world.ledger, c.token, bondedAccount(e.validator), UNBONDING_ACCOUNT, tokens, 'unbond');
  recordTokens(world, e.validator);
  const started = startUnbonding(world.epoch, c.params.unbondingEpochs);
  const entry: UnbondingEntry = {
    id: c.nextEntryId++,
    holder: e.holder,
    validator: e.validator,
    creationEpoch: world.epoch,
    completionEpoch: started.completionEpoch,
    initialBalance: tokens,
    balance: tokens,
    state: started.state,
  };
  c.unbondings.push(entry);
  const id = ctx.trace.step({
    kind: 'cosmos.undelegate',
    layer: 'chain',
    entities: [e.holder, e.validator, `unbonding:${entry.id}`],
    amounts: { amount: tokens, shares: truncateInt(shares) },
    movements: [movement],
    message: say('cosmos.undelegate', {
      delegator: name,
      token: world.cosmos.token,
      tokens,
      validator: v.name,
      unbondingDays: c.params.unbondingDays,
      untilEpoch: entry.completionEpoch,
    }),
  });
  traceWithdrawal(ctx, e.holder, e.validator, withdrawn, id);
}

export function applyRedelegate(ctx: Ctx, e: CosmosRedelegate): void {
  const { world } = ctx;
  const c = world.cosmos;
  requireHolder(world, e.holder);
  const src = getValidator(world, e.from);
  const dst = getValidator(world, e.to);
  const name = holderName(world, e.holder);
  if (e.from === e.to)
    throw new RefusedEvent(say('cosmos.refused.redelegateItselfPick', { delegator: name, source: src.name }));
  const incoming = c.redelegations.find((r) => r.holder === e.holder && r.to === e.from && r.state === 'redelegating');
  if (incoming) {
    throw new RefusedEvent(
      say('cosmos.refused.stakeArrivedRedelegation', {
        delegator: name,
        source: src.name,
        unbondingDays: c.params.unbondingDays,
        untilEpoch: incoming.completionEpoch,
      }),
    );
  }
  const shares = sharesFor(world, e.holder, e.from, e.amount);
  const open = c.redelegations.filter(
    (r) => r.holder === e.holder && r.from === e.from && r.to === e.to && r.state === 'redelegating',
  );
  if (open.length >= c.params.maxEntries) {
    const first = Math.min(...open.map((r) => r.completionEpoch));
    throw new RefusedEvent(
      say('cosmos.refused.alreadyRedelegationsProgress', {
        delegator: name,
        openCount: open.length,
        source: src.name,
        destination: dst.name,
        maxEntries: c.params.maxEntries,
        untilEpoch: first,
      }),
    );
  }
  if (!acceptsDelegations(poolOf(world, e.to))) {
    throw new RefusedEvent(say('cosmos.refused.redelegateToEmpty', { destination: dst.name }));
  }
  const withdrawnSrc = withdrawRewards(world, e.holder, e.from, false);
  const withdrawnDst = withdrawRewards(world, e.holder, e.to, false);
  const tokens = unbondShares(world, e.holder, e.from, shares);
  const { shares: sharesDst, movement } = bond(world, e.holder, e.to, tokens, bondedAccount(e.from), 'redelegate');
  recordTokens(world, e.from);
  const started = startRedelegation(world.epoch, c.params.unbondingEpochs);
  const entry: RedelegationEntry = {
    id: c.nextEntryId++,
    holder: e.holder,
    from: e.from,
    to: e.to,
    creationEpoch: world.epoch,
    completionEpoch: started.completionEpoch,
    initialBalance: tokens,
    sharesDst,
    state: started.state,
  };
  c.redelegations.push(entry);
  const id = ctx.trace.step({
    kind: 'cosmos.redelegate',
    layer: 'chain',
    entities: [e.holder, e.from, e.to, `redelegation:${entry.id}`],
    amounts: { amount: tokens, sharesDst: truncateInt(sharesDst) },
    movements: [movement],
    message: say('cosmos.redelegate', {
      delegator: name,
      token: world.cosmos.token,
      tokens,
      source: src.name,
      destination: dst.name,
      unbondingDays: c.params.unbondingDays,
      untilEpoch: entry.completionEpoch,
    }),
  });
  traceWithdrawal(ctx, e.holder, e.from, withdrawnSrc, id);
  traceWithdrawal(ctx, e.holder, e.to, withdrawnDst, id);
}

/** What a holder's delegation to a validator is worth now, in whole units (truncated, as the SDK pays). */
export function delegationValue(world: World, validator: string, holder: string): bigint {
  return tokenValue(poolOf(world, validator), delegationShares(world, validator, holder));
}
