/**
 * The stake drag's statechart, walked by transitions (xstate's pure `transition`): idle -> carrying (aiming, then
 * hovering a valid target) -> choosing the amount -> idle, and Escape (CANCEL) back to idle from any phase.
 */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { stakeDragMachine, type StakeDragEvent } from '../../src/app/stakeDragMachine';
import type { DropTarget } from '../../src/app/dropActions';

const targets: DropTarget[] = [
  { nodeId: 'operator:orion', kind: 'operator', ref: 'orion', name: 'Orion Nodes' },
  { nodeId: 'lstPool:lido', kind: 'lstPool', ref: 'lido', name: 'Pool' },
  { nodeId: 'avs:da', kind: 'avs', ref: 'da', name: 'DA layer' },
];
const carol = { source: 'holder' as const, id: 'carol', name: 'Carol', available: 40_000_000_000n };
const byPointer: StakeDragEvent = { type: 'PICK_UP', holder: carol, targets, keyboard: false };
const byKeyboard: StakeDragEvent = { type: 'PICK_UP', holder: carol, targets, keyboard: true };

function run(...events: StakeDragEvent[]) {
  let [snapshot] = initialTransition(stakeDragMachine);
  for (const event of events) [snapshot] = transition(stakeDragMachine, snapshot, event);
  return snapshot;
}

describe('stake drag machine', () => {
  it('picked up by pointer: carrying, aiming at nothing yet', () => {
    const s = run(byPointer);
    expect(s.value).toEqual({ carrying: 'aiming' });
    expect(s.context).toMatchObject({ holder: carol, index: -1 });
  });

  it('picked up by keyboard: the first target is chosen at once (hovering)', () => {
    const s = run(byKeyboard);
    expect(s.value).toEqual({ carrying: 'hovering' });
    expect(s.context.index).toBe(0);
  });

  it('a holder with nowhere to go is not picked up (guarded)', () => {
    expect(run({ type: 'PICK_UP', holder: carol, targets: [], keyboard: true }).value).toBe('idle');
  });

  it('the pointer over a target hovers it; off every target it aims again', () => {
    const over = run(byPointer, { type: 'HOVER', nodeId: 'avs:da' });
    expect(over.value).toEqual({ carrying: 'hovering' });
    expect(over.context.index).toBe(2);
    expect(run(byPointer, { type: 'HOVER', nodeId: 'avs:da' }, { type: 'HOVER', nodeId: null }).value).toEqual({
      carrying: 'aiming',
    });
    // A node that is not a valid target is nothing to hover.
    expect(run(byPointer, { type: 'HOVER', nodeId: 'holder:alice' }).value).toEqual({ carrying: 'aiming' });
  });

  it('MOVE cycles through the targets both ways, wrapping around', () => {
    expect(run(byKeyboard, { type: 'MOVE', delta: 1 }).context.index).toBe(1);
    expect(run(byKeyboard, { type: 'MOVE', delta: -1 }).context.index).toBe(2);
    expect(
      run(byKeyboard, { type: 'MOVE', delta: 1 }, { type: 'MOVE', delta: 1 }, { type: 'MOVE', delta: 1 }).context.index,
    ).toBe(0);
    // From the pointer's "nothing", forward is the first target and back the last.
    expect(run(byPointer, { type: 'MOVE', delta: 1 }).context.index).toBe(0);
    expect(run(byPointer, { type: 'MOVE', delta: -1 }).context.index).toBe(2);
  });

  it('DROP on a hovered target opens the amount: the target, what can go and in which asset', () => {
    const s = run(byKeyboard, { type: 'MOVE', delta: 1 }, { type: 'DROP', available: 64_000_000_000n, asset: 'stETH' });
    expect(s.value).toBe('choosingAmount');
    expect(s.context.dropped?.nodeId).toBe('lstPool:lido');
    expect(s.context.holder?.available).toBe(64_000_000_000n);
    expect(s.context.asset).toBe('stETH');
  });

  it('DROP over nothing returns the stake (idle, emptied)', () => {
    const s = run(byPointer, { type: 'DROP', available: 1n, asset: 'ETH' });
    expect(s.value).toBe('idle');
    expect(s.context).toMatchObject({ holder: null, targets: [], index: -1, dropped: null });
  });

  it('Escape (CANCEL) returns from carrying and from choosing the amount; DONE ends a confirmed drop', () => {
    expect(run(byKeyboard, { type: 'CANCEL' }).value).toBe('idle');
    const dropped = [byKeyboard, { type: 'DROP', available: 1n, asset: 'ETH' }] as StakeDragEvent[];
    expect(run(...dropped, { type: 'CANCEL' }).value).toBe('idle');
    const done = run(...dropped, { type: 'DONE' });
    expect(done.value).toBe('idle');
    expect(done.context.holder).toBeNull();
  });

  it('MOVE and HOVER mean nothing while choosing the amount', () => {
    const dropped = run(byKeyboard, { type: 'DROP', available: 1n, asset: 'ETH' }, { type: 'MOVE', delta: 1 });
    expect(dropped.value).toBe('choosingAmount');
    expect(dropped.context.index).toBe(0);
  });
});
