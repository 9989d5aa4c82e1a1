/**
 * What the sandbox draws, read from a World: entities by kind, and links between them with the amount that
 * flows along each. Each model contributes its own cards and links (cards/*.ts, as the engine's reporters.ts
 * composes the CLI report); the figures come from the engine's views and read-models (a holder's value from
 * engine/views/holderValue.ts), so nothing a protocol defines is computed here. Slices that are still empty
 * simply contribute nothing, so the view degrades gracefully while models are being built.
 */
import type { World } from '../engine/world';
import type { EntityKind, WorldView } from './cards/types';
import { holderCards } from './cards/holders';
import { liquidCards } from './cards/liquid';
import { ethereumCards } from './cards/ethereum';
import { restakingCards } from './cards/restaking';
import { cosmosPart, marketsPart } from './cards/parts';

export type { EntityKind, Msg, Fact, Entity, Link, WorldView } from './cards/types';
export { assetLabel } from './cards/facts';

/** Left-to-right layer of each kind: holders -> protocols -> operators/validators -> services. */
export const LAYER: Record<EntityKind, number> = {
  holder: 0,
  lstPool: 1,
  lrt: 1,
  vault: 1,
  ammPool: 1,
  lending: 1,
  validator: 2,
  cosmosValidator: 2,
  operator: 2,
  avs: 3,
};

export function buildWorldView(world: World): WorldView {
  // loaded with their models (cards/parts.ts): a world holding their state without them throws
  const cosmos = cosmosPart(world);
  const parts = [
    { entities: holderCards(world, cosmos), links: [] },
    liquidCards(world),
    ethereumCards(world),
    restakingCards(world),
    marketsPart(world),
    cosmos,
  ];
  const entities = parts.flatMap((p) => p.entities);
  const known = new Set(entities.map((e) => e.id));
  const links = parts.flatMap((p) => p.links).filter((l) => known.has(l.source) && known.has(l.target));
  return { entities, links };
}
