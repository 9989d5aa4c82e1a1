/**
 * The card parts that load with their engine model: Cosmos staking's and markets' cards (cards/cosmos.ts,
 * cards/markets.ts) come with the model's chunk (src/app/engineModules.ts), so a first view without those models
 * fetches neither. A page that folds with all six models bundles them and registers them at once
 * (cards/allParts.ts). buildWorldView (src/app/worldView.ts) reads them from here.
 */
import type { World } from '../../engine/world';
import type { ViewPart } from './types';
import type { CosmosHoldings } from './holders';

/** The Cosmos chain's cards and, per holder, what their delegations and unbonding entries hold (for holder cards). */
export interface CosmosView extends ViewPart {
  token: string;
  /** Per holder: what their delegations are worth now and what waits in their unbonding entries (token units). */
  byHolder: CosmosHoldings;
}

export interface CardParts {
  cosmos: (world: World) => CosmosView;
  markets: (world: World) => ViewPart;
}
export type CardPartName = keyof CardParts;

const registered: Partial<CardParts> = {};

/** Makes a model's cards known (its chunk has loaded, or the page bundles it). */
export function registerCardParts(parts: Partial<CardParts>): void {
  Object.assign(registered, parts);
}

/** Forgets every registered part (tests of the refusal). */
export function clearCardParts(): void {
  for (const name of Object.keys(registered) as CardPartName[]) delete registered[name];
}

/** Whether `world` holds state the part draws (the same test as the engine's modelsHeld, tolerant of no slice). */
function holds(world: World, part: CardPartName): boolean {
  if (part === 'cosmos') return (world.cosmos?.order?.length ?? 0) > 0;
  const m = world.markets;
  return Object.keys(m?.pools ?? {}).length > 0 || Object.keys(m?.lending ?? {}).length > 0;
}

/** Nothing on a Cosmos chain: what the holder cards read when the world has no Cosmos validator. */
export function emptyCosmosView(world: World): CosmosView {
  return { token: world.cosmos?.token ?? 'ATOM', entities: [], links: [], byHolder: new Map() };
}

/**
 * The part's cards of `world`. A world with no state of that model draws nothing there (the part need not be
 * loaded); a world that holds its state with the part not registered is a bug in what the page loaded: it throws,
 * naming the part, rather than draw the world without those cards.
 */
export function cosmosPart(world: World): CosmosView {
  const part = registered.cosmos;
  if (part) return part(world);
  if (holds(world, 'cosmos')) throw missingPartError('cosmos');
  return emptyCosmosView(world);
}

export function marketsPart(world: World): ViewPart {
  const part = registered.markets;
  if (part) return part(world);
  if (holds(world, 'markets')) throw missingPartError('markets');
  return { entities: [], links: [] };
}

function missingPartError(part: CardPartName): Error {
  return new Error(
    `The world holds ${part} state but the ${part} cards (src/app/cards/${part}.ts) are not registered: ` +
      `load the ${part} model through src/app/engineModules.ts, or call registerAllCardParts() (cards/allParts.ts) ` +
      `where the page bundles every model.`,
  );
}
