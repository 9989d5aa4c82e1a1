import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { initWorld } from '../../../src/engine/sim';
import { buildWorldView } from '../../../src/app/worldView';
import { buildGraph, HOLDER_GROUP_ID, namedInStory } from '../../../src/app/graphModel';

/**
 * Issue 13's walk, the real network: Dave, the learner's own holder ("Dave ... holds 50 LST: drag it onto a
 * service", the scenario's description), was drawn inside "521 other holders". A holder the story names is drawn
 * on its own; the long tail of the others stays grouped.
 */
const raw = JSON.parse(readFileSync('public/scenarios/real-network-2024-10.json', 'utf8'));
const parsed = parseScenario(raw);
if (!parsed.ok) throw new Error('the real network parses');
const view = buildWorldView(initWorld(parsed.value).world);

describe('holders the story names stay out of the group', () => {
  it('finds Dave in the real network’s description, and no holder it does not name', () => {
    expect([...namedInStory(raw.description, view.entities)]).toEqual(['dave']);
    expect([...namedInStory(undefined, view.entities)]).toEqual([]);
  });

  it('draws Dave on his own beside the group of the other holders', () => {
    const named = namedInStory(raw.description, view.entities);
    const graph = buildGraph(view, { named });
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.has('holder:dave')).toBe(true);
    const group = graph.nodes.find((n) => n.id === HOLDER_GROUP_ID)!;
    expect(group.data.members).not.toContain('dave');
    // the group still stands for the long tail (445 pooled stakers less the 15 drawn on their own)
    expect(group.data.count).toBeGreaterThan(400);
  });

  it('matches whole names only', () => {
    const holder = (id: string, name: string) => ({
      id: `holder:${id}`,
      kind: 'holder' as const,
      name,
      weight: 0n,
      facts: [],
    });
    const entities = [holder('al', 'Al'), holder('alice', 'Alice'), holder('bo', 'Bo (node)')];
    expect([...namedInStory('Alice stakes; Bo (node) runs it.', entities)]).toEqual(['alice', 'bo']);
  });
});
