/**
 * The graph asks each operator -> AVS edge for the allocation it edits; the real network has 1,354 allocations and
 * 163 edges, so the answer comes from an index built once per world (allocationLookup). It must give, for every
 * pair of every example scenario, exactly what the one-pair question (allocationTarget) gives.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { initWorld } from '../../../src/engine/sim';
import type { Scenario } from '../../../src/engine/scenario/schema';
import { allocationLookup, allocationTarget } from '../../../src/app/allocationTarget';

const FILES = readdirSync('public/scenarios').filter((f) => f.endsWith('.json') && f !== 'index.json');

describe('the allocation index', () => {
  it.each(FILES)('%s: the index answers every operator -> AVS pair as allocationTarget does', (file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const world = initWorld(parsed.value as Scenario).world;
    const find = allocationLookup(world);
    const operators = Object.keys(world.restaking?.operators ?? {});
    const avss = Object.keys(world.restaking?.avss ?? {});
    let found = 0;
    for (const op of operators)
      for (const avs of avss) {
        const one = allocationTarget(world, op, avs);
        expect(find(op, avs), `${op} -> ${avs}`).toEqual(one);
        if (one) found++;
      }
    // scenarios with restaking have pairs that an edge edits
    if (Object.keys(world.restaking?.allocations ?? {}).length) expect(found).toBeGreaterThan(0);
  });
});
