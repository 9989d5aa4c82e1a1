/** The holder's wallet: every ledger balance of their account, each at its redemption rate (price.ts). */
import type { World } from '../../world';
import type { PartSink } from './parts';
import { priceInEth } from './price';

export function walletPart(world: World, _holder: string, account: string, sink: PartSink): void {
  for (const [asset, book] of Object.entries(world.ledger.assets)) {
    const amount = book.balances.get(account);
    if (!amount) continue;
    const eth = priceInEth(world, asset, amount);
    if (eth === null) sink.unpriced(asset, amount);
    else sink.add('wallet', eth);
  }
}
