/** The liquid model's lifecycles, tested by transitions and by xstate/graph's exploration. */
import { describe, expect, it } from 'vitest';
import { getInitialSnapshot } from 'xstate';
import { stepMachine } from '../../../src/engine/machines/step';
import {
  withdrawalRequestMachine,
  withdrawalRequestSnapshot,
  type WithdrawalRequestEvent,
} from '../../../src/engine/liquid/lido/withdrawalRequestMachine';
import {
  minipoolMachine,
  minipoolSnapshot,
  type MinipoolEvent,
} from '../../../src/engine/liquid/rocket/minipoolMachine';
import { exploreMachine, expectFullCoverage } from '../machines/graphCoverage';

const request = { owner: 'alice', claimableEth: null, finalizedEpoch: null };

describe('withdrawal request machine', () => {
  it('starts requested', () => {
    expect(getInitialSnapshot(withdrawalRequestMachine).value).toBe('requested');
  });

  it('requested -FINALIZE (buffer covers it)-> finalized -CLAIM (by its owner)-> claimed (final)', () => {
    const s = withdrawalRequestSnapshot({ ...request, status: 'requested' });
    expect(stepMachine(withdrawalRequestMachine, s, { type: 'FINALIZE', epoch: 3, eth: 10n, buffered: 9n })).toBeNull();
    const f = stepMachine(withdrawalRequestMachine, s, { type: 'FINALIZE', epoch: 3, eth: 10n, buffered: 10n })!;
    expect([f.value, f.context.claimableEth, f.context.finalizedEpoch]).toEqual(['finalized', 10n, 3]);
    expect(stepMachine(withdrawalRequestMachine, f, { type: 'CLAIM', holder: 'bob' })).toBeNull();
    const c = stepMachine(withdrawalRequestMachine, f, { type: 'CLAIM', holder: 'alice' })!;
    expect([c.value, c.status]).toEqual(['claimed', 'done']);
  });

  it('cannot be claimed before finalization, finalized twice, or cancelled', () => {
    const s = withdrawalRequestSnapshot({ ...request, status: 'requested' });
    expect(stepMachine(withdrawalRequestMachine, s, { type: 'CLAIM', holder: 'alice' })).toBeNull();
    const f = withdrawalRequestSnapshot({ ...request, claimableEth: 1n, finalizedEpoch: 1, status: 'finalized' });
    expect(stepMachine(withdrawalRequestMachine, f, { type: 'FINALIZE', epoch: 2, eth: 0n, buffered: 5n })).toBeNull();
    expect(stepMachine(withdrawalRequestMachine, s, { type: 'CANCEL' } as never)).toBeNull();
  });

  it('xstate/graph: every state reachable, both guards exercised both ways', () => {
    const events = (): WithdrawalRequestEvent[] => [
      { type: 'FINALIZE', epoch: 1, eth: 5n, buffered: 4n },
      { type: 'FINALIZE', epoch: 1, eth: 5n, buffered: 5n },
      { type: 'CLAIM', holder: 'mallory' },
      { type: 'CLAIM', holder: '' },
    ];
    expectFullCoverage(exploreMachine(withdrawalRequestMachine, events), withdrawalRequestMachine);
  });
});

describe('minipool machine', () => {
  it('staking -EXIT-> exiting -DISTRIBUTE-> distributed; a forced exit goes straight to distributed', () => {
    const withdrawn = { type: 'DISTRIBUTE', validatorStatus: 'withdrawn' } as const;
    expect(getInitialSnapshot(minipoolMachine).value).toBe('staking');
    const exiting = stepMachine(minipoolMachine, minipoolSnapshot('staking'), { type: 'EXIT' })!;
    expect(exiting.value).toBe('exiting');
    expect(stepMachine(minipoolMachine, exiting, { type: 'DISTRIBUTE', validatorStatus: 'exited' })).toBeNull();
    expect(stepMachine(minipoolMachine, exiting, withdrawn)!.value).toBe('distributed');
    expect(stepMachine(minipoolMachine, minipoolSnapshot('staking'), withdrawn)!.value).toBe('distributed');
    expect(stepMachine(minipoolMachine, exiting, { type: 'EXIT' })).toBeNull();
    expect(stepMachine(minipoolMachine, minipoolSnapshot('distributed'), withdrawn)).toBeNull();
  });

  it('xstate/graph: every state reachable, validatorWithdrawn both ways', () => {
    const events = (): MinipoolEvent[] => [
      { type: 'EXIT' },
      { type: 'DISTRIBUTE', validatorStatus: 'exiting' },
      { type: 'DISTRIBUTE', validatorStatus: 'withdrawn' },
    ];
    expectFullCoverage(exploreMachine(minipoolMachine, events), minipoolMachine);
  });
});
