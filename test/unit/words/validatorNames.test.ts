import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import '../../../src/engine/messages/loadEnglish';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold, initWorld } from '../../../src/engine/sim';
import { buildWorldView } from '../../../src/app/worldView';
import { validatorName } from '../../../src/engine/accountNames';
import type { World } from '../../../src/engine/world';

/**
 * Issue 13's walk: validators were named by their ids on cards and in the narration ("lido.v9", "rp.mp1", lesson
 * 8's "lv1"). Every validator has a name a learner can read: the scenario's, else one made of its owner's name and
 * its number among the pool's validators ("Validator 9", "Minipool 1").
 */
const DIR = 'public/scenarios/';
const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json');
/** An id as the engine makes them ("lido.v9", "rp.mp1"). */
const DOTTED_ID = /\b[a-z]+\.[a-z]*\d+\b/;

/** The validator ids of a world, as whole words (a sentence that says one names a validator by its id). */
function idPattern(world: World): RegExp | null {
  const ids = (world.ethereum?.order ?? []).filter((id) => validatorName(world, id) !== id);
  if (ids.length === 0) return null;
  const words = ids.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\w.:-])(${words.join('|')})(?![\\w:-])`);
}

describe('validators are named, never shown by their id', () => {
  for (const file of files) {
    it(`${file}: cards and narration`, () => {
      const parsed = parseScenario(JSON.parse(readFileSync(DIR + file, 'utf8')));
      if (!parsed.ok) throw new Error(`${file} does not parse`);
      const start = initWorld(parsed.value).world;
      const { world, traces } = fold(parsed.value);
      const findings: string[] = [];
      for (const w of [start, world])
        for (const e of buildWorldView(w).entities) {
          if (DOTTED_ID.test(e.name)) findings.push(`card ${e.id}: "${e.name}"`);
          // a pool's validator (Lido-like, Rocket-like) has a name; a solo staker's keeps its label ("v1")
          const ref = e.id.slice('validator:'.length);
          if (e.kind === 'validator' && e.name === ref && w.ethereum.validators[ref]?.owner in (w.liquid?.lido ?? {}))
            findings.push(`card ${e.id} named by its id`);
        }
      const ids = idPattern(world);
      for (const trace of traces)
        for (const step of trace) {
          if (DOTTED_ID.test(step.text)) findings.push(`sentence: ${step.text.slice(0, 120)}`);
          else if (ids?.test(step.text))
            findings.push(`sentence (${ids.exec(step.text)?.[1]}): ${step.text.slice(0, 120)}`);
        }
      expect([...new Set(findings)]).toEqual([]);
    }, 180_000);
  }
});

describe('validatorName', () => {
  const world = (validators: Record<string, { owner: string; name?: string }>, order = Object.keys(validators)) =>
    ({
      holders: { alice: { id: 'alice', name: 'Alice' }, nodes: { id: 'nodes', name: 'Nodes' } },
      ethereum: {
        order,
        validators: Object.fromEntries(Object.entries(validators).map(([id, v]) => [id, { id, ...v }])),
      },
      liquid: {
        lido: { lido: { id: 'lido', name: 'Lido-like pool' } },
        rocket: { rp: { id: 'rp', name: 'Rocket-Pool-like pool' } },
      },
    }) as unknown as World;

  it('keeps the name the scenario gives', () => {
    expect(validatorName(world({ v1: { owner: 'alice', name: 'Genesis' } }), 'v1')).toBe('Genesis');
  });
  it('numbers a pool’s validators in deposit order: "Validator 9", "Minipool 2"', () => {
    const order = ['b1', 'b2', 'g1', 'rp.mp1', 'b3', 'g2', 'g3', 'g4', 'rp.mp2', 'lido.v9'];
    const owner = (id: string) => (id.startsWith('rp.') ? 'rp' : 'lido');
    const w = world(Object.fromEntries(order.map((id) => [id, { owner: owner(id) }])), order);
    expect(validatorName(w, 'lido.v9')).toBe('Validator 8');
    expect(validatorName(w, 'b1')).toBe('Validator 1');
    expect(validatorName(w, 'rp.mp2')).toBe('Minipool 2');
  });
  it('a solo staker’s validator keeps its id (the lessons call it "v1"), an unknown id is shown as is', () => {
    const w = world({ v1: { owner: 'alice' }, v2: { owner: 'nodes' } });
    expect(validatorName(w, 'v1')).toBe('v1');
    expect(validatorName(w, 'nope')).toBe('nope');
  });
});
