/**
 * Where the Cosmos chain's contribution to a holder's value (holder/cosmos.ts) plugs in. Cosmos staking is an
 * optional model (moduleSet.ts): its read-model comes with it, so a page whose first view has no Cosmos chain does not
 * carry the chain's share arithmetic. Whoever holds the Cosmos model registers it (registry.ts for the CLI, the tests
 * and the workers; src/app/engineModules.ts when the page loads the model). A world with no Cosmos validator
 * contributes nothing without it; a world that holds Cosmos state with it not registered throws, naming the model,
 * rather than report the holder's tokens as nothing.
 */
// errors.ts only: importing moduleSet.ts (its missingModelError) from here split the sandbox route's engine chunk
// in four (measured: route 207.9 KB gzip instead of 205.2)
import { EngineError } from '../../errors';
import type { Contribution } from './parts';

let registered: Contribution | null = null;

/** Makes the Cosmos part known (its model has loaded, or the caller bundles every model). */
export function registerCosmosHolderPart(part: Contribution): void {
  registered = part;
}

/** Forgets it (tests of the refusal). */
export function clearCosmosHolderPart(): void {
  registered = null;
}

export const cosmosSlot: Contribution = (world, holder, account, sink, index) => {
  if (registered) return registered(world, holder, account, sink, index);
  if (world.cosmos?.order?.length)
    throw new EngineError(
      'this world holds Cosmos staking state but the Cosmos model ("cosmos") was not loaded, so its holders\' ' +
        'tokens cannot be valued: load the model (src/app/engineModules.ts) or import engine/registry.ts',
    );
};
