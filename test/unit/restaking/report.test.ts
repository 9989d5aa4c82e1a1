/** The restaking section of `npm run simulate`'s report, on a world small enough to work out by hand. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './helpers';
import { REPORTERS } from '../../../src/engine/reporters';
import { restakingReport } from '../../../src/engine/restaking/report';
import { decimal } from '../../../src/engine/ledger/decimal';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';

const G = 1_000_000_000n;

function world(slash = false) {
  return run(
    {
      holders: [{ id: 'a', balances: { EIGEN: '100' } }],
      restaking: {
        strategies: [{ id: 'EIGEN' }],
        operators: [{ id: 'o1' }],
        avss: [
          { id: 'A', profitFromCorruption: '10' },
          { id: 'B', profitFromCorruption: '20' },
        ],
        deposits: [{ holder: 'a', strategy: 'EIGEN', amount: '100' }],
        delegations: [{ staker: 'a', operator: 'o1' }],
        allocations: [
          { operator: 'o1', avs: 'A', strategy: 'EIGEN', magnitude: '0.4' },
          { operator: 'o1', avs: 'B', strategy: 'EIGEN', magnitude: '0.25' },
        ],
      },
    },
    slash ? [{ type: 'SlashOperator', avs: 'A', operator: 'o1', wad: '0.5' }] : [],
  ).world;
}

describe('restaking report', () => {
  // One operator gives each AVS one stake unit (its allocation), and an attacker must corrupt whole units: the cost
  // of corruption is that whole allocation (40 and 25), while stake × 1/2 (20 and 12.5) is the stake needed to attack.
  it('operators: delegated and slashable per set; AVSs: stake seen, stake needed (× 1/2), exact cost against profit', () => {
    const r = restakingReport(world());
    const op = r.operators[0];
    expect(op.delegated).toBe(String(100n * G));
    expect(op.sets.map((s) => [s.set, s.allocated.EIGEN.magnitude, s.slashable])).toEqual([
      ['A/0', '0.4', String(40n * G)],
      ['B/0', '0.25', String(25n * G)],
    ]);
    expect(
      r.avss.map((a) => [
        a.id,
        a.stakeSeen,
        a.stakeNeeded,
        a.costOfCorruption,
        a.costOfCorruptionExact,
        a.profitFromCorruption,
        a.corruptionProfitable,
      ]),
    ).toEqual([
      ['A', String(40n * G), String(20n * G), String(40n * G), true, String(10n * G), false],
      ['B', String(25n * G), '12500000000', String(25n * G), true, String(20n * G), false],
    ]);
  });

  it('after A slashes 50%: d = ceil(0.4 × 0.5) = 0.2, M = 0.8, shares 80; A sees 80 × 0.2/0.8 = 20, B still 80 × 0.25/0.8 = 25 (ELIP-002)', () => {
    const r = restakingReport(world(true));
    const op = r.operators[0];
    expect(op.strategies.EIGEN).toEqual({ shares: String(80n * G), maxMagnitude: '0.8', encumberedMagnitude: '0.45' });
    expect(op.slashableByAvs).toEqual({ A: String(20n * G), B: String(25n * G) });
    expect(r.avss.map((a) => a.stakeSeen)).toEqual([String(20n * G), String(25n * G)]);
  });

  it('LRT rate as a decimal string: backing / supply, below 1 after the slash', () => {
    const parsed = parseScenario(JSON.parse(readFileSync('public/scenarios/lrt-slashed-operator.json', 'utf8')));
    if (!parsed.ok) throw new Error('scenario');
    const { world: w } = fold(parsed.value, parsed.value.events);
    const [lrt] = restakingReport(w).lrts;
    expect(lrt.rate).toBe(decimal(BigInt(lrt.backing), BigInt(lrt.supply)));
    expect(BigInt(lrt.backing)).toBeLessThan(BigInt(lrt.supply));
  });

  it('the module reports only when the scenario uses restaking; decimal() rounds down', () => {
    const restaking = REPORTERS.find((r) => r.name === 'restaking')!;
    expect(restaking.report(run({ restaking: {} }).world)).toBeUndefined();
    expect(restaking.report(world())).toBeDefined();
    expect(decimal(2n, 3n, 4)).toBe('0.6666');
    expect(decimal(-1n, 2n)).toBe('-0.5');
    expect(decimal(5n, 1n)).toBe('5');
  });
});
