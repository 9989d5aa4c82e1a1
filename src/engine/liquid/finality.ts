/**
 * Whether the chain is finalizing. Lido's oracles report only finalized epochs, so with no finality there is no
 * rebase (lido-tokens-integration-guide.md). Reads the Ethereum slice's `finalityStalledSince`.
 */
import type { World } from '../world';

export function chainIsFinalizing(world: World): boolean {
  const eth = world.ethereum as unknown as { finalityStalledSince?: number | null };
  return eth.finalityStalledSince === undefined || eth.finalityStalledSince === null;
}
