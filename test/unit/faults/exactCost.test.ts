/**
 * The cascade's security step uses the exact cost of corruption of an AVS attacked alone (the cheapest set of its
 * stake nodes holding its attack threshold), not only the lower bound stake × threshold. Worked by hand:
 * AVS X sees two allocations, A 100 and B 80 (threshold 1/2 of 180: the bound is 90, but no subset sums to
 * 90..99, so corrupting X costs 100 > its profit 95: safe). X slashes A 10% for misbehaviour: A 90, S = 170,
 * need 85, and {A} = 90 < 95: an attack now pays.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';

const scenario = {
  format: 'restaking-lab/scenario',
  version: 1,
  name: 'exact cost',
  holders: [
    { id: 'alice', balances: { LST: '100' } },
    { id: 'bob', balances: { LST: '80' } },
  ],
  restaking: {
    strategies: [{ id: 'lst', asset: 'LST' }],
    operators: [{ id: 'A' }, { id: 'B' }],
    avss: [
      {
        id: 'X',
        kind: 'oracle',
        attackThreshold: '1/2',
        profitFromCorruption: '95',
        slashing: [{ fault: 'avs-misbehaviour', wad: '0.1' }],
      },
    ],
    deposits: [
      { holder: 'alice', strategy: 'lst', amount: '100' },
      { holder: 'bob', strategy: 'lst', amount: '80' },
    ],
    delegations: [
      { staker: 'alice', operator: 'A' },
      { staker: 'bob', operator: 'B' },
    ],
    registrations: [
      { operator: 'A', avs: 'X' },
      { operator: 'B', avs: 'X' },
    ],
    allocations: [
      { operator: 'A', avs: 'X', strategy: 'lst', magnitude: '1' },
      { operator: 'B', avs: 'X', strategy: 'lst', magnitude: '1' },
    ],
  },
  events: [{ type: 'Fault', fault: 'avs-misbehaviour', avs: 'X', operator: 'A', settle: false }],
};

describe('exact cost of corruption in the cascade', () => {
  it('reports X safe before (100 > 95 although the bound is 90) and profitable after (90 < 95)', () => {
    const parsed = parseScenario(scenario);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const trace = fold(parsed.value).traces[1];
    const step = trace.find((s) => s.layer === 'security');
    expect(step?.kind).toBe('security.unsafe');
    expect(step?.amounts).toMatchObject({
      costBefore: 100_000_000_000n,
      costAfter: 90_000_000_000n,
      profit: 95_000_000_000n,
    });
    expect(step?.text).toBe(
      'X now sees 170 ETH of stake: corrupting it costs 90 ETH but would pay 95 ETH, so an attack has become profitable.',
    );
  });
});
