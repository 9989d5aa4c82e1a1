/**
 * Share math of one validator, exactly as x/staking/types/validator.go rounds it (sdk.LegacyDec, 18 decimals).
 * Tokens per share = tokens / delegatorShares; a slash lowers tokens, so every share loses the same fraction.
 *
 * Where the rounding dust goes (as in the SDK):
 * - delegating truncates the new shares (`QuoInt`), so the newcomer gets at most its due and the remainder
 *   stays in the validator's tokens, i.e. with all existing shares;
 * - undelegating truncates the tokens paid out (`TruncateInt`) and leaves the excess in the validator, except
 *   that the last shares out take every remaining token ("last delegation share gets any trimmings").
 */
import { EngineError } from '../../errors';
import { decFromInt, mulInt, quo, quoInt, quoTruncate, truncateInt, ZERO, type Dec } from './dec';

/** A validator's two numbers: its tokens (integer units) and its delegator shares (Dec). */
export interface SharePool {
  tokens: bigint;
  shares: Dec;
}

/** SharesFromTokens: DelegatorShares.MulInt(amount).QuoInt(tokens), truncated. */
export function sharesFromTokens(pool: SharePool, amount: bigint): Dec {
  if (pool.tokens === 0n) throw new EngineError('shares from tokens: the validator has no tokens');
  return quoInt(mulInt(pool.shares, amount), pool.tokens);
}

/** SharesFromTokensTruncated: DelegatorShares.MulInt(amount).QuoTruncate(tokens). */
export function sharesFromTokensTruncated(pool: SharePool, amount: bigint): Dec {
  if (pool.tokens === 0n) throw new EngineError('shares from tokens: the validator has no tokens');
  return quoTruncate(mulInt(pool.shares, amount), decFromInt(pool.tokens));
}

/** TokensFromShares: shares.MulInt(tokens).Quo(delegatorShares) (round half to even), as a Dec. */
export function tokensFromShares(pool: SharePool, shares: Dec): Dec {
  if (pool.shares === ZERO) return ZERO;
  return quo(mulInt(shares, pool.tokens), pool.shares);
}

/** What `shares` are worth in whole units: TokensFromShares(...).TruncateInt(), as RemoveDelShares pays. */
export function tokenValue(pool: SharePool, shares: Dec): bigint {
  return truncateInt(tokensFromShares(pool, shares));
}

/** Whether new delegations are possible (x/staking: ErrDelegatorShareExRateInvalid when tokens are gone). */
export const acceptsDelegations = (pool: SharePool): boolean => !(pool.tokens === 0n && pool.shares > ZERO);

/** AddTokensFromDel: the shares issued for `amount`. The first delegation gets one share per unit. */
export function issueShares(pool: SharePool, amount: bigint): Dec {
  if (pool.shares === ZERO) return decFromInt(amount);
  if (!acceptsDelegations(pool)) throw new EngineError('the validator has shares but no tokens (fully slashed)');
  return sharesFromTokens(pool, amount);
}

/** RemoveDelShares: the tokens paid for removing `shares`; the last shares out take everything left. */
export function tokensForRemovedShares(pool: SharePool, shares: Dec): bigint {
  if (shares > pool.shares) throw new EngineError('removing more shares than the validator has');
  if (pool.shares - shares === ZERO) return pool.tokens;
  const issued = tokenValue(pool, shares);
  if (issued > pool.tokens) throw new EngineError('attempting to remove more tokens than available in validator');
  return issued;
}

/**
 * ValidateUnbondAmount: the shares to remove for unbonding `amount` tokens, or null when the delegation is too
 * small. Shares are truncated; if rounding asks for more than the delegation has, all of it is taken.
 */
export function sharesToUnbond(pool: SharePool, delegationShares: Dec, amount: bigint): Dec | null {
  if (pool.tokens === 0n) return null;
  const shares = sharesFromTokens(pool, amount);
  const truncated = sharesFromTokensTruncated(pool, amount);
  if (truncated > delegationShares) return null;
  return shares > delegationShares ? delegationShares : shares;
}
