/**
 * MsgDelegate, MsgUndelegate and MsgBeginRedelegate (x/staking keeper/delegation.go, msg_server.go): the share
 * math, the unbonding and redelegation entries, and their limits, each refusal saying what to do instead.
 */
import { RefusedEvent } from '../../errors';
import { balanceOf, transfer, type Movement } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { EPOCHS_PER_DAY } from '../../time';
import { holderAccount, type World } from '../../world';
import {
  bond,
  delegationShares,
  fmt,
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

const shareText = (shares: Dec): string => fmt0(truncateInt(shares));
const fmt0 = (units: bigint): string => {
  // shares are counted in the same 1e-9 units as tokens; show them like an amount without a symbol
  const whole = units / 1_000_000_000n;
  const frac = (units % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return `${whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
};
const dayOf = (epoch: number): string => `day ${Math.floor(epoch / EPOCHS_PER_DAY)}, epoch ${epoch}`;

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
    text: `As always when a delegation changes, ${holderName(world, holder)}'s ${fmt(world, movements[0].amount)} of accrued rewards from ${world.cosmos.validators[validator].name} are paid to their wallet.`,
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
    throw new RefusedEvent(`${name} has only ${fmt(world, have)} and cannot delegate ${fmt(world, e.amount)}; delegate at most ${fmt(world, have)}`);
  }
  if (!acceptsDelegations(poolOf(world, e.validator))) {
    throw new RefusedEvent(`${v.name} has no tokens left behind its shares (it was slashed to zero), so a delegation would be worthless; delegate to another validator`);
  }
  const withdrawn = withdrawRewards(world, e.holder, e.validator, false);
  const { shares, movement } = bond(world, e.holder, e.validator, e.amount, holderAccount(e.holder), 'delegate');
  const id = ctx.trace.step({
    kind: 'cosmos.delegate',
    layer: 'chain',
    entities: [e.holder, e.validator],
    amounts: { amount: e.amount, shares: truncateInt(shares) },
    movements: [movement],
    text: `${name} delegates ${fmt(world, e.amount)} to ${v.name} and receives ${shareText(shares)} shares of its stake${v.status === 'bonded' ? '' : ` (note: ${v.name} is ${v.status} and earns nothing until it is bonded again)`}.`,
  });
  traceWithdrawal(ctx, e.holder, e.validator, withdrawn, id);
}

/** The shares for unbonding `amount`, or a refusal naming what the delegation is worth. */
function sharesFor(world: World, holder: string, validator: string, amount: bigint): Dec {
  const v = world.cosmos.validators[validator];
  const own = delegationShares(world, validator, holder);
  const name = holderName(world, holder);
  if (own === ZERO) throw new RefusedEvent(`${name} has no delegation to ${v.name}`);
  const pool = poolOf(world, validator);
  const shares = sharesToUnbond(pool, own, amount);
  const worth = tokenValue(pool, own);
  if (shares === null) {
    throw new RefusedEvent(`${name}'s delegation to ${v.name} is worth only ${fmt(world, worth)}; unbond at most that`);
  }
  if (tokensForRemovedShares(pool, shares) === 0n) {
    throw new RefusedEvent(`${fmt(world, amount)} is too small to unbond from ${v.name}: it is worth less than the smallest unit`);
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
  const open = c.unbondings.filter((u) => u.holder === e.holder && u.validator === e.validator && u.state !== 'completed');
  if (open.length >= c.params.maxEntries) {
    const first = Math.min(...open.map((u) => u.completionEpoch));
    throw new RefusedEvent(`${name} already has ${open.length} unbonding entries from ${v.name}, the most the chain allows (MaxEntries ${c.params.maxEntries}); wait until the earliest completes at ${dayOf(first)}`);
  }
  const withdrawn = withdrawRewards(world, e.holder, e.validator, false);
  const tokens = unbondShares(world, e.holder, e.validator, shares);
  const movement = transfer(world.ledger, c.token, bondedAccount(e.validator), UNBONDING_ACCOUNT, tokens, 'unbond');
  recordTokens(world, e.validator);
  const entry: UnbondingEntry = {
    id: c.nextEntryId++,
    holder: e.holder,
    validator: e.validator,
    creationEpoch: world.epoch,
    completionEpoch: world.epoch + c.params.unbondingEpochs,
    initialBalance: tokens,
    balance: tokens,
    state: 'unbonding',
  };
  c.unbondings.push(entry);
  const id = ctx.trace.step({
    kind: 'cosmos.undelegate',
    layer: 'chain',
    entities: [e.holder, e.validator, `unbonding:${entry.id}`],
    amounts: { amount: tokens, shares: truncateInt(shares) },
    movements: [movement],
    text: `${name} undelegates ${fmt(world, tokens)} from ${v.name}: the tokens stop earning and wait ${c.params.unbondingDays} days in an unbonding entry (until ${dayOf(entry.completionEpoch)}), still slashable for anything ${v.name} did before now.`,
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
  if (e.from === e.to) throw new RefusedEvent(`${name} cannot redelegate from ${src.name} to itself; pick another validator`);
  const incoming = c.redelegations.find((r) => r.holder === e.holder && r.to === e.from && r.state === 'redelegating');
  if (incoming) {
    throw new RefusedEvent(`${name}'s stake at ${src.name} arrived by a redelegation that is still within its ${c.params.unbondingDays}-day period (until ${dayOf(incoming.completionEpoch)}), and the chain forbids redelegating it again until then; wait, or undelegate instead`);
  }
  const shares = sharesFor(world, e.holder, e.from, e.amount);
  const open = c.redelegations.filter((r) => r.holder === e.holder && r.from === e.from && r.to === e.to && r.state === 'redelegating');
  if (open.length >= c.params.maxEntries) {
    const first = Math.min(...open.map((r) => r.completionEpoch));
    throw new RefusedEvent(`${name} already has ${open.length} redelegations from ${src.name} to ${dst.name} in progress, the most the chain allows (MaxEntries ${c.params.maxEntries}); wait until the earliest matures at ${dayOf(first)}`);
  }
  if (!acceptsDelegations(poolOf(world, e.to))) {
    throw new RefusedEvent(`${dst.name} has no tokens left behind its shares (it was slashed to zero); redelegate to another validator`);
  }
  const withdrawnSrc = withdrawRewards(world, e.holder, e.from, false);
  const withdrawnDst = withdrawRewards(world, e.holder, e.to, false);
  const tokens = unbondShares(world, e.holder, e.from, shares);
  const { shares: sharesDst, movement } = bond(world, e.holder, e.to, tokens, bondedAccount(e.from), 'redelegate');
  recordTokens(world, e.from);
  const entry: RedelegationEntry = {
    id: c.nextEntryId++,
    holder: e.holder,
    from: e.from,
    to: e.to,
    creationEpoch: world.epoch,
    completionEpoch: world.epoch + c.params.unbondingEpochs,
    initialBalance: tokens,
    sharesDst,
    state: 'redelegating',
  };
  c.redelegations.push(entry);
  const id = ctx.trace.step({
    kind: 'cosmos.redelegate',
    layer: 'chain',
    entities: [e.holder, e.from, e.to, `redelegation:${entry.id}`],
    amounts: { amount: tokens, sharesDst: truncateInt(sharesDst) },
    movements: [movement],
    text: `${name} moves ${fmt(world, tokens)} from ${src.name} to ${dst.name} at once, but for ${c.params.unbondingDays} days (until ${dayOf(entry.completionEpoch)}) the stake can still be slashed for anything ${src.name} did before now.`,
  });
  traceWithdrawal(ctx, e.holder, e.from, withdrawnSrc, id);
  traceWithdrawal(ctx, e.holder, e.to, withdrawnDst, id);
}

/** What a holder's delegation to a validator is worth now, in whole units (truncated, as the SDK pays). */
export function delegationValue(world: World, validator: string, holder: string): bigint {
  return tokenValue(poolOf(world, validator), delegationShares(world, validator, holder));
}
