/**
 * Markets: a lending position is worth its collateral (at the token's redemption rate) less the ETH it owes,
 * never below zero (a borrower may walk away from an under-collateralised loan; the market books the rest as bad
 * debt); an AMM pool's reserves belong to the holder who provided its liquidity (fees included).
 */
import { ETH } from '../../world';
import { balanceOf } from '../../ledger/ledger';
import { poolAccount } from '../../markets/state';
import { priceInEth } from './price';
import type { Contribution } from './parts';

export const marketsPart: Contribution = (world, holder, _account, sink) => {
  for (const m of Object.values(world.markets.lending)) {
    for (const p of Object.values(m.positions)) {
      if (p.borrower !== holder) continue;
      const collateral = priceInEth(world, p.asset, p.collateral) ?? 0n;
      if (collateral > p.debt) sink.add('markets', collateral - p.debt);
    }
  }
  for (const p of Object.values(world.markets.pools)) {
    if (p.provider !== holder) continue;
    const account = poolAccount(p.id);
    sink.add('markets', balanceOf(world.ledger, ETH, account));
    sink.add('markets', priceInEth(world, p.asset, balanceOf(world.ledger, p.asset, account)) ?? 0n);
  }
};
