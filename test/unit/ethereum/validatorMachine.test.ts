/**
 * The validator lifecycle machine, tested by its transitions and by xstate/graph's path generation. Numbers are the
 * consensus-specs constants: compute_activation_exit_epoch = epoch + 1 + MAX_SEED_LOOKAHEAD (4),
 * MIN_VALIDATOR_WITHDRAWABILITY_DELAY = 256, SHARD_COMMITTEE_PERIOD = 256, EPOCHS_PER_SLASHINGS_VECTOR = 8192.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  validatorMachine,
  validatorSnapshot,
  type ValidatorMachineEvent,
  type ValidatorSnapshot,
} from '../../../src/engine/staking/ethereum/validatorMachine';
import { stepMachine } from '../../../src/engine/machines/step';
import { newValidatorRecord } from '../../../src/engine/staking/ethereum/deposits';
import { exploreMachine, expectFullCoverage } from '../machines/graphCoverage';

const fresh = (): ValidatorSnapshot =>
  validatorSnapshot(
    newValidatorRecord({ id: 'v', fromAccount: '', amount: 0n, withdrawalAccount: '', owner: 'a', operator: 'a' }),
  );
const step = (s: ValidatorSnapshot, e: ValidatorMachineEvent) => stepMachine(validatorMachine, s, e);
const must = (s: ValidatorSnapshot | null): ValidatorSnapshot => {
  expect(s).not.toBeNull();
  return s!;
};

/** Events around every date the snapshot holds: one epoch before (refused) and on it (taken). */
function events(s: { context: unknown }): ValidatorMachineEvent[] {
  const c = (s as ValidatorSnapshot).context;
  const out: ValidatorMachineEvent[] = [{ type: 'DEPOSIT_PROCESSED' }, { type: 'SCHEDULE_ACTIVATION', epoch: 10 }];
  for (const d of [c.activationEpoch, c.exitEpoch, c.withdrawableEpoch]) {
    if (d !== null) out.push({ type: 'tick', epoch: d - 1 }, { type: 'tick', epoch: d });
  }
  if (c.activationEpoch !== null) {
    const a = c.activationEpoch;
    out.push(
      { type: 'VOLUNTARY_EXIT', epoch: a + 255, exitEpoch: a + 300 },
      { type: 'VOLUNTARY_EXIT', epoch: a + 256, exitEpoch: a + 300 },
      { type: 'INITIATE_EXIT', exitEpoch: a + 300 },
      { type: 'SLASH', epoch: a - 1, exitEpoch: a + 300 },
      { type: 'SLASH', epoch: a + 1, exitEpoch: a + 300 },
    );
  }
  if (c.exitEpoch !== null) out.push({ type: 'SLASH', epoch: c.exitEpoch + 1 });
  if (c.withdrawableEpoch !== null) out.push({ type: 'SLASH', epoch: c.withdrawableEpoch });
  out.push({ type: 'WITHDRAW' });
  return out;
}

describe('validator machine', () => {
  it('walks deposited -> withdrawn on its own dates: activation 5 epochs after scheduling, withdrawable 256 after exit', () => {
    let s = must(step(fresh(), { type: 'DEPOSIT_PROCESSED' }));
    s = must(step(s, { type: 'SCHEDULE_ACTIVATION', epoch: 100 }));
    expect(s.value).toBe('pending');
    expect(s.context.activationEpoch).toBe(105);
    expect(step(s, { type: 'tick', epoch: 104 })).toBeNull();
    s = must(step(s, { type: 'tick', epoch: 105 }));
    expect(s.value).toBe('active');
    s = must(step(s, { type: 'VOLUNTARY_EXIT', epoch: 105 + 256, exitEpoch: 400 }));
    expect([s.value, s.context.exitEpoch, s.context.withdrawableEpoch]).toEqual(['exiting', 400, 656]);
    expect(step(s, { type: 'tick', epoch: 399 })).toBeNull();
    s = must(step(s, { type: 'tick', epoch: 400 }));
    expect(s.value).toBe('exited');
    expect(step(s, { type: 'tick', epoch: 655 })).toBeNull();
    s = must(step(s, { type: 'tick', epoch: 656 }));
    expect(s.value).toBe('withdrawable');
    s = must(step(s, { type: 'WITHDRAW' }));
    expect(s.status).toBe('done');
  });

  it('a voluntary exit waits SHARD_COMMITTEE_PERIOD = 256 epochs of service; a genesis validator does not', () => {
    let s = must(step(fresh(), { type: 'DEPOSIT_PROCESSED' }));
    s = must(step(s, { type: 'SCHEDULE_ACTIVATION', epoch: 0 }));
    s = must(step(s, { type: 'tick', epoch: 5 }));
    expect(step(s, { type: 'VOLUNTARY_EXIT', epoch: 260, exitEpoch: 300 })).toBeNull();
    expect(must(step(s, { type: 'VOLUNTARY_EXIT', epoch: 261, exitEpoch: 300 })).value).toBe('exiting');
    const genesis = validatorMachine.resolveState({ value: 'active', context: { ...s.context, genesis: true } });
    expect(must(step(genesis, { type: 'VOLUNTARY_EXIT', epoch: 6, exitEpoch: 11 })).value).toBe('exiting');
  });

  it('SLASH forces the exit, flags it once and pushes withdrawability to at least epoch + 8192', () => {
    let s = must(step(fresh(), { type: 'DEPOSIT_PROCESSED' }));
    s = must(step(s, { type: 'SCHEDULE_ACTIVATION', epoch: 0 }));
    s = must(step(s, { type: 'tick', epoch: 5 }));
    s = must(step(s, { type: 'SLASH', epoch: 50, exitEpoch: 60 }));
    expect(s.value).toBe('exiting');
    expect(s.context).toMatchObject({ slashed: true, slashedEpoch: 50, exitEpoch: 60, withdrawableEpoch: 50 + 8192 });
    expect(step(s, { type: 'SLASH', epoch: 51 })).toBeNull();
    // Slashed after its exit: still slashable (is_slashable_validator) until withdrawable, exit epoch kept.
    let t = must(step(fresh(), { type: 'DEPOSIT_PROCESSED' }));
    t = must(step(t, { type: 'SCHEDULE_ACTIVATION', epoch: 0 }));
    t = must(step(t, { type: 'tick', epoch: 5 }));
    t = must(step(t, { type: 'INITIATE_EXIT', exitEpoch: 20 }));
    t = must(step(t, { type: 'tick', epoch: 20 }));
    t = must(step(t, { type: 'SLASH', epoch: 30 }));
    expect([t.value, t.context.exitEpoch, t.context.withdrawableEpoch]).toEqual(['exited', 20, 30 + 8192]);
  });

  it('refuses what the protocol never does', () => {
    const pending = must(step(fresh(), { type: 'DEPOSIT_PROCESSED' }));
    expect(step(fresh(), { type: 'tick', epoch: 1e9 })).toBeNull();
    expect(step(pending, { type: 'SLASH', epoch: 1 })).toBeNull();
    expect(step(pending, { type: 'tick', epoch: 1e9 })).toBeNull(); // no activation epoch yet
    const scheduled = must(step(pending, { type: 'SCHEDULE_ACTIVATION', epoch: 0 }));
    expect(step(scheduled, { type: 'SCHEDULE_ACTIVATION', epoch: 9 })).toBeNull();
    const active = must(step(scheduled, { type: 'tick', epoch: 5 }));
    expect(step(active, { type: 'WITHDRAW' })).toBeNull();
    expect(step(active, { type: 'DEPOSIT_PROCESSED' })).toBeNull();
  });

  it('xstate/graph: every state reachable, every guard exercised both ways', () => {
    const c = exploreMachine(validatorMachine, events);
    expectFullCoverage(c, validatorMachine);
    expect([...c.guards.keys()].sort()).toEqual([
      'active.SLASH[slashable]',
      'active.VOLUNTARY_EXIT[shardCommitteePeriodServed]',
      'exited.SLASH[slashable]',
      'exited.tick[withdrawableEpochReached]',
      'exiting.SLASH[slashable]',
      'exiting.tick[exitEpochReached]',
      'pending.SCHEDULE_ACTIVATION[activationNotScheduled]',
      'pending.tick[activationEpochReached]',
    ]);
  });

  it('xstate/graph: withdrawn only through exited and withdrawable, slashed or not', () => {
    const shortest = getShortestPaths(validatorMachine, { events });
    const reached = new Set(
      shortest.map((p) => `${String(p.state.value)}${p.state.context.slashed ? '+slashed' : ''}`),
    );
    for (const s of ['withdrawn', 'withdrawn+slashed', 'exiting+slashed', 'exited+slashed'])
      expect(reached).toContain(s);
    const simple = getSimplePaths(validatorMachine, { events }).filter((p) => p.state.value === 'withdrawn');
    expect(simple.length).toBeGreaterThan(0);
    for (const p of simple) {
      const states = p.steps.map((st) => String(st.state.value));
      expect(states.slice(-3)).toEqual(['exited', 'withdrawable', 'withdrawn']);
      expect(states).toContain('exiting');
      expect(states).toContain('active');
    }
    // Slashed while active, exiting or exited, and never slashed: all four ways out are there.
    const slashedAt = new Set(
      simple.map((p) => {
        const i = p.steps.findIndex((st) => st.event.type === 'SLASH');
        return i < 0 ? 'never' : String(p.steps[i - 1]?.state.value);
      }),
    );
    expect([...slashedAt].sort()).toEqual(['active', 'exited', 'exiting', 'never']);
  });
});
