/** Test-only: advances the chain with the general per-epoch path only (no fast path), for comparisons. */
import type { Ctx } from '../../../src/engine/module';
import { Tracer } from '../../../src/engine/trace';
import { enterEpoch, processEpoch } from '../../../src/engine/staking/ethereum/epoch';
import { timeSummary } from '../../../src/engine/staking/ethereum/timeSummary';
import { checkInvariants } from '../../../src/engine/sim';
import { MODULES } from '../../../src/engine/registry';
import type { World } from '../../../src/engine/world';

export function stepEpochByEpoch(world: World, epochs: number): void {
  const ctx: Ctx = { world, trace: new Tracer(), modules: MODULES };
  const summary = timeSummary(ctx, world.epoch);
  for (let i = 0; i < epochs; i++) {
    processEpoch(ctx, world.epoch, summary);
    world.epoch += 1;
    enterEpoch(ctx, world.epoch, summary);
  }
  world.eventCount += 1;
  checkInvariants(world);
}

/** The ledger with accounts in a canonical order, and the chain slice, as comparable plain data. */
export function comparable(world: World): unknown {
  const book = world.ledger.assets.ETH;
  const balances = [...(book?.balances ?? new Map<string, bigint>())]
    .filter(([, v]) => v !== 0n)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`);
  return {
    epoch: world.epoch,
    initial: book?.initial,
    minted: book?.minted,
    burned: book?.burned,
    balances,
    ethereum: world.ethereum,
  };
}
