/**
 * Restaking invariants over random networks and slash sequences: an AVS never slashes more than is allocated to
 * it (unique), one operator's slash never touches another operator's stakers, pooled loss >= unique loss for the
 * same slashes, conservation (the fold checks the ledger and custody after every event), determinism.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run, G } from '../unit/restaking/helpers';
import { allocatedStake } from '../../src/engine/restaking/views';
import { withdrawableShares } from '../../src/engine/restaking/stakers';
import { applyEvent } from '../../src/engine/sim';
import type { SimEvent } from '../../src/engine/events';

const OPS = ['o1', 'o2', 'o3'];
const AVSS = ['A', 'B', 'C'];

const netArb = fc.record({
  deposits: fc.array(fc.record({ op: fc.integer({ min: 0, max: 2 }), amount: fc.integer({ min: 1, max: 1000 }) }), {
    minLength: 1,
    maxLength: 6,
  }),
  allocs: fc.array(fc.array(fc.integer({ min: 0, max: 33 }), { minLength: 3, maxLength: 3 }), {
    minLength: 3,
    maxLength: 3,
  }),
  slashes: fc.array(
    fc.record({
      avs: fc.integer({ min: 0, max: 2 }),
      op: fc.integer({ min: 0, max: 2 }),
      pct: fc.integer({ min: 1, max: 100 }),
    }),
    { maxLength: 6 },
  ),
});
type Net = {
  deposits: { op: number; amount: number }[];
  allocs: number[][];
  slashes: { avs: number; op: number; pct: number }[];
};

function build(model: 'unique' | 'pooled', n: Net) {
  return {
    securityModel: model,
    holders: n.deposits.map((d, i) => ({ id: `s${i}`, balances: { EIGEN: String(d.amount) } })),
    restaking: {
      strategies: [{ id: 'EIGEN' }],
      operators: OPS.map((id) => ({ id })),
      avss: AVSS.map((id) => ({ id })),
      deposits: n.deposits.map((d, i) => ({ holder: `s${i}`, strategy: 'EIGEN', amount: String(d.amount) })),
      delegations: n.deposits.map((d, i) => ({ staker: `s${i}`, operator: OPS[d.op] })),
      registrations: OPS.flatMap((operator) => AVSS.map((avs) => ({ operator, avs }))),
      allocations: OPS.flatMap((operator, o) =>
        AVSS.map((avs, a) => ({ operator, avs, strategy: 'EIGEN', magnitude: `${n.allocs[o][a]}/100` })).filter(
          (x) => x.magnitude !== '0/100',
        ),
      ),
    },
  };
}
const slashEvents = (n: Net) =>
  n.slashes.map((s) => ({
    type: 'SlashOperator' as const,
    avs: AVSS[s.avs],
    operator: OPS[s.op],
    wad: `${s.pct}/100`,
  }));

describe('restaking properties', () => {
  it("unique: a slash burns at most what is allocated to that AVS (plus 1 gwei of rounding), and only the slashed operator's stakers lose", () => {
    fc.assert(
      fc.property(netArb, (n) => {
        const { world } = run(build('unique', n as Net));
        for (const ev of slashEvents(n as Net)) {
          const allocated = allocatedStake(world, ev.operator, ev.avs);
          const burnedBefore = world.ledger.assets.EIGEN?.burned ?? 0n;
          const others = Object.values(world.restaking.stakers)
            .filter((s) => s.delegatedTo !== ev.operator)
            .map((s) => [s, withdrawableShares(world, s, 'EIGEN')] as const);
          const otherAvs = AVSS.filter((a) => a !== ev.avs).map(
            (a) => [a, allocatedStake(world, ev.operator, a)] as const,
          );
          applyEvent(world, { ...ev, set: 0, wad: [BigInt(ev.wad.split('/')[0]), 100n] } as SimEvent);
          const burned = world.ledger.assets.EIGEN.burned - burnedBefore;
          expect(burned <= allocated + 1n).toBe(true);
          for (const [s, before] of others) expect(withdrawableShares(world, s, 'EIGEN')).toBe(before);
          // other sets of the same operator keep their absolute stake (up to 1 gwei of rounding)
          for (const [a, before] of otherAvs) {
            const after = allocatedStake(world, ev.operator, a);
            expect(after <= before && before - after <= 1n).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('pooled loss >= unique loss for the same slashes', () => {
    fc.assert(
      fc.property(netArb, (n) => {
        const u = run(build('unique', n as Net), slashEvents(n as Net)).world;
        const p = run(build('pooled', n as Net), slashEvents(n as Net)).world;
        expect((p.ledger.assets.EIGEN?.burned ?? 0n) >= (u.ledger.assets.EIGEN?.burned ?? 0n)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('conservation and determinism: the same input gives byte-identical worlds; totals balance', () => {
    fc.assert(
      fc.property(netArb, (n) => {
        const events = [
          ...slashEvents(n as Net),
          { type: 'Undelegate' as const, staker: 's0' },
          { type: 'AdvanceTime' as const, days: 15 },
          { type: 'CompleteWithdrawal' as const, staker: 's0' },
        ];
        const a = run(build('unique', n as Net), events).world;
        const b = run(build('unique', n as Net), events).world;
        const ser = (w: unknown) => JSON.stringify(w, (_, x) => (typeof x === 'bigint' ? `${x}n` : x));
        expect(ser(a)).toBe(ser(b));
        const book = a.ledger.assets.EIGEN;
        const total = [...book.balances.values()].reduce((x, y) => x + y, 0n);
        expect(total).toBe(book.initial + book.minted - book.burned);
        expect(total).toBe(BigInt((n as Net).deposits.reduce((x, d) => x + d.amount, 0)) * G - book.burned);
      }),
      { numRuns: 40 },
    );
  });
});
