/** The Cosmos machines, tested by their transitions (xstate's pure transition over a stored state value). */
import { describe, expect, it } from 'vitest';
import { getNextTransitions, initialTransition } from 'xstate';
import { stepValue } from '../../../src/engine/staking/cosmos/machineStep';
import { validatorMachine } from '../../../src/engine/staking/cosmos/validatorMachine';
import { unbondingMachine } from '../../../src/engine/staking/cosmos/unbondingMachine';
import { redelegationMachine } from '../../../src/engine/staking/cosmos/redelegationMachine';

describe('validatorMachine', () => {
  it('starts bonded', () => {
    const [s] = initialTransition(validatorMachine);
    expect(s.value).toBe('bonded');
  });
  it('bonded -> jailed -> (unjail after the jail time) bonded', () => {
    const jailed = stepValue(validatorMachine, 'bonded', { type: 'JAIL' });
    expect(jailed).toBe('jailed');
    expect(() => stepValue(validatorMachine, jailed, { type: 'UNJAIL', now: 1, jailedUntil: 2 })).toThrow(
      /not accepted/,
    );
    expect(stepValue(validatorMachine, jailed, { type: 'UNJAIL', now: 2, jailedUntil: 2 })).toBe('bonded');
  });
  it('tombstoned from bonded or jailed, and final: no unjail, no jail', () => {
    expect(stepValue(validatorMachine, 'bonded', { type: 'TOMBSTONE' })).toBe('tombstoned');
    expect(stepValue(validatorMachine, 'jailed', { type: 'TOMBSTONE' })).toBe('tombstoned');
    expect(() => stepValue(validatorMachine, 'tombstoned', { type: 'UNJAIL', now: 1e9, jailedUntil: 0 })).toThrow();
    expect(() => stepValue(validatorMachine, 'tombstoned', { type: 'JAIL' })).toThrow();
    const snap = validatorMachine.resolveState({ value: 'tombstoned', context: {} });
    expect(snap.status).toBe('done');
    expect(getNextTransitions(snap)).toHaveLength(0);
  });
  it('a bonded validator cannot be unjailed', () => {
    expect(() => stepValue(validatorMachine, 'bonded', { type: 'UNJAIL', now: 5, jailedUntil: 0 })).toThrow();
  });
});

describe('unbondingMachine', () => {
  it('unbonding -> matured only at the completion epoch -> completed (final)', () => {
    expect(initialTransition(unbondingMachine)[0].value).toBe('unbonding');
    expect(() =>
      stepValue(unbondingMachine, 'unbonding', { type: 'MATURE', now: 4724, completionEpoch: 4725 }),
    ).toThrow();
    expect(() => stepValue(unbondingMachine, 'unbonding', { type: 'COMPLETE' })).toThrow();
    const matured = stepValue(unbondingMachine, 'unbonding', { type: 'MATURE', now: 4725, completionEpoch: 4725 });
    expect(matured).toBe('matured');
    expect(stepValue(unbondingMachine, matured, { type: 'COMPLETE' })).toBe('completed');
    expect(unbondingMachine.resolveState({ value: 'completed', context: {} }).status).toBe('done');
  });
});

describe('redelegationMachine', () => {
  it('redelegating -> matured only at the completion epoch (final)', () => {
    expect(initialTransition(redelegationMachine)[0].value).toBe('redelegating');
    expect(() =>
      stepValue(redelegationMachine, 'redelegating', { type: 'MATURE', now: 10, completionEpoch: 11 }),
    ).toThrow();
    expect(stepValue(redelegationMachine, 'redelegating', { type: 'MATURE', now: 11, completionEpoch: 11 })).toBe(
      'matured',
    );
    expect(redelegationMachine.resolveState({ value: 'matured', context: {} }).status).toBe('done');
  });
});
