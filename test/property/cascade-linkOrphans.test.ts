/**
 * linkOrphans (one pass with per-entity indexes) gives every step exactly the parent the straightforward backward
 * search gives (the reference below is the code it replaced), on random traces: steps with random kinds, layers,
 * entities and parents, including time steps, chain slashes and correlation penalties.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkOrphans } from '../../src/engine/faults/cascade';
import type { Layer, TraceStep } from '../../src/engine/trace';

function reference(steps: TraceStep[], root: number): void {
  const start = steps.findIndex((s) => s.id === root);
  if (start < 0) return;
  let time: number = root;
  for (let i = start + 1; i < steps.length; i++) {
    const s = steps[i];
    if (s.kind === 'time.advance' && s.parent === null) s.parent = root;
    if (s.kind === 'time.advance') time = s.id;
    if (s.kind.includes('correlation')) {
      const slash = steps
        .slice(start + 1, i)
        .find((t) => t.kind.endsWith('slash') && t.layer === 'chain' && t.entities.some((e) => s.entities.includes(e)));
      if (slash) {
        s.parent = slash.id;
        continue;
      }
    }
    if (s.parent !== null) continue;
    let parent = time;
    search: for (let k = i - 1; k > start; k--) {
      for (const e of s.entities) {
        if (steps[k].entities.includes(e)) {
          parent = steps[k].id;
          break search;
        }
      }
    }
    s.parent = parent;
  }
}

const KINDS = [
  'time.advance',
  'chain.slash',
  'chain.correlation',
  'chain.penaltyCorrelation',
  'liquid.report',
  'restaking.slash',
  'service.rewards',
  'chain.online',
];
const LAYERS: Layer[] = ['time', 'chain', 'liquid', 'restaking', 'service', 'market', 'security'];

const traceArb = fc
  .record({
    base: fc.integer({ min: 0, max: 5 }),
    root: fc.integer({ min: 0, max: 4 }),
    steps: fc.array(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        layer: fc.constantFrom(...LAYERS),
        entities: fc.uniqueArray(fc.constantFrom('v1', 'v2', 'v3', 'op', 'avs', 'pool'), { maxLength: 3 }),
        parent: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 40 },
    ),
  })
  .map(({ base, root, steps }) => ({
    root: base + Math.min(root, steps.length - 1),
    steps: steps.map((s, i): TraceStep => ({
      id: base + i,
      parent: s.parent,
      kind: s.kind,
      layer: s.layer,
      entities: s.entities,
      amounts: {},
      movements: [],
      text: '',
    })),
  }));

describe('linkOrphans', () => {
  it('links every step to the same parent as the backward search', () => {
    fc.assert(
      fc.property(traceArb, ({ root, steps }) => {
        const a = structuredClone(steps);
        const b = structuredClone(steps);
        linkOrphans(a, root);
        reference(b, root);
        expect(a.map((s) => s.parent)).toEqual(b.map((s) => s.parent));
      }),
      { numRuns: 2000 },
    );
  });

  it('parents a correlation penalty to the first chain slash of its validator, an orphan to the latest step naming it', () => {
    const step = (
      id: number,
      kind: string,
      layer: Layer,
      entities: string[],
      parent: number | null = null,
    ): TraceStep => ({ id, parent, kind, layer, entities, amounts: {}, movements: [], text: '' });
    const steps = [
      step(0, 'fault.double-sign', 'system', ['v1']),
      step(1, 'chain.slash', 'chain', ['v1'], 0),
      step(2, 'chain.slash', 'chain', ['v1', 'v2'], 0),
      step(3, 'time.advance', 'time', []),
      step(4, 'liquid.report', 'liquid', ['v2']),
      step(5, 'chain.correlation', 'chain', ['v2', 'v1']),
      step(6, 'market.swap', 'market', ['pool']),
    ];
    linkOrphans(steps, 0);
    expect(steps.map((s) => s.parent)).toEqual([null, 0, 0, 0, 2, 1, 3]);
  });
});
