import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/app/graphModel';
import type { Entity, Fact, WorldView } from '../../../src/app/worldView';

/**
 * Issue 13's walk: a card that grows during a cascade (a new fact row at a step) made its column taller and moved
 * the cards under it mid-cascade. With the cascade's end reserved (GraphOptions.reserve), every card keeps its
 * place at every step.
 */
const ETH = 1_000_000_000n;
const fact = (label: Fact['label'], eth: bigint): Fact => ({ label, value: `${eth} ETH`, raw: eth * ETH, unit: 'ETH' });
const holder = (id: string, facts: Fact[]): Entity => ({
  id: `holder:${id}`,
  kind: 'holder',
  name: id,
  weight: 0n,
  facts,
});

const before: WorldView = {
  entities: ['a', 'b', 'c', 'd'].map((id) => holder(id, [fact('fact.holds', 10n)])),
  links: [],
};
// at the cascade's end, holder a's card has grown by two rows (it holds, is restaked, and is worth)
const after: WorldView = {
  entities: before.entities.map((e) =>
    e.id === 'holder:a'
      ? { ...e, facts: [fact('fact.holds', 5n), fact('fact.restaked', 5n), fact('fact.worth', 10n)] }
      : e,
  ),
  links: [],
};
const positions = (view: WorldView, reserve?: ReadonlyMap<string, Entity>) =>
  Object.fromEntries(buildGraph(view, { reserve }).nodes.map((n) => [n.id, n.position]));

describe('a card growing during a cascade', () => {
  it('without the end reserved, the cards under it move (what the walk saw)', () => {
    expect(positions(before)).not.toEqual(positions(after));
  });

  it('with the end reserved, no card moves from step to step, and the end matches the layout after the cascade', () => {
    const reserve = new Map(after.entities.map((e) => [e.id, e]));
    const atStart = positions(before, reserve);
    const atEnd = positions(after, reserve);
    expect(atStart).toEqual(atEnd);
    // once the cascade is over the reserve is dropped: the same places as during it
    expect(positions(after)).toEqual(atEnd);
  });
});
