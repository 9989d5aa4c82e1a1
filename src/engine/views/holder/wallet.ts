/** The holder's wallet: every ledger balance of their account, each at its redemption rate (price.ts). */
import type { Contribution } from './parts';
import { priceInEth } from './price';

export const walletPart: Contribution = (world, _holder, account, sink) => {
  for (const [asset, book] of Object.entries(world.ledger.assets)) {
    const amount = book.balances.get(account);
    if (!amount) continue;
    const eth = priceInEth(world, asset, amount);
    if (eth === null) sink.unpriced(asset, amount);
    else sink.add('wallet', eth);
  }
};
