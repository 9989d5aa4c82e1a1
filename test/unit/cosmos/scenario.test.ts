/** The `cosmos` scenario section: defaults, and specific errors naming the JSON path. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { cosmosSectionSchema } from '../../../src/engine/staking/cosmos/scenario';
import { initWorld } from '../../../src/engine/sim';
import { start, workedScenario } from './helpers';

function issues(input: unknown): string[] {
  const parsed = parseScenario(input);
  return parsed.ok ? [] : parsed.issues.map((i) => `${i.path}: ${i.message}`);
}

/** The section as written in JSON; the worked example gives every optional part. */
type CosmosInput = Required<v.InferInput<typeof cosmosSectionSchema>>;

/** The worked example with its cosmos section changed by `fn`. */
function edit(fn: (c: CosmosInput) => void): unknown {
  const s = workedScenario() as { cosmos: CosmosInput };
  fn(s.cosmos);
  return s;
}

describe('cosmos scenario section', () => {
  it('uses the Cosmos Hub parameters by default', () => {
    const { world } = start(workedScenario());
    const p = world.cosmos.params;
    expect(world.cosmos.token).toBe('ATOM');
    expect(p.unbondingDays).toBe(21);
    expect(p.unbondingEpochs).toBe(4725);
    expect(p.slashFractionDoubleSign).toBe(5n * 10n ** 16n);
    expect(p.slashFractionDowntime).toBe(10n ** 14n);
    expect(p.downtimeJailSeconds).toBe(600);
    expect(p.downtimeJailEpochs).toBe(2);
    expect(p.maxEntries).toBe(7);
    expect(p.inflation).toBe(10n ** 17n);
  });

  it('accepts another token symbol', () => {
    const s = workedScenario({ token: 'OSMO' }) as { holders: { balances: Record<string, string> }[] };
    for (const h of s.holders) h.balances = { OSMO: Object.values(h.balances)[0] };
    const { world } = start(s);
    expect(world.ledger.assets.OSMO.balances.get('cosmos:validator:figment:bonded')).toBe(100_000_000_000_000n);
  });

  it('rejects a commission above maxCommission, at its path', () => {
    expect(issues(edit((c) => (c.validators[0].commission = '0.25')))).toContain(
      '$.cosmos.validators[0].commission: commission must not exceed maxCommission',
    );
  });

  it('rejects a maxChangeRate above maxCommission', () => {
    expect(issues(edit((c) => (c.validators[0].maxChangeRate = '0.5')))[0]).toMatch(
      /^\$\.cosmos\.validators\[0\]\.maxChangeRate: maxChangeRate must not exceed maxCommission/,
    );
  });

  it('rejects a delegation to an unknown validator and duplicate validator ids', () => {
    expect(issues(edit((c) => (c.delegations[1].validator = 'nobody')))).toEqual([
      '$.cosmos.delegations[1].validator: there is no validator "nobody" in cosmos.validators (validators: figment, chorus)',
    ]);
    expect(issues(edit((c) => (c.validators[1].id = 'figment')))[0]).toBe(
      '$.cosmos.validators[1].id: validator id "figment" is used twice',
    );
  });

  it('rejects unknown fields and bad fractions', () => {
    expect(issues(edit((c) => Object.assign(c, { params: { unbondingDayz: 3 } })))[0]).toMatch(
      /^\$\.cosmos\.params\.unbondingDayz/,
    );
    expect(issues(edit((c) => (c.inflation = '1.5')))[0]).toMatch(/^\$\.cosmos\.inflation: must be between 0 and 1/);
  });

  it('names an unknown holder or a holder without enough tokens at genesis', () => {
    const unknown = parseScenario(edit((c) => (c.delegations[0].holder = 'zed')));
    if (!unknown.ok) throw new Error('expected a valid shape');
    expect(() => initWorld(unknown.value)).toThrow(
      '$.cosmos.delegations[0].holder: there is no holder "zed"; add them to holders',
    );
    const poor = parseScenario(edit((c) => (c.delegations[0].amount = '1000.5')));
    if (!poor.ok) throw new Error('expected a valid shape');
    expect(() => initWorld(poor.value)).toThrow(
      /\$\.cosmos\.delegations\[0\]\.holder: holder "alice" has only 1,000 ATOM but must bond 1,000.5 ATOM/,
    );
  });
});
