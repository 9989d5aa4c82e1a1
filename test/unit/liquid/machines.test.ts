/** The liquid model's lifecycles, tested by transitions. */
import { describe, expect, it } from 'vitest';
import { getInitialSnapshot, transition } from 'xstate';
import {
  stepWithdrawalRequest,
  withdrawalRequestMachine,
} from '../../../src/engine/liquid/lido/withdrawalRequestMachine';
import { minipoolMachine, stepMinipool } from '../../../src/engine/liquid/rocket/minipoolMachine';

describe('withdrawal request machine', () => {
  it('starts requested', () => {
    expect(getInitialSnapshot(withdrawalRequestMachine).value).toBe('requested');
  });

  it('requested -FINALIZE-> finalized -CLAIM-> claimed (final)', () => {
    expect(stepWithdrawalRequest('requested', { type: 'FINALIZE' })).toBe('finalized');
    expect(stepWithdrawalRequest('finalized', { type: 'CLAIM' })).toBe('claimed');
    const claimed = withdrawalRequestMachine.resolveState({ value: 'claimed', context: undefined as never });
    expect(claimed.status).toBe('done');
  });

  it('cannot be claimed before finalization, finalized twice, or cancelled', () => {
    expect(() => stepWithdrawalRequest('requested', { type: 'CLAIM' })).toThrow(
      /requested withdrawal request cannot take CLAIM/,
    );
    expect(() => stepWithdrawalRequest('finalized', { type: 'FINALIZE' })).toThrow();
    expect(() => stepWithdrawalRequest('claimed', { type: 'CLAIM' })).toThrow();
    const s = withdrawalRequestMachine.resolveState({ value: 'requested', context: undefined as never });
    const [next] = transition(withdrawalRequestMachine, s, { type: 'CANCEL' } as never);
    expect(next.value).toBe('requested');
  });
});

describe('minipool machine', () => {
  it('staking -EXIT-> exiting -DISTRIBUTE-> distributed; a forced exit goes straight to distributed', () => {
    expect(getInitialSnapshot(minipoolMachine).value).toBe('staking');
    expect(stepMinipool('staking', { type: 'EXIT' })).toBe('exiting');
    expect(stepMinipool('exiting', { type: 'DISTRIBUTE' })).toBe('distributed');
    expect(stepMinipool('staking', { type: 'DISTRIBUTE' })).toBe('distributed');
    expect(() => stepMinipool('exiting', { type: 'EXIT' })).toThrow();
    expect(() => stepMinipool('distributed', { type: 'DISTRIBUTE' })).toThrow();
  });
});
