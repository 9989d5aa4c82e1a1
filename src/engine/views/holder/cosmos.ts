/**
 * A Cosmos-like chain (x/staking, x/distribution): the holder's delegations at what their shares pay out now
 * (TokensFromShares, truncated as RemoveDelShares pays), open unbonding entries (their balance after slashes) and
 * rewards accrued but not withdrawn. The chain's token has no ETH price here, so all of it is unpriced.
 */
import { balanceOf } from '../../ledger/ledger';
import { poolOf } from '../../staking/cosmos/chain';
import { tokenValue } from '../../staking/cosmos/shares';
import { rewardsAccount } from '../../staking/cosmos/state';
import type { Contribution } from './parts';

export const cosmosPart: Contribution = (world, holder, _account, sink) => {
  const c = world.cosmos;
  if (!c?.order?.length) return;
  for (const id of c.order) {
    const shares = c.delegations[id]?.[holder];
    if (shares !== undefined) sink.unpriced(c.token, tokenValue(poolOf(world, id), shares));
    sink.unpriced(c.token, balanceOf(world.ledger, c.token, rewardsAccount(id, holder)));
  }
  for (const u of c.unbondings) if (u.holder === holder && u.state === 'unbonding') sink.unpriced(c.token, u.balance);
};
