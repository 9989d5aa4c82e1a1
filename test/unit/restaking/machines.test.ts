/**
 * The restaking and AVS lifecycle machines, tested by their transitions over stored values and by xstate/graph's
 * exploration. Delays: MIN_WITHDRAWAL_DELAY_BLOCKS = 100800 blocks = 3150 epochs of 32 blocks; DEALLOCATION_DELAY
 * + 1 = 100801 blocks = 3151 epochs (rounded up); both from EigenLayer's DelegationManager / AllocationManager docs.
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { stepMachine } from '../../../src/engine/machines/step';
import {
  queuedWithdrawal,
  withdrawalMachine,
  withdrawalSnapshot,
  type WithdrawalEvent,
} from '../../../src/engine/restaking/machines/withdrawalMachine';
import {
  allocationChangeMachine,
  allocationSnapshot,
  type AllocationEvent,
  type AllocationSnapshot,
} from '../../../src/engine/restaking/machines/allocationMachine';
import {
  openSlashRequest,
  slashRequestMachine,
  slashRequestSnapshot,
  type SlashRequestEvent,
} from '../../../src/engine/services/slashRequestMachine';
import { WAD } from '../../../src/engine/restaking/wad';
import { exploreMachine, expectFullCoverage } from '../machines/graphCoverage';

describe('withdrawal machine', () => {
  it('queued at 100: completable from the tick at 100 + 3150, then completed; never completed early', () => {
    const w = queuedWithdrawal(100);
    expect(w).toEqual({ completableEpoch: 3250, status: 'queued' });
    const s = withdrawalSnapshot(w);
    expect(stepMachine(withdrawalMachine, s, { type: 'COMPLETE' })).toBeNull();
    expect(stepMachine(withdrawalMachine, s, { type: 'tick', epoch: 3249 })).toBeNull();
    const c = stepMachine(withdrawalMachine, s, { type: 'tick', epoch: 3250 })!;
    expect(c.value).toBe('completable');
    const done = stepMachine(withdrawalMachine, c, { type: 'COMPLETE' })!;
    expect(done.value).toBe('completed');
    expect(stepMachine(withdrawalMachine, done, { type: 'COMPLETE' })).toBeNull();
  });

  it('xstate/graph: every state reachable, completableEpochReached both ways', () => {
    const events = (s: { context: unknown }): WithdrawalEvent[] => {
      const at = (s.context as { completableEpoch: number }).completableEpoch;
      return [{ type: 'tick', epoch: at - 1 }, { type: 'tick', epoch: at }, { type: 'COMPLETE' }];
    };
    expectFullCoverage(exploreMachine(withdrawalMachine, events, { epoch: 7 }), withdrawalMachine);
    const paths = getShortestPaths(withdrawalMachine, { events, input: { epoch: 7 } });
    const completed = paths.find((p) => p.state.value === 'completed')!;
    expect(completed.steps.map((s) => s.event.type)).toEqual(['xstate.init', 'tick', 'COMPLETE']);
  });
});

const none = { change: null, magnitude: 0n, pendingDiff: 0n, effectEpoch: null };
const modify = (over: Partial<Extract<AllocationEvent, { type: 'MODIFY' }>> = {}): AllocationEvent => ({
  type: 'MODIFY',
  epoch: 10,
  magnitude: WAD / 2n,
  allocationDelay: 0,
  slashable: true,
  encumbered: 0n,
  maxMagnitude: WAD,
  ...over,
});

describe('allocation machine', () => {
  it('an increase takes effect at once with no allocation delay, else after it', () => {
    const at = stepMachine(allocationChangeMachine, allocationSnapshot(none), modify())!;
    expect([at.value, at.context.magnitude, at.context.effectEpoch]).toEqual(['effective', WAD / 2n, null]);
    const later = stepMachine(allocationChangeMachine, allocationSnapshot(none), modify({ allocationDelay: 17 }))!;
    expect(later.value).toBe('pending');
    expect(later.context).toEqual({ magnitude: 0n, pendingDiff: WAD / 2n, effectEpoch: 27 });
    expect(stepMachine(allocationChangeMachine, later, { type: 'tick', epoch: 26 })).toBeNull();
    const done = stepMachine(allocationChangeMachine, later, { type: 'tick', epoch: 27 })!;
    expect(done.value).toBe('effective');
    expect(done.context).toEqual({ magnitude: WAD / 2n, pendingDiff: 0n, effectEpoch: null });
  });

  it('a slashable decrease waits DEALLOCATION_DELAY + 1 block = 3151 epochs; an unslashable one does not', () => {
    const half = allocationSnapshot({ ...none, change: 'effective', magnitude: WAD / 2n });
    const slow = stepMachine(allocationChangeMachine, half, modify({ magnitude: 0n }))!;
    expect(slow.value).toBe('pending');
    expect(slow.context).toEqual({ magnitude: WAD / 2n, pendingDiff: -WAD / 2n, effectEpoch: 10 + 3151 });
    const fast = stepMachine(allocationChangeMachine, half, modify({ magnitude: 0n, slashable: false }))!;
    expect([fast.value, fast.context.magnitude]).toEqual(['effective', 0n]);
  });

  it('refuses a change that does not fit M, one that changes nothing, and any change while one is pending', () => {
    const s = allocationSnapshot(none);
    expect(stepMachine(allocationChangeMachine, s, modify({ encumbered: WAD / 2n + 1n }))).toBeNull();
    expect(stepMachine(allocationChangeMachine, s, modify({ encumbered: WAD / 2n }))).not.toBeNull();
    expect(stepMachine(allocationChangeMachine, s, modify({ magnitude: 0n }))).toBeNull();
    const pending = allocationSnapshot({ change: 'pending', magnitude: 0n, pendingDiff: 5n, effectEpoch: 40 });
    expect(stepMachine(allocationChangeMachine, pending, modify({ magnitude: WAD }))).toBeNull();
  });

  it('xstate/graph: every state reachable, every guard exercised both ways', () => {
    const events = (snap: { context: unknown }): AllocationEvent[] => {
      const c = (snap as AllocationSnapshot).context;
      const out: AllocationEvent[] = [];
      for (const magnitude of [0n, WAD / 4n, WAD / 2n, WAD + 1n])
        for (const allocationDelay of [0, 5])
          for (const slashable of [true, false]) out.push(modify({ magnitude, allocationDelay, slashable }));
      if (c.effectEpoch !== null)
        out.push({ type: 'tick', epoch: c.effectEpoch - 1 }, { type: 'tick', epoch: c.effectEpoch });
      out.push({ type: 'SLASHED', pendingDiff: c.pendingDiff }, { type: 'SLASHED', pendingDiff: 0n });
      return out;
    };
    const c = exploreMachine(allocationChangeMachine, events);
    expectFullCoverage(c, allocationChangeMachine);
    expect(c.guards.size).toBe(6);
  });

  it('a pending change a slash scaled to nothing is no longer pending, so a new change is allowed at once', () => {
    // A slashable deallocation of all of m = 1/2 waits 3151 epochs; a 100% slash scales its pendingDiff to 0.
    const pending = allocationSnapshot({ change: 'pending', magnitude: 0n, pendingDiff: -WAD / 2n, effectEpoch: 3161 });
    expect(stepMachine(allocationChangeMachine, pending, { type: 'SLASHED', pendingDiff: -WAD / 4n })).toBeNull();
    const settled = stepMachine(allocationChangeMachine, pending, { type: 'SLASHED', pendingDiff: 0n })!;
    expect([settled.value, settled.context]).toEqual([
      'effective',
      { magnitude: 0n, pendingDiff: 0n, effectEpoch: null },
    ]);
    expect(
      stepMachine(allocationChangeMachine, settled, modify({ magnitude: WAD / 4n, maxMagnitude: WAD })),
    ).not.toBeNull();
  });
});

describe('slash request machine', () => {
  it('requested at 20 with a 10-epoch window: vetoable before 30, executed by the tick at 30', () => {
    const r = openSlashRequest(20, 10);
    expect(r).toEqual({ executeEpoch: 30, status: 'requested' });
    const s = slashRequestSnapshot(r);
    expect(stepMachine(slashRequestMachine, s, { type: 'VETO', epoch: 29 })!.value).toBe('vetoed');
    expect(stepMachine(slashRequestMachine, s, { type: 'VETO', epoch: 30 })).toBeNull();
    expect(stepMachine(slashRequestMachine, s, { type: 'tick', epoch: 29 })).toBeNull();
    const executed = stepMachine(slashRequestMachine, s, { type: 'tick', epoch: 30 })!;
    expect(executed.value).toBe('executed');
    expect(stepMachine(slashRequestMachine, executed, { type: 'VETO', epoch: 1 })).toBeNull();
  });

  it('xstate/graph: every state reachable, both guards exercised both ways', () => {
    const events = (s: { context: unknown }): SlashRequestEvent[] => {
      const at = (s.context as { executeEpoch: number }).executeEpoch;
      return [
        { type: 'VETO', epoch: at - 1 },
        { type: 'VETO', epoch: at },
        { type: 'tick', epoch: at - 1 },
        { type: 'tick', epoch: at },
      ];
    };
    expectFullCoverage(exploreMachine(slashRequestMachine, events, { epoch: 3, vetoWindow: 4 }), slashRequestMachine);
  });
});
