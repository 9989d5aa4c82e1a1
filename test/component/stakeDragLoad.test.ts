// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';

/**
 * The sandbox's stake drag loads its rules (dropActions.ts) and its actor at a first pick-up, or on idle after the
 * first view: a pick-up made before they are there starts the drag when they come; one let go of (or cancelled)
 * in between carries nothing. Each test starts on a page where the drag's module has not loaded yet.
 */
async function fresh() {
  vi.resetModules();
  const { Sandbox } = await import('../../src/app/sandbox.svelte');
  const sandbox = new Sandbox({ store: null });
  // Dana holds 40 ETH; Op2 takes restaked ETH (an ETH strategy): the one place her stake can go.
  const problem = sandbox.scenario.load({
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'Load on demand',
    holders: [{ id: 'dana', name: 'Dana', balances: { ETH: '40' } }],
    restaking: { strategies: [{ id: 'eth', asset: 'ETH' }], operators: [{ id: 'op2', name: 'Op2' }] },
    events: [],
  });
  expect(problem).toBeNull();
  return sandbox;
}

describe('the stake drag, loaded on demand', () => {
  it('a pick-up before the rules are there starts the drag as soon as they are', async () => {
    const s = await fresh();
    // the chips need no rules: Dana's wallet is read from the ledger (40 ETH = 40e9 gwei)
    expect(s.drag.available('dana')).toBe(40_000_000_000n);
    s.drag.pickUp('dana', null);
    expect(s.drag.phase).toBe('idle');
    await vi.waitFor(() => expect(s.drag.phase).toBe('carrying'));
    expect(s.drag.holder?.id).toBe('dana');
    expect(s.drag.targets.map((t) => t.nodeId)).toEqual(['operator:op2']);
    // once there, a pick-up is at once
    s.drag.cancel();
    s.drag.pickUp('dana', null);
    expect(s.drag.phase).toBe('carrying');
    s.stop();
  });

  it('a pick-up let go of before the rules are there carries nothing', async () => {
    const s = await fresh();
    s.drag.pickUp('dana', { x: 10, y: 10 });
    expect(s.drag.drop()).toBe(false);
    await s.drag.load();
    // the rules came: a drag made now would carry, the one let go of does not
    await new Promise((r) => setTimeout(r, 0));
    expect(s.drag.phase).toBe('idle');
    s.drag.pickUp('dana', null);
    expect(s.drag.phase).toBe('carrying');
    s.stop();
  });

  it('a second pick-up made while waiting replaces the first', async () => {
    const s = await fresh();
    s.scenario.load({
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'Two holders',
      holders: [
        { id: 'dana', name: 'Dana', balances: { ETH: '40' } },
        { id: 'erin', name: 'Erin', balances: { ETH: '8' } },
      ],
      restaking: { strategies: [{ id: 'eth', asset: 'ETH' }], operators: [{ id: 'op2', name: 'Op2' }] },
      events: [],
    });
    s.drag.pickUp('dana', null);
    s.drag.pickUp('erin', null);
    await vi.waitFor(() => expect(s.drag.phase).toBe('carrying'));
    expect(s.drag.holder?.id).toBe('erin');
    s.stop();
  });
});
