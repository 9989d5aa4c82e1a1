/** The validator lifecycle machine, tested by its transitions and by xstate/graph's path generation. */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { nextState, validatorMachine } from '../../../src/engine/staking/ethereum/validatorMachine';
import type { ValidatorStatus } from '../../../src/engine/staking/ethereum/state';

const ALL_EVENTS = [
  { type: 'DEPOSIT_PROCESSED' },
  { type: 'ACTIVATE' },
  { type: 'INITIATE_EXIT' },
  { type: 'SLASH' },
  { type: 'EXIT' },
  { type: 'BECOME_WITHDRAWABLE' },
  { type: 'WITHDRAW' },
] as const;

describe('validator machine', () => {
  it('walks the happy path deposited -> withdrawn', () => {
    let s: { status: ValidatorStatus; slashed: boolean } = { status: 'deposited', slashed: false };
    const seen: string[] = [s.status];
    for (const type of [
      'DEPOSIT_PROCESSED',
      'ACTIVATE',
      'INITIATE_EXIT',
      'EXIT',
      'BECOME_WITHDRAWABLE',
      'WITHDRAW',
    ] as const) {
      const n = nextState(s.status, s.slashed, { type });
      expect(n).not.toBeNull();
      s = n!;
      seen.push(s.status);
    }
    expect(seen).toEqual(['deposited', 'pending', 'active', 'exiting', 'exited', 'withdrawable', 'withdrawn']);
  });

  it('SLASH forces an active validator out with the flag set, and only once', () => {
    const s = nextState('active', false, { type: 'SLASH' });
    expect(s).toEqual({ status: 'exiting', slashed: true });
    expect(nextState('exiting', true, { type: 'SLASH' })).toBeNull();
    expect(nextState('exiting', false, { type: 'SLASH' })).toEqual({ status: 'exiting', slashed: true });
    expect(nextState('exited', false, { type: 'SLASH' })).toEqual({ status: 'exited', slashed: true });
  });

  it('refuses what the protocol never does', () => {
    expect(nextState('pending', false, { type: 'SLASH' })).toBeNull();
    expect(nextState('deposited', false, { type: 'ACTIVATE' })).toBeNull();
    expect(nextState('active', false, { type: 'WITHDRAW' })).toBeNull();
    expect(nextState('withdrawable', false, { type: 'SLASH' })).toBeNull();
    expect(nextState('withdrawn', false, { type: 'DEPOSIT_PROCESSED' })).toBeNull();
  });

  it('every state is reachable, and withdrawn only through exited and withdrawable', () => {
    const paths = getShortestPaths(validatorMachine, { events: [...ALL_EVENTS] });
    const reached = new Set(paths.map((p) => `${String(p.state.value)}${p.state.context.slashed ? '+slashed' : ''}`));
    for (const s of [
      'deposited',
      'pending',
      'active',
      'exiting',
      'exited',
      'withdrawable',
      'withdrawn',
      'exiting+slashed',
      'withdrawn+slashed',
    ]) {
      expect(reached).toContain(s);
    }
    const simple = getSimplePaths(validatorMachine, { events: [...ALL_EVENTS] });
    for (const p of simple.filter((x) => x.state.value === 'withdrawn')) {
      const states = p.steps.map((st) => String(st.state.value));
      expect(states.indexOf('exited')).toBeGreaterThan(-1);
      expect(states.indexOf('withdrawable')).toBe(states.length - 2);
      // A slashed validator still goes through the whole exit path.
      if (p.state.context.slashed) expect(states).toContain('exiting');
    }
    // Three ways to be slashed on the way out (while active, exiting or exited) plus the clean exit.
    expect(simple.filter((x) => x.state.value === 'withdrawn')).toHaveLength(4);
  });
});
