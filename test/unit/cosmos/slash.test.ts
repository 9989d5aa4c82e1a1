/**
 * x/staking keeper/slash.go `Slash` (cosmos/cosmos-sdk) on a worked example, by hand:
 * a validator had 100,000 tokens at the infraction; 200 were later unbonded and 300 redelegated away; 5%
 * double-sign evidence lands: slashAmount 5,000, unbonding entry −10, redelegation −15 (unbonded at the
 * destination and burned), 4,975 burned from the remaining 99,500 (5.0000%); a delegator's 1,000 becomes 950.
 * A Hub downtime slash (0.0001) turns 1,000 into 999.9.
 */
import { describe, expect, it } from 'vitest';
import { totals } from '../../../src/engine/ledger/ledger';
import { RefusedEvent } from '../../../src/engine/errors';
import { A, apply, atom, start, tokens, workedScenario, worth } from './helpers';

function workedExample(infractionEpoch?: number) {
  const { world } = start(workedScenario());
  if (infractionEpoch !== undefined) apply(world, { type: 'AdvanceTime', epochs: 10 });
  apply(
    world,
    { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '200' },
    { type: 'CosmosRedelegate', holder: 'bob', from: 'figment', to: 'chorus', amount: '300' },
  );
  expect(tokens(world, 'figment')).toBe(A(99_500));
  const burnedBefore = totals(world.ledger, 'ATOM').burned;
  const trace = apply(world, {
    type: 'CosmosDoubleSign',
    validator: 'figment',
    ...(infractionEpoch !== undefined ? { infractionEpoch } : {}),
  });
  return { world, trace, burned: totals(world.ledger, 'ATOM').burned - burnedBefore };
}

describe('Cosmos double-sign slash: the worked example', () => {
  for (const infraction of [undefined, 5]) {
    it(`matches the hand-worked numbers exactly (infraction ${infraction === undefined ? 'now, entries in the same epoch' : 'at epoch 5, entries at epoch 10'})`, () => {
      const { world, trace, burned } = workedExample(infraction);
      const slashStep = trace.find((s) => s.kind === 'cosmos.slash')!;
      expect(slashStep.amounts.power).toBe(A(100_000));
      expect(slashStep.amounts.slashAmount).toBe(A(5_000));
      expect(slashStep.amounts.burnedFromEntries).toBe(A(25));
      expect(slashStep.amounts.burnedFromValidator).toBe(A(4_975));
      // the unbonding entry: 200 - 10
      expect(world.cosmos.unbondings[0].balance).toBe(A(190));
      expect(atom(world, 'cosmos:unbonding')).toBe(A(190));
      // the redelegation: 15 unbonded at Chorus and burned; Bob's 300 there is now 285
      expect(tokens(world, 'chorus')).toBe(A(10_285));
      expect(worth(world, 'chorus', 'bob')).toBe(A(285));
      // 4,975 of 99,500 = 5.0000%: every delegation loses exactly 5%
      expect(tokens(world, 'figment')).toBe(A(94_525));
      expect(worth(world, 'figment', 'alice')).toBe(A(950));
      expect(worth(world, 'figment', 'bob')).toBe(A(84_075)); // 88,500 × 0.95
      expect(worth(world, 'figment', 'figop')).toBe(A(9_500));
      expect(burned).toBe(A(5_000));
      expect(world.cosmos.validators.figment.status).toBe('tombstoned');
      const aliceStep = trace.find((s) => s.kind === 'cosmos.slash.delegation' && s.entities[0] === 'alice')!;
      expect(aliceStep.text).toBe("Alice's 1,000 ATOM delegation to Figment is now worth 950 ATOM.");
      expect(slashStep.text).toContain(
        'Validator Figment is slashed 5% for double signing: 5,000 ATOM of the 100,000 ATOM',
      );
    });
  }

  it('leaves entries created before the infraction untouched, and uses the power at the infraction', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'AdvanceTime', epochs: 2 });
    apply(world, { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '1000' });
    apply(world, { type: 'CosmosRedelegate', holder: 'bob', from: 'figment', to: 'chorus', amount: '300' });
    apply(world, { type: 'AdvanceTime', epochs: 8 });
    const trace = apply(world, { type: 'CosmosDoubleSign', validator: 'figment', infractionEpoch: 5 });
    // Figment had 98,700 at the start of epoch 5: slashAmount 4,935, all of it from the validator
    const slashStep = trace.find((s) => s.kind === 'cosmos.slash')!;
    expect(slashStep.amounts.power).toBe(A(98_700));
    expect(slashStep.amounts.slashAmount).toBe(A(4_935));
    expect(world.cosmos.unbondings[0].balance).toBe(A(1_000));
    expect(tokens(world, 'chorus')).toBe(A(10_300));
    expect(tokens(world, 'figment')).toBe(A(98_700 - 4_935));
    expect(trace.filter((s) => s.kind === 'cosmos.slash.untouched')).toHaveLength(2);
  });

  it('does not slash an entry that has already completed', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'AdvanceTime', epochs: 1 });
    apply(world, { type: 'CosmosUndelegate', holder: 'alice', validator: 'figment', amount: '1000' });
    apply(world, { type: 'AdvanceTime', days: 21 }); // completes at epoch 1 + 4725
    expect(world.cosmos.unbondings[0].state).toBe('completed');
    const aliceBefore = atom(world, 'holder:alice');
    expect(aliceBefore).toBeGreaterThanOrEqual(A(1000));
    // the infraction (epoch 1) precedes the entry's creation, but the entry is mature: nothing to slash
    const trace = apply(world, { type: 'CosmosDoubleSign', validator: 'figment', infractionEpoch: 1 });
    expect(atom(world, 'holder:alice')).toBe(aliceBefore);
    expect(trace.filter((s) => s.kind === 'cosmos.slash.unbonding')).toHaveLength(0);
  });

  it('slashes stake undelegated from the redelegation destination first (SDK fix GHSA-86h5-xcpx-cfqc)', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'CosmosRedelegate', holder: 'bob', from: 'figment', to: 'chorus', amount: '300' });
    apply(world, { type: 'CosmosUndelegate', holder: 'bob', validator: 'chorus', amount: '100' });
    const trace = apply(world, { type: 'CosmosDoubleSign', validator: 'figment' });
    // the redelegation owes 15: all of it from Bob's 100 ATOM unbonding at Chorus, so no shares are unbonded
    expect(world.cosmos.unbondings[0].balance).toBe(A(85));
    expect(worth(world, 'chorus', 'bob')).toBe(A(200));
    expect(tokens(world, 'chorus')).toBe(A(10_200));
    // Figment had 100,000 at the infraction: 5,000 owed, 15 paid by the entry, 4,985 burned from its 99,700
    expect(trace.find((s) => s.kind === 'cosmos.slash')!.amounts.burnedFromValidator).toBe(A(4_985));
    expect(tokens(world, 'figment')).toBe(A(94_715));
  });

  it('takes an entry down to zero at a 100% fraction and burns the rest from the validator', () => {
    // 100% double-sign fraction: the entry owes its whole initial balance; the validator burns the rest
    const { world } = start(workedScenario({ params: { slashFractionDoubleSign: '1' } }));
    apply(world, { type: 'CosmosUndelegate', holder: 'bob', validator: 'figment', amount: '200' });
    const trace = apply(world, { type: 'CosmosDoubleSign', validator: 'figment' });
    expect(world.cosmos.unbondings[0].balance).toBe(0n);
    expect(tokens(world, 'figment')).toBe(0n);
    expect(trace.find((s) => s.kind === 'cosmos.slash')!.amounts.burnedFromValidator).toBe(A(99_800));
    // a fully slashed validator cannot take delegations any more
    expect(() => apply(world, { type: 'CosmosDelegate', holder: 'carol', validator: 'figment', amount: '1' })).toThrow(
      /slashed to zero/,
    );
  });
});

describe('Cosmos downtime slash and jail', () => {
  it('turns a 1,000 ATOM delegation into 999.9 on the Hub (0.0001) and jails for 600 s', () => {
    const { world } = start(workedScenario());
    const trace = apply(world, { type: 'CosmosDowntime', validator: 'figment' });
    expect(tokens(world, 'figment')).toBe(A(99_990));
    expect(worth(world, 'figment', 'alice')).toBe(A('999.9'));
    expect(world.cosmos.validators.figment.status).toBe('jailed');
    // 600 s = 1.5625 epochs of 384 s, rounded up: 2 epochs
    expect(world.cosmos.validators.figment.jailedUntil).toBe(2);
    expect(trace.map((s) => s.kind)).toContain('cosmos.jail');
  });

  it('uses the SDK default 1% when the scenario asks for it', () => {
    const { world } = start(workedScenario({ params: { slashFractionDowntime: '0.01' } }));
    apply(world, { type: 'CosmosDowntime', validator: 'figment' });
    expect(worth(world, 'figment', 'alice')).toBe(A(990));
  });

  it('refuses an unjail before the jail time is served, saying when, and allows it after', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'CosmosDowntime', validator: 'figment' });
    apply(world, { type: 'AdvanceTime', epochs: 1 });
    expect(() => apply(world, { type: 'CosmosUnjail', validator: 'figment' })).toThrow(RefusedEvent);
    expect(() => apply(world, { type: 'CosmosUnjail', validator: 'figment' })).toThrow(
      /jailed until epoch 2 \(1 epoch, about 7 minutes, from now\)/,
    );
    apply(world, { type: 'AdvanceTime', epochs: 1 });
    apply(world, { type: 'CosmosUnjail', validator: 'figment' });
    expect(world.cosmos.validators.figment.status).toBe('bonded');
    expect(world.cosmos.validators.figment.jailedUntil).toBeNull();
  });

  it('refuses downtime for a validator that is already jailed, and unjail for one that is not', () => {
    const { world } = start(workedScenario());
    expect(() => apply(world, { type: 'CosmosUnjail', validator: 'figment' })).toThrow(/not jailed/);
    apply(world, { type: 'CosmosDowntime', validator: 'figment' });
    expect(() => apply(world, { type: 'CosmosDowntime', validator: 'figment' })).toThrow(/already jailed/);
  });

  it('a tombstoned validator refuses unjail forever and is never slashed twice', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'CosmosDoubleSign', validator: 'figment' });
    apply(world, { type: 'AdvanceTime', days: 30 });
    expect(() => apply(world, { type: 'CosmosUnjail', validator: 'figment' })).toThrow(
      /tombstoned for double signing and can never unjail/,
    );
    const before = tokens(world, 'figment');
    expect(() => apply(world, { type: 'CosmosDoubleSign', validator: 'figment' })).toThrow(/tombstoned/);
    expect(() => apply(world, { type: 'CosmosDowntime', validator: 'figment' })).toThrow(/tombstoned/);
    expect(tokens(world, 'figment')).toBe(before);
  });

  it('a jailed (downtime) validator can still be tombstoned by double-sign evidence', () => {
    const { world } = start(workedScenario());
    apply(world, { type: 'CosmosDowntime', validator: 'figment' });
    apply(world, { type: 'CosmosDoubleSign', validator: 'figment' });
    expect(world.cosmos.validators.figment.status).toBe('tombstoned');
    // 5% of the 100,000 it had at the start of epoch 0 (before the downtime slash in the same epoch)
    expect(tokens(world, 'figment')).toBe(A(99_990 - 5_000));
  });

  it('refuses evidence from the future or older than the unbonding period', () => {
    const { world } = start(workedScenario());
    expect(() => apply(world, { type: 'CosmosDoubleSign', validator: 'figment', infractionEpoch: 3 })).toThrow(
      /future/,
    );
    apply(world, { type: 'AdvanceTime', days: 22 });
    expect(() => apply(world, { type: 'CosmosDoubleSign', validator: 'figment', infractionEpoch: 0 })).toThrow(
      /older than the 21-day unbonding period/,
    );
  });
});

describe('Cosmos report', () => {
  it('shows tokens per share falling to 0.95 after the 5% slash, and each delegation value', async () => {
    const { cosmosReport } = await import('../../../src/engine/staking/cosmos/report');
    const { world } = workedExample();
    const figment = cosmosReport(world).validators.find((v) => v.id === 'figment')!;
    expect(figment.state).toBe('tombstoned');
    expect(figment.tokensPerShare).toBe('0.95');
    expect(figment.delegations.find((d) => d.holder === 'alice')!.valueText).toBe('950 ATOM');
  });
});
