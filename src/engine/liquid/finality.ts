/**
 * Whether the chain is finalizing. Lido's oracles report only finalized epochs, so with no finality there is no
 * rebase (lido-tokens-integration-guide.md). Reads the Ethereum slice's finality flag when it exposes one.
 */
import type { World } from '../world';

export function chainIsFinalizing(world: World): boolean {
  const eth = world.ethereum as unknown as { finalizing?: unknown; finality?: unknown };
  if (typeof eth.finalizing === 'boolean') return eth.finalizing;
  if (typeof eth.finality === 'boolean') return eth.finality;
  return true;
}
