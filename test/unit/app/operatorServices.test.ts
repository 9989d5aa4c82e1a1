/**
 * The builder's operator-to-service control: the events it sends are the protocol's own (EigenLayer's
 * AllocationManager, ELIP-002), so the engine applies the operator's ALLOCATION_DELAY and DEALLOCATION_DELAY and
 * narrates them.
 */
import { describe, expect, it } from 'vitest';
import {
  connectEvents,
  disconnectEvents,
  servicesOf,
  shareText,
  strategiesFor,
} from '../../../src/app/operatorServices';
import { parseEvents, parseScenario } from '../../../src/engine/scenario/validate';
import { initWorld, step } from '../../../src/engine/sim';
import type { World } from '../../../src/engine/world';
import type { EventJson } from '../../../src/app/session.svelte';
import { WAD } from '../../../src/engine/restaking/wad';

/** A built world: Dana restakes 40 stETH with an operator whose ALLOCATION_DELAY is 7200 blocks (one day). */
function built(): World {
  const parsed = parseScenario({
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'Built',
    holders: [{ id: 'dana', name: 'Dana', balances: { 'stETH:pool': '100' } }],
    restaking: {
      strategies: [{ id: 'steth', asset: 'stETH:pool' }],
      operators: [{ id: 'op', name: 'Orion', allocationDelayBlocks: 7200 }],
      avss: [{ id: 'oracle', name: 'Oracle' }],
      deposits: [{ holder: 'dana', strategy: 'steth', amount: '40' }],
      delegations: [{ staker: 'dana', operator: 'op' }],
    },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return initWorld(parsed.value).world;
}

function apply(world: World, events: EventJson[]) {
  const parsed = parseEvents(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const trace = [];
  for (const e of parsed.value) {
    const r = step(world, e);
    world = r.world;
    trace.push(...r.trace);
  }
  return { world, trace };
}

describe('an operator connected to a service in the builder', () => {
  it('registers, then allocates after the operator’s allocation delay, narrated', () => {
    const world = built();
    expect(servicesOf(world, 'op')).toEqual([]);
    expect(strategiesFor(world, 'op', 'oracle')).toEqual([{ id: 'steth', name: expect.any(String) }]);
    const events = connectEvents(world, 'op', 'oracle', 'steth', ' 0.25 ');
    expect(events).toEqual([
      { type: 'RegisterForOperatorSet', operator: 'op', avs: 'oracle', set: 0 },
      { type: 'ModifyAllocation', operator: 'op', avs: 'oracle', set: 0, strategy: 'steth', magnitude: '0.25' },
    ]);
    const after = apply(world, events);
    expect(after.trace.map((s) => s.kind)).toEqual(['restaking.register', 'restaking.allocate']);
    // 7200 blocks / 32 slots per epoch = 225 epochs = one day (one epoch is 6.4 minutes)
    const [link] = servicesOf(after.world, 'op');
    expect(link).toMatchObject({ avs: 'oracle', avsName: 'Oracle', set: 0 });
    expect(link.allocations).toEqual([
      { strategy: 'steth', strategyName: expect.any(String), magnitude: 0n, target: WAD / 4n, effectDay: 1 },
    ]);
    // once registered, a second connection only changes the magnitude (and waits for the pending one: refused)
    expect(connectEvents(after.world, 'op', 'oracle', 'steth', '0.5')).toHaveLength(1);
  });

  it('is taken away by a deallocation and a deregistration, which the protocol delays', () => {
    const world = built();
    let w = apply(world, connectEvents(world, 'op', 'oracle', 'steth', '0.5')).world;
    w = apply(w, [{ type: 'AdvanceTime', days: 2 }]).world;
    expect(servicesOf(w, 'op')[0].allocations[0]).toMatchObject({ magnitude: WAD / 2n, effectDay: null });
    const events = disconnectEvents(w, 'op', 'oracle', 0);
    expect(events).toEqual([
      { type: 'ModifyAllocation', operator: 'op', avs: 'oracle', set: 0, strategy: 'steth', magnitude: '0' },
      { type: 'DeregisterFromOperatorSet', operator: 'op', avs: 'oracle', set: 0 },
    ]);
    const after = apply(w, events);
    expect(after.trace.map((s) => s.kind)).toEqual(['restaking.allocate', 'restaking.deregister']);
    expect(servicesOf(after.world, 'op')).toEqual([]);
    // DEALLOCATION_DELAY = 100800 blocks (AllocationManager): the deallocation waits, stake stays slashable
    const alloc = Object.values(after.world.restaking.allocations)[0];
    expect(alloc.pendingDiff).toBe(-(WAD / 2n));
  });

  it('without a token strategy in the set, it only registers', () => {
    const world = built();
    expect(connectEvents(world, 'op', 'oracle', null, '0.2')).toEqual([
      { type: 'RegisterForOperatorSet', operator: 'op', avs: 'oracle', set: 0 },
    ]);
  });

  it('shows a magnitude as a share of the stake', () => {
    expect(shareText(WAD / 5n)).toBe('20%');
    expect(shareText((WAD * 125n) / 1000n)).toBe('12.5%');
    expect(shareText(0n)).toBe('0%');
  });
});
