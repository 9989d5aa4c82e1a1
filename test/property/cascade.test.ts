import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEvent, initWorld } from '../../src/engine/sim';
import { parseEvents } from '../../src/engine/scenario/validate';
import { toJSON } from '../../src/engine/snapshot';
import { cascadeSummary } from '../../src/engine/faults/summary';
import { totals } from '../../src/engine/ledger/ledger';
import { lidoMarketScenario } from '../unit/faults/fixture';
import type { TraceStep } from '../../src/engine/trace';

const VALIDATORS = ['lv1', 'lv2', 'lv3', 'lv4'];

const faultArb = fc.oneof(
  fc.record({
    fault: fc.constant('double-sign'),
    validators: fc.subarray(VALIDATORS, { minLength: 1 }),
    settle: fc.boolean(),
  }),
  fc.record({
    fault: fc.constant('correlated-bug'),
    validators: fc.subarray(VALIDATORS, { minLength: 1 }),
    settle: fc.boolean(),
  }),
  fc.record({ fault: fc.constant('key-compromise'), operator: fc.constantFrom('op1', 'op2'), settle: fc.boolean() }),
  fc.record({
    fault: fc.constant('downtime'),
    validators: fc.subarray(VALIDATORS, { minLength: 1 }),
    epochs: fc.integer({ min: 1, max: 400 }),
    settle: fc.boolean(),
  }),
  fc.record({
    fault: fc.constant('market-shock'),
    holder: fc.constant('lp'),
    pool: fc.constant('curve'),
    amount: fc.integer({ min: 1, max: 70 }).map(String),
    settle: fc.boolean(),
  }),
);

function run(f: Record<string, unknown>, oracle: 'pool' | 'redemption') {
  const parsed = parseEvents([{ type: 'Fault', ...f }]);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const { world } = initWorld(lidoMarketScenario(oracle));
  const trace = applyEvent(world, parsed.value[0]);
  return { world, trace };
}

function parentsEarlier(trace: TraceStep[]): boolean {
  const seen = new Set<number>();
  for (const s of trace) {
    if (s.parent !== null && !seen.has(s.parent)) return false;
    seen.add(s.id);
  }
  return true;
}

describe('cascade properties', () => {
  it('conserves every asset, links parents to earlier steps, and counts each loss once', () => {
    fc.assert(
      fc.property(faultArb, fc.constantFrom('pool' as const, 'redemption' as const), (f, oracle) => {
        const { world, trace } = run(f, oracle);
        for (const asset of Object.keys(world.ledger.assets)) {
          const t = totals(world.ledger, asset);
          expect(t.total).toBe(t.initial + t.minted - t.burned);
        }
        expect(parentsEarlier(trace)).toBe(true);
        expect(trace.every((s) => s.text.length > 0)).toBe(true);
        const s = cascadeSummary(trace, world);
        for (const [asset, total] of Object.entries(s.total)) {
          const byHolder = Object.values(s.byHolder).reduce((a, r) => a + (r[asset] ?? 0n), 0n);
          const byLayer = Object.values(s.byLayer).reduce((a, r) => a + (r?.[asset] ?? 0n), 0n);
          expect(byHolder).toBe(total);
          expect(byLayer).toBe(total);
        }
        // what the summary calls burned never exceeds what the ledger burned during the event
        const burnedEth = trace
          .flatMap((x) => x.movements)
          .filter((m) => m.asset === 'ETH' && m.to === null)
          .reduce((a, m) => a + m.amount, 0n);
        expect((s.total.ETH ?? 0n) <= burnedEth).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('is deterministic: the same fault gives byte-identical world and trace JSON', () => {
    fc.assert(
      fc.property(faultArb, (f) => {
        const a = run(f, 'pool');
        const b = run(f, 'pool');
        expect(toJSON(a.world)).toBe(toJSON(b.world));
        expect(toJSON(a.trace)).toBe(toJSON(b.trace));
      }),
      { numRuns: 10 },
    );
  });
});
