/** The engine's one stepping helper: pure, and null exactly when no transition is enabled. */
import { describe, expect, it } from 'vitest';
import { stepMachine } from '../../../src/engine/machines/step';
import {
  queuedWithdrawal,
  withdrawalMachine,
  withdrawalSnapshot,
} from '../../../src/engine/restaking/machines/withdrawalMachine';

describe('stepMachine', () => {
  it('returns the next snapshot and leaves the given one untouched', () => {
    const s = withdrawalSnapshot(queuedWithdrawal(0));
    const next = stepMachine(withdrawalMachine, s, { type: 'tick', epoch: 3150 });
    expect(next?.value).toBe('completable');
    expect(s.value).toBe('queued');
  });

  it('returns null for a refused event: wrong state, or a guard that says no', () => {
    const s = withdrawalSnapshot(queuedWithdrawal(0));
    expect(stepMachine(withdrawalMachine, s, { type: 'COMPLETE' })).toBeNull();
    expect(stepMachine(withdrawalMachine, s, { type: 'tick', epoch: 3149 })).toBeNull();
  });
});
