/**
 * The timeline's positions inside an event (cascade steps), its gestures (all or none), its refusals and what a
 * move costs, on a two-holder scenario worked by hand (Ann starts with 10 ETH, Ben with 0; 1 ETH = 10^9 gwei) and
 * on the solo-staker-slashed example (a slashing cascade of several steps).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Timeline, type StepPosition } from '../../../src/engine/timeline';
import { fold } from '../../../src/engine/sim';
import { balanceOf } from '../../../src/engine/ledger/ledger';
import { toJSON } from '../../../src/engine/snapshot';
import { parseEvents, parseScenario } from '../../../src/engine/scenario/validate';
import type { SimEvent } from '../../../src/engine/events';
import type { World } from '../../../src/engine/world';

const GWEI = 1_000_000_000n;
const twoHolders = parseScenario({
  format: 'restaking-lab/scenario',
  version: 1,
  name: 'two holders',
  holders: [
    { id: 'a', name: 'Ann', balances: { ETH: '10' } },
    { id: 'b', name: 'Ben', balances: { ETH: '0' } },
  ],
});
if (!twoHolders.ok) throw new Error('scenario');
const scenario = twoHolders.value;

function events(json: unknown[]): SimEvent[] {
  const parsed = parseEvents(json);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}
const send = (amount: string) => events([{ type: 'Transfer', from: 'a', to: 'b', amount }])[0];
const tick = (epochs: number) => events([{ type: 'AdvanceTime', epochs }])[0];
const eth = (world: World | null, holder: string) => (world ? balanceOf(world.ledger, 'ETH', `holder:${holder}`) : -1n);

/** Ann sends 1 ETH, 3 epochs pass, Ann sends 2 ETH: one step each; the genesis trace has one step per holder. */
function threeEvents(): Timeline<string> {
  const t = new Timeline<string>(scenario);
  expect(t.append(send('1'), 'send 1').ok).toBe(true);
  expect(t.append(tick(3), 'tick').ok).toBe(true);
  expect(t.append(send('2'), 'send 2').ok).toBe(true);
  return t;
}

describe('cascade steps as positions inside an event', () => {
  it('step k of event n, with the worlds before and after the event', () => {
    const t = threeEvents();
    const s = t.stepAt({ event: 3, step: 0 })!;
    expect(s.step.kind).toBe('transfer');
    expect(s.step.text).toBe('Ann sends 2 ETH to Ben.');
    expect(s.trace).toEqual(t.traceOf(3));
    // before: 10 - 1 = 9 ETH and 1 ETH; after: 9 - 2 = 7 and 1 + 2 = 3
    expect([eth(s.before, 'a'), eth(s.before, 'b')]).toEqual([9n * GWEI, 1n * GWEI]);
    expect([eth(s.after, 'a'), eth(s.after, 'b')]).toEqual([7n * GWEI, 3n * GWEI]);
    // the genesis trace is event 0, with no world before it
    const g = t.stepAt({ event: 0, step: 1 })!;
    expect(g.step.text).toBe('Ben starts with 0 ETH.');
    expect(g.before).toBeNull();
    expect(eth(g.after, 'a')).toBe(10n * GWEI);
    // inside an event the world is the one after it (the engine applies an event at once)
    expect(t.worldAt({ event: 1, step: 0 })).toBe(t.worldAt(1));
  });

  it('nothing outside the log or the trace', () => {
    const t = threeEvents();
    expect(t.stepAt({ event: 4, step: 0 })).toBeNull();
    expect(t.stepAt({ event: -1, step: 0 })).toBeNull();
    expect(t.stepAt({ event: 1, step: 1 })).toBeNull();
    expect(t.stepAt({ event: 1, step: -1 })).toBeNull();
    expect(t.stepAt({ event: 1.5, step: 0 })).toBeNull();
    expect(() => t.worldAt(4)).toThrow(RangeError);
  });

  it('next and previous step walk every step of every event in order, genesis first', () => {
    const t = threeEvents();
    const walk: StepPosition[] = [];
    for (let at: StepPosition | null = { event: 0, step: 0 }; at; at = t.nextStep(at)) walk.push(at);
    expect(walk).toEqual([
      { event: 0, step: 0 },
      { event: 0, step: 1 },
      { event: 1, step: 0 },
      { event: 2, step: 0 },
      { event: 3, step: 0 },
    ]);
    const back: StepPosition[] = [];
    for (let at: StepPosition | null = { event: 3, step: 0 }; at; at = t.previousStep(at)) back.push(at);
    expect(back).toEqual([...walk].reverse());
  });

  it('a slashing cascade (solo-staker-slashed): its steps in order, each inside the event that caused it', () => {
    const p = parseScenario(JSON.parse(readFileSync('public/scenarios/solo-staker-slashed.json', 'utf8')));
    if (!p.ok) throw new Error('scenario');
    const t = new Timeline(p.value);
    expect(t.appendAll(p.value.events.map((event) => ({ event, payload: undefined }))).ok).toBe(true);
    const { traces } = fold(p.value);
    const slash = p.value.events.findIndex((e) => e.type === 'EthSlash') + 1;
    expect(slash).toBeGreaterThan(0);
    expect(traces[slash].length).toBeGreaterThan(1);
    // stepping from the first step of the slashing event visits its trace, then the next event's first step
    const seen: string[] = [];
    let at: StepPosition | null = { event: slash, step: 0 };
    while (at && at.event === slash) {
      seen.push(toJSON(t.stepAt(at)!.step));
      at = t.nextStep(at);
    }
    expect(seen).toEqual(traces[slash].map((s) => toJSON(s)));
    expect(at).toEqual(slash < p.value.events.length ? { event: slash + 1, step: 0 } : null);
    const s = t.stepAt({ event: slash, step: 0 })!;
    expect(toJSON(s.before)).toBe(toJSON(fold(p.value, p.value.events.slice(0, slash - 1)).world));
    expect(toJSON(s.after)).toBe(toJSON(fold(p.value, p.value.events.slice(0, slash)).world));
  });
});

describe('appending', () => {
  it('a refused event leaves the timeline as it was and returns the engine’s sentence', () => {
    const t = threeEvents();
    const before = t.world;
    const json = toJSON(before);
    const out = t.append(send('100'), 'too much');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.refused).toBe(true);
    expect(out.index).toBe(0);
    // Ann holds 7 ETH after the three events
    expect(out.message).toMatch(/^Ann has only 7 ETH/);
    expect(out.reason?.key).toBe('system.refused.transferOverdraft');
    expect(t.length).toBe(3);
    expect(t.position).toBe(3);
    expect(t.world).toBe(before);
    expect(toJSON(t.world)).toBe(json);
  });

  it('a gesture of several events goes in whole or not at all, redo tail included', () => {
    const t = threeEvents();
    t.undo();
    t.undo();
    const refused = t.appendAll([
      { event: send('1'), payload: 'ok' },
      { event: send('50'), payload: 'too much' },
    ]);
    expect(refused).toMatchObject({ ok: false, index: 1, refused: true });
    // nothing changed: the tail can still be redone
    expect(t.entries.map((e) => e.payload)).toEqual(['send 1', 'tick', 'send 2']);
    expect(t.position).toBe(1);
    expect(t.redo()).toBe(true);
    expect(t.redo()).toBe(true);
    expect(eth(t.world, 'a')).toBe(7n * GWEI);
    t.goTo(1);
    const done = t.appendAll([
      { event: send('1'), payload: 'one' },
      { event: send('1'), payload: 'two' },
    ]);
    expect(done.ok && done.traces.length).toBe(2);
    expect(done.ok && done.trace.map((s) => s.text)).toEqual(['Ann sends 1 ETH to Ben.', 'Ann sends 1 ETH to Ben.']);
    expect(t.entries.map((e) => e.payload)).toEqual(['send 1', 'one', 'two']);
    expect(t.canRedo).toBe(false);
    // 10 - 1 - 1 - 1 = 7 ETH
    expect(eth(t.world, 'a')).toBe(7n * GWEI);
  });

  it('the visitor is told of each event as it is applied, with the position it leads to', () => {
    const t = new Timeline(scenario);
    const seen: [number, bigint][] = [];
    t.appendAll(
      [send('1'), send('2')].map((event) => ({ event, payload: undefined })),
      (world, _trace, position) => seen.push([position, eth(world, 'b')]),
    );
    expect(seen).toEqual([
      [1, 1n * GWEI],
      [2, 3n * GWEI],
    ]);
  });
});

describe('what a move costs', () => {
  it('a world handed out is kept; a jump replays at most one checkpoint interval; growing by one costs one event', () => {
    const t = new Timeline(scenario, { checkpointEvery: 4 });
    for (let i = 0; i < 10; i++) t.append(tick(1), undefined);
    expect(t.eventsApplied).toBe(10);
    let applied = t.eventsApplied;
    const w7 = t.worldAt(7); // from the checkpoint at 4: 3 events
    expect(t.eventsApplied - applied).toBe(3);
    applied = t.eventsApplied;
    expect(t.worldAt(7)).toBe(w7);
    expect(t.eventsApplied - applied).toBe(0);
    // 8 is a checkpoint: nothing to replay
    t.worldAt(8);
    expect(t.eventsApplied - applied).toBe(0);
    // reading without keeping: the working copy, rebuilt at 10 from the checkpoint at 8 (2 events), is then
    // advanced in place by the next event (1)
    t.goTo(10);
    applied = t.eventsApplied;
    expect(t.read((w) => w.epoch)).toBe(10);
    t.append(tick(1), undefined);
    expect(t.eventsApplied - applied).toBe(3);
    applied = t.eventsApplied;
    t.append(tick(1), undefined);
    expect(t.eventsApplied - applied).toBe(1);
    expect(t.world.epoch).toBe(12);
  });
});
