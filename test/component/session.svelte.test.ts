// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Session, CHECKPOINT_EVERY, type EventJson } from '../../src/app/session.svelte';
import { toJSON } from '../../src/engine/snapshot';
import { fold } from '../../src/engine/sim';
import { parseScenario } from '../../src/engine/scenario/validate';

const parsed = (json: unknown) => {
  const p = parseScenario(json);
  if (!p.ok) throw new Error('does not parse');
  return p.value;
};

const scenario = {
  format: 'restaking-lab/scenario',
  version: 1,
  name: 'two holders',
  holders: [
    { id: 'a', balances: { ETH: '10' } },
    { id: 'b', balances: { ETH: '0' } },
  ],
};
const send = (amount: string) => ({ type: 'Transfer', from: 'a', to: 'b', amount });

describe('Session', () => {
  it('applies events, refuses what the engine refuses and keeps the state', () => {
    const s = new Session();
    expect(s.load(scenario)).toBeNull();
    expect(s.dispatch(send('1')).ok).toBe(true);
    const before = toJSON(s.world);
    const refused = s.dispatch(send('100'));
    expect(refused.ok).toBe(false);
    expect(toJSON(s.world)).toBe(before);
    expect(s.log).toHaveLength(1);
  });

  it('undo, redo and scrubbing give the same worlds as a fresh fold', () => {
    const s = new Session();
    s.load(scenario);
    const worlds: string[] = [toJSON(s.world)];
    for (let i = 0; i < CHECKPOINT_EVERY * 2 + 3; i++) {
      expect(s.dispatch(send('0.1')).ok).toBe(true);
      worlds.push(toJSON(s.world));
    }
    s.goTo(5);
    expect(toJSON(s.world)).toBe(worlds[5]);
    s.goTo(CHECKPOINT_EVERY + 1);
    expect(toJSON(s.world)).toBe(worlds[CHECKPOINT_EVERY + 1]);
    s.undo();
    expect(toJSON(s.world)).toBe(worlds[CHECKPOINT_EVERY]);
    s.redo();
    s.redo();
    expect(toJSON(s.world)).toBe(worlds[CHECKPOINT_EVERY + 2]);
    // A new event after an undo drops the redo tail.
    s.goTo(3);
    s.dispatch(send('2'));
    expect(s.log).toHaveLength(4);
    expect(s.canRedo).toBe(false);
  });

  it('a bad scenario leaves the session untouched and names the path', () => {
    const s = new Session();
    s.load(scenario);
    s.dispatch(send('1'));
    const before = toJSON(s.world);
    const problem = s.load({ ...scenario, holders: [{ id: 'a', balances: { ETH: 'lots' } }] });
    expect(problem?.message).toMatch(/\$\.holders\[0\]\.balances\.ETH/);
    expect(toJSON(s.world)).toBe(before);
  });

  it('dispatchAll applies a gesture as all of its events or none', () => {
    const s = new Session();
    s.load(scenario);
    const out = s.dispatchAll([send('1'), send('100')]);
    expect(out.ok).toBe(false);
    expect(s.log).toHaveLength(0);
    expect(s.dispatchAll([send('1'), send('2')]).ok).toBe(true);
    expect(s.log).toHaveLength(2);
  });

  it('a gesture refused after an undo keeps the redo tail; a log the engine refuses is not loaded', () => {
    const s = new Session();
    s.load(scenario);
    s.dispatchAll([send('1'), send('2'), send('3')]);
    s.undo();
    s.undo();
    const revision = s.revision;
    const out = s.dispatchAll([send('1'), send('100')]);
    expect(out).toMatchObject({ ok: false, refused: true });
    expect(s.revision).toBe(revision);
    expect(s.position).toBe(1);
    expect(s.log).toHaveLength(3);
    s.redo();
    s.redo();
    // 10 - 1 - 2 - 3 = 4 ETH left with a; worldAt does not move the position
    expect(s.world?.ledger.assets.ETH.balances.get('holder:a')).toBe(4_000_000_000n);
    expect(s.worldAt(1).world.ledger.assets.ETH.balances.get('holder:a')).toBe(9_000_000_000n);
    expect(s.traceOf(2).map((t) => t.kind)).toEqual(['transfer']);
    expect(s.position).toBe(3);
    const problem = s.load(scenario, [send('1'), send('100')]);
    expect(problem?.message).toMatch(/^\$\.events\[1\] \(Transfer\): /);
    expect(s.log).toHaveLength(3);
  });
});

describe('a fault triggered on a page that has not loaded the faults model yet', () => {
  // public/scenarios/three-avs-pooled.json: restaking only (no cosmos or markets section), one event, a Fault
  const file = JSON.parse(readFileSync('public/scenarios/three-avs-pooled.json', 'utf8')) as { events: EventJson[] };
  const {
    events: [fault],
    ...noEvents
  } = file;
  /** The app's stores as a first visit has them: the core three models only (test/setup makes all six known). */
  async function firstVisit() {
    vi.resetModules();
    const [{ ScenarioStore }, modules] = await Promise.all([
      import('../../src/app/scenario.svelte'),
      import('../../src/app/engineModules'),
    ]);
    return { store: new ScenarioStore(), modules };
  }

  it('the engine refuses it without the model, naming it, and nothing changes', async () => {
    const { store, modules } = await firstVisit();
    expect(store.load(noEvents)).toBeNull();
    expect(modules.loadedModules().map((m) => m.name)).toEqual(['ethereum', 'liquid', 'restaking']);
    const before = toJSON(store.world);
    const outcome = store.dispatch(fault);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/faults \(slashing cascades\) model/) });
    expect(toJSON(store.world)).toBe(before);
    expect(store.log).toEqual([]);
  });

  it('dispatchWhenLoaded loads the model first, then applies it: the world the six models fold', async () => {
    const { store } = await firstVisit();
    store.load(noEvents);
    const outcome = await store.dispatchWhenLoaded(fault);
    expect(outcome.ok).toBe(true);
    expect(store.log).toEqual([fault]);
    expect(toJSON(store.world)).toBe(toJSON(fold(parsed(file)).world));
    // undo and redo replay with it; the scenario loaded again with its fault (an autosave, a share link) folds too
    store.undo();
    store.redo();
    expect(toJSON(store.world)).toBe(toJSON(fold(parsed(file)).world));
    expect(store.load(file)).toBeNull();
    expect(toJSON(store.world)).toBe(toJSON(fold(parsed(file)).world));
  });

  it('a scenario holding a fault does not load synchronously before the model is', async () => {
    const { store } = await firstVisit();
    expect(store.load(file)?.message).toMatch(/"faults"/);
    expect(store.world).toBeNull();
  });
});
