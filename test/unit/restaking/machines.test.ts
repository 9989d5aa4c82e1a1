/** The lifecycle machines, tested by their transitions (xstate's pure transition over stored state values). */
import { describe, expect, it } from 'vitest';
import { stepValue } from '../../../src/engine/restaking/machines/step';
import { withdrawalMachine } from '../../../src/engine/restaking/machines/withdrawalMachine';
import { allocationChangeMachine } from '../../../src/engine/restaking/machines/allocationMachine';
import { slashRequestMachine } from '../../../src/engine/services/slashRequestMachine';

describe('machines', () => {
  it('withdrawal: queued -> completable -> completed; no completion while queued', () => {
    expect(stepValue(withdrawalMachine, 'queued', { type: 'COMPLETE' })).toBeNull();
    expect(stepValue(withdrawalMachine, 'queued', { type: 'DELAY_ELAPSED' })).toBe('completable');
    expect(stepValue(withdrawalMachine, 'completable', { type: 'COMPLETE' })).toBe('completed');
    expect(stepValue(withdrawalMachine, 'completed', { type: 'COMPLETE' })).toBeNull();
  });
  it('allocation change: pending -> effective, final', () => {
    expect(stepValue(allocationChangeMachine, 'pending', { type: 'EFFECT_REACHED' })).toBe('effective');
    expect(stepValue(allocationChangeMachine, 'effective', { type: 'EFFECT_REACHED' })).toBeNull();
  });
  it('slash request: requested -> vetoed | executed; nothing after', () => {
    expect(stepValue(slashRequestMachine, 'requested', { type: 'VETO' })).toBe('vetoed');
    expect(stepValue(slashRequestMachine, 'requested', { type: 'WINDOW_ENDED' })).toBe('executed');
    expect(stepValue(slashRequestMachine, 'vetoed', { type: 'WINDOW_ENDED' })).toBeNull();
    expect(stepValue(slashRequestMachine, 'executed', { type: 'VETO' })).toBeNull();
  });
});
