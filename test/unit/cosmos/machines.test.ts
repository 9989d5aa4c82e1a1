/**
 * The Cosmos machines, tested by their transitions and by xstate/graph's exploration. Hub parameters
 * (x/staking, x/slashing params): UnbondingTime 21 days = 1814400 s = 4725 epochs of 384 s; DowntimeJailDuration
 * 600 s = 2 epochs (rounded up).
 */
import { describe, expect, it } from 'vitest';
import { getNextTransitions, initialTransition } from 'xstate';
import { stepMachine } from '../../../src/engine/machines/step';
import {
  cosmosValidatorSnapshot,
  validatorMachine,
  type ValidatorEvent,
} from '../../../src/engine/staking/cosmos/validatorMachine';
import {
  startUnbonding,
  unbondingMachine,
  unbondingSnapshot,
  type UnbondingEvent,
} from '../../../src/engine/staking/cosmos/unbondingMachine';
import {
  redelegationMachine,
  redelegationSnapshot,
  startRedelegation,
} from '../../../src/engine/staking/cosmos/redelegationMachine';
import { makeParams } from '../../../src/engine/staking/cosmos/params';
import { exploreMachine, expectFullCoverage } from '../machines/graphCoverage';

const { unbondingEpochs, downtimeJailEpochs } = makeParams();

describe('validatorMachine', () => {
  it('starts bonded', () => {
    expect(initialTransition(validatorMachine)[0].value).toBe('bonded');
    expect([unbondingEpochs, downtimeJailEpochs]).toEqual([4725, 2]);
  });

  it('bonded -> jailed for DowntimeJailDuration (2 epochs) -> bonded by an unjail once served', () => {
    const bonded = cosmosValidatorSnapshot({ status: 'bonded', jailedUntil: null }, downtimeJailEpochs);
    const jailed = stepMachine(validatorMachine, bonded, { type: 'JAIL', epoch: 100 })!;
    expect([jailed.value, jailed.context.jailedUntil]).toEqual(['jailed', 102]);
    expect(stepMachine(validatorMachine, jailed, { type: 'UNJAIL', epoch: 101 })).toBeNull();
    const back = stepMachine(validatorMachine, jailed, { type: 'UNJAIL', epoch: 102 })!;
    expect([back.value, back.context.jailedUntil]).toEqual(['bonded', null]);
  });

  it('tombstoned from bonded or jailed, and final: no unjail, no jail', () => {
    const bonded = cosmosValidatorSnapshot({ status: 'bonded', jailedUntil: null }, downtimeJailEpochs);
    const jailed = cosmosValidatorSnapshot({ status: 'jailed', jailedUntil: 9 }, downtimeJailEpochs);
    expect(stepMachine(validatorMachine, bonded, { type: 'TOMBSTONE' })!.value).toBe('tombstoned');
    const t = stepMachine(validatorMachine, jailed, { type: 'TOMBSTONE' })!;
    expect([t.value, t.context.jailedUntil]).toEqual(['tombstoned', null]);
    expect(stepMachine(validatorMachine, t, { type: 'UNJAIL', epoch: 1e9 })).toBeNull();
    expect(stepMachine(validatorMachine, t, { type: 'JAIL', epoch: 1 })).toBeNull();
    expect(t.status).toBe('done');
    expect(getNextTransitions(t)).toHaveLength(0);
    expect(stepMachine(validatorMachine, bonded, { type: 'UNJAIL', epoch: 5 })).toBeNull();
  });

  it('xstate/graph: every state reachable, jailTimeServed both ways', () => {
    const events = (s: { context: unknown }): ValidatorEvent[] => {
      const until = (s.context as { jailedUntil: number | null }).jailedUntil;
      const out: ValidatorEvent[] = [{ type: 'JAIL', epoch: 10 }, { type: 'TOMBSTONE' }];
      if (until !== null) out.push({ type: 'UNJAIL', epoch: until - 1 }, { type: 'UNJAIL', epoch: until });
      return out;
    };
    expectFullCoverage(exploreMachine(validatorMachine, events), validatorMachine);
  });
});

describe('unbondingMachine', () => {
  it('started at 100: matures on the tick at 100 + 4725, then completes (final)', () => {
    const u = startUnbonding(100, unbondingEpochs);
    expect(u).toEqual({ completionEpoch: 4825, state: 'unbonding' });
    const s = unbondingSnapshot(u);
    expect(stepMachine(unbondingMachine, s, { type: 'tick', epoch: 4824 })).toBeNull();
    expect(stepMachine(unbondingMachine, s, { type: 'COMPLETE' })).toBeNull();
    const matured = stepMachine(unbondingMachine, s, { type: 'tick', epoch: 4825 })!;
    expect(matured.value).toBe('matured');
    const done = stepMachine(unbondingMachine, matured, { type: 'COMPLETE' })!;
    expect([done.value, done.status]).toEqual(['completed', 'done']);
  });

  it('xstate/graph: every state reachable, completionEpochReached both ways', () => {
    const events = (s: { context: unknown }): UnbondingEvent[] => {
      const at = (s.context as { completionEpoch: number }).completionEpoch;
      return [{ type: 'tick', epoch: at - 1 }, { type: 'tick', epoch: at }, { type: 'COMPLETE' }];
    };
    expectFullCoverage(exploreMachine(unbondingMachine, events, { epoch: 0, unbondingEpochs }), unbondingMachine);
  });
});

describe('redelegationMachine', () => {
  it('matures only on the tick at its completion epoch (final)', () => {
    const r = startRedelegation(10, unbondingEpochs);
    expect(r).toEqual({ completionEpoch: 4735, state: 'redelegating' });
    const s = redelegationSnapshot(r);
    expect(stepMachine(redelegationMachine, s, { type: 'tick', epoch: 4734 })).toBeNull();
    const m = stepMachine(redelegationMachine, s, { type: 'tick', epoch: 4735 })!;
    expect([m.value, m.status]).toEqual(['matured', 'done']);
  });

  it('xstate/graph: every state reachable, completionEpochReached both ways', () => {
    const events = (s: { context: unknown }) => {
      const at = (s.context as { completionEpoch: number }).completionEpoch;
      return [
        { type: 'tick', epoch: at - 1 },
        { type: 'tick', epoch: at },
      ] as const;
    };
    expectFullCoverage(
      exploreMachine(redelegationMachine, (s) => [...events(s)], { epoch: 0, unbondingEpochs }),
      redelegationMachine,
    );
  });
});
