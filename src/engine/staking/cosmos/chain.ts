/**
 * The operations every Cosmos event is built from: reading a validator's pool, bonding tokens into it,
 * unbonding shares out of it, withdrawing accrued rewards. Each keeps the ledger, the shares and the token
 * history in step; the callers decide where unbonded tokens go and write the sentences.
 */
import { EngineError, RefusedEvent } from '../../errors';
import { balanceOf, transfer, type Movement } from '../../ledger/ledger';
import { holderAccount, type World } from '../../world';
import { ZERO, type Dec } from './dec';
import { formatAmount } from './format';
import { issueShares, tokensForRemovedShares, type SharePool } from './shares';
import { bondedAccount, commissionAccount, rewardsAccount, type CosmosValidator } from './state';
import { say } from '../../messages/say';

export function getValidator(world: World, id: string): CosmosValidator {
  const v = world.cosmos.validators[id];
  if (!v) {
    const known = world.cosmos.order.join(', ') || 'none';
    throw new RefusedEvent(say('cosmos.refused.noValidator', { id, known }));
  }
  return v;
}

export function requireHolder(world: World, id: string): void {
  if (!world.holders[id]) throw new RefusedEvent(say('cosmos.refused.noHolder', { id }));
}

export const holderName = (world: World, id: string): string => world.holders[id]?.name ?? id;

/** validator.Tokens: the balance of its bonded account. */
export function tokensOf(world: World, validator: string): bigint {
  return balanceOf(world.ledger, world.cosmos.token, bondedAccount(validator));
}

export function poolOf(world: World, validator: string): SharePool {
  return { tokens: tokensOf(world, validator), shares: world.cosmos.validators[validator].delegatorShares };
}

export function delegationShares(world: World, validator: string, holder: string): Dec {
  return world.cosmos.delegations[validator]?.[holder] ?? ZERO;
}

function setDelegationShares(world: World, validator: string, holder: string, shares: Dec): void {
  const byHolder = (world.cosmos.delegations[validator] ??= {});
  if (shares === ZERO) delete byHolder[holder];
  else byHolder[holder] = shares;
}

/** Records validator.Tokens after a change in the current epoch (one record per epoch: the last one wins). */
export function recordTokens(world: World, validator: string): void {
  const history = world.cosmos.validators[validator].tokensHistory;
  const tokens = tokensOf(world, validator);
  const last = history[history.length - 1];
  if (last && last.epoch === world.epoch) last.tokens = tokens;
  else if (!last || last.tokens !== tokens) history.push({ epoch: world.epoch, tokens });
}

/**
 * validator.Tokens at the start of `epoch` (its power at an infraction in that epoch: the consensus engine
 * sees the validator set as of the block's start). Entries created during that epoch are slashed as entries.
 */
export function tokensAtStartOf(world: World, validator: string, epoch: number): bigint {
  const history = world.cosmos.validators[validator].tokensHistory;
  for (let i = history.length - 1; i >= 0; i--) if (history[i].epoch < epoch) return history[i].tokens;
  throw new EngineError(`no token record for validator ${validator} before epoch ${epoch}`);
}

/** Drops token records no infraction can reach any more (older than one unbonding period). */
export function pruneTokenHistory(world: World, validator: string): void {
  const history = world.cosmos.validators[validator].tokensHistory;
  const horizon = world.epoch - world.cosmos.params.unbondingEpochs;
  let keepFrom = 0;
  for (let i = 0; i < history.length - 1; i++) if (history[i + 1].epoch < horizon) keepFrom = i + 1;
  if (keepFrom > 0) history.splice(0, keepFrom);
}

/** Delegates `amount` from `from` into the validator; returns the shares issued and the movement. */
export function bond(
  world: World,
  holder: string,
  validator: string,
  amount: bigint,
  from: string,
  reason: string,
): { shares: Dec; movement: Movement } {
  const v = world.cosmos.validators[validator];
  const shares = issueShares(poolOf(world, validator), amount);
  const movement = transfer(world.ledger, world.cosmos.token, from, bondedAccount(validator), amount, reason);
  v.delegatorShares += shares;
  setDelegationShares(world, validator, holder, delegationShares(world, validator, holder) + shares);
  recordTokens(world, validator);
  return { shares, movement };
}

/**
 * Removes `shares` from the holder's delegation and the validator (RemoveDelShares); returns the tokens they
 * were worth, still in the validator's bonded account: the caller moves them (unbonding entry, redelegation)
 * or burns them (a redelegation slashed at its destination), then calls recordTokens.
 */
export function unbondShares(world: World, holder: string, validator: string, shares: Dec): bigint {
  const v = world.cosmos.validators[validator];
  const own = delegationShares(world, validator, holder);
  if (shares > own) throw new EngineError(`${holder} unbonds more shares of ${validator} than they hold`);
  const tokens = tokensForRemovedShares(poolOf(world, validator), shares);
  v.delegatorShares -= shares;
  setDelegationShares(world, validator, holder, own - shares);
  return tokens;
}

/**
 * Pays the holder's accrued rewards from this validator (and, for its operator, the accrued commission) to
 * their wallet, as x/distribution does on every change of a delegation and on MsgWithdrawDelegatorReward.
 */
export function withdrawRewards(world: World, holder: string, validator: string, withCommission: boolean): Movement[] {
  const token = world.cosmos.token;
  const out: Movement[] = [];
  const accrued = balanceOf(world.ledger, token, rewardsAccount(validator, holder));
  if (accrued > 0n) {
    out.push(
      transfer(
        world.ledger,
        token,
        rewardsAccount(validator, holder),
        holderAccount(holder),
        accrued,
        'reward:withdraw',
      ),
    );
  }
  if (withCommission && world.cosmos.validators[validator].operator === holder) {
    const commission = balanceOf(world.ledger, token, commissionAccount(validator));
    if (commission > 0n) {
      out.push(
        transfer(
          world.ledger,
          token,
          commissionAccount(validator),
          holderAccount(holder),
          commission,
          'commission:withdraw',
        ),
      );
    }
  }
  return out;
}

export const fmt = (world: World, units: bigint): string => formatAmount(units, world.cosmos.token);
