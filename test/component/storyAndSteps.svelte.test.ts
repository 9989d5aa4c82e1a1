/**
 * The world shown at cascade step k is the engine's world as of step k (issue 13, item 3): the scenario store draws
 * the cascade player's world (followSteps), fed with Session.stepWorlds, so at every beat its view equals
 * buildWorldView of the engine's step world (Timeline.stepWorlds) and differs from the final one where the cascade
 * has not reached a figure yet. Then the story (item 2): a prepared scenario opens at its start, "Play the story"
 * tells its events in turn, "Skip to the end" applies the rest; beats group routine steps; the story machine's
 * transitions.
 */
import { MODULES } from '../../src/engine/registry';
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { initialTransition, transition, type AnyEventObject } from 'xstate';
import { ScenarioStore } from '../../src/app/scenario.svelte';
import { CascadePlayer } from '../../src/app/cascade.svelte';
import { StoryPlayer } from '../../src/app/story.svelte';
import { storyMachine } from '../../src/app/storyMachine';
import { buildWorldView } from '../../src/app/worldView';
import { beatsOf, isRoutine, runsOf, attackableIn } from '../../src/app/cascadeBeats';
import { Timeline } from '../../src/engine/timeline';
import { parseScenario } from '../../src/engine/scenario/validate';
import { toJSON } from '../../src/engine/snapshot';

const json = (file: string) => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8'));

describe('the world shown at step k is the engine’s world after step k', () => {
  it.each(['lrt-slashed-operator.json', 'three-avs-unique.json', 'solo-staker-slashed.json'])('%s', (file) => {
    const raw = json(file);
    const store = new ScenarioStore();
    const cascade = new CascadePlayer();
    store.followSteps(() => cascade.world);
    expect(store.load(raw, { atStart: true })).toBeNull();
    expect(store.position).toBe(0);
    // the engine's own answer, from a timeline of its own
    const parsed = parseScenario(raw);
    if (!parsed.ok) throw new Error('parses');
    const timeline = new Timeline(parsed.value, { modules: MODULES });
    timeline.appendAll(parsed.value.events.map((event) => ({ event, payload: undefined })));
    let beatsSeen = 0;
    let behind = 0;
    for (let n = 1; n <= timeline.length; n++) {
      store.tellNext();
      const trace = store.lastTrace;
      cascade.play(trace, false, store.stepWorlds(n - 1, n));
      flushSync();
      const worlds = timeline.stepWorlds(n)!;
      const final = toJSON(buildWorldView(timeline.worldAt(n)));
      for (;;) {
        expect(toJSON(store.view)).toEqual(toJSON(buildWorldView(worlds[cascade.index])));
        if (JSON.stringify(toJSON(store.view)) !== JSON.stringify(final)) behind++;
        beatsSeen++;
        if (cascade.done) break;
        cascade.next();
        flushSync();
      }
      expect(toJSON(store.view)).toEqual(final);
    }
    expect(beatsSeen).toBeGreaterThan(timeline.length);
    // at some beat a card still showed a figure the cascade had not reached (the old view jumped to the end)
    expect(behind).toBeGreaterThan(0);
    cascade.stop();
  });
});

describe('a trace shown at once asks for its step worlds only when replayed', () => {
  it('lrt-slashed-operator: Skip, then Replay draws each step on its world', () => {
    const store = new ScenarioStore();
    const cascade = new CascadePlayer();
    store.followSteps(() => cascade.world);
    store.load(json('lrt-slashed-operator.json'), { atStart: true });
    store.goTo(1);
    let asked = 0;
    cascade.play(store.lastTrace, true, () => {
      asked++;
      return store.stepWorlds(0, 1);
    });
    flushSync();
    expect(toJSON(store.view)).toEqual(toJSON(buildWorldView(store.world!)));
    expect(asked).toBe(0);
    cascade.replay();
    flushSync();
    expect(cascade.index).toBe(0);
    expect(toJSON(store.view)).toEqual(toJSON(buildWorldView(store.stepWorlds(0, 1)![0])));
    expect(asked).toBe(1);
    expect(JSON.stringify(toJSON(store.view))).not.toEqual(JSON.stringify(toJSON(buildWorldView(store.world!))));
    cascade.next();
    flushSync();
    expect(asked).toBe(1);
    cascade.stop();
  });
});

describe('the story', () => {
  it('opens at its start; Play tells the events in turn; Skip applies the rest', () => {
    const raw = json('solo-staker-slashed.json');
    const store = new ScenarioStore();
    const cascade = new CascadePlayer();
    const story = new StoryPlayer(store, cascade);
    const told: number[] = [];
    store.subscribe((c) => {
      if (c.type === 'applied') {
        told.push(store.position);
        cascade.play(c.trace, true); // shown at once: the story goes on after its rest
      }
    });
    store.load(raw, { atStart: true });
    expect(store.story).toMatchObject({ title: raw.name, description: raw.description, events: 4, told: 0 });
    story.play();
    expect(story.playing).toBe(true);
    expect(told).toEqual([1]);
    story.skipToEnd();
    expect(story.playing).toBe(false);
    expect(store.story?.told).toBe(4);
    story.end();
    cascade.stop();
  });

  it('the story machine: idle -> telling -> resting -> telling ..., STOP at any time', () => {
    const machine = storyMachine.provide({ guards: { more: () => true } });
    let [s] = initialTransition(machine);
    const go = (e: AnyEventObject) => ([s] = transition(machine, s, e as never));
    expect(s.value).toBe('idle');
    go({ type: 'PLAY' });
    expect(s.value).toBe('telling');
    go({ type: 'TOLD' });
    expect(s.value).toBe('resting');
    go({ type: 'xstate.after.rest.story.resting' });
    expect(s.value).toBe('telling');
    go({ type: 'STOP' });
    expect(s.value).toBe('idle');
    const none = storyMachine.provide({ guards: { more: () => false } });
    const [idle] = transition(none, initialTransition(none)[0], { type: 'PLAY' });
    expect(idle.value).toBe('idle');
  });
});

describe('beats', () => {
  it('routine steps form one run; a report that loses is not routine; attackable services by name', () => {
    const step = (kind: string, amounts: Record<string, bigint> = {}, extra: object = {}) =>
      ({
        id: 0,
        parent: null,
        kind,
        layer: 'chain',
        entities: [],
        amounts,
        movements: [],
        text: kind,
        ...extra,
      }) as never;
    const trace = [
      step('time.advance'),
      step('eth.epochs'),
      step('lido.report', { preTotalPooledEther: 10n, postTotalPooledEther: 11n }),
      step('lido.fee'),
      step('eth.slash.correlation'),
      step('lido.report', { preTotalPooledEther: 11n, postTotalPooledEther: 9n }),
      step('lido.fee'),
    ];
    expect(trace.map(isRoutine)).toEqual([false, true, true, true, false, false, true]);
    expect(runsOf(trace)).toEqual([
      { start: 0, end: 0, routine: false },
      { start: 1, end: 3, routine: true },
      { start: 4, end: 4, routine: false },
      { start: 5, end: 5, routine: false },
      { start: 6, end: 6, routine: true },
    ]);
    expect(beatsOf(trace)).toEqual([0, 3, 4, 5, 6]);
    const security = (avs: string, name: string, nowPays: boolean) =>
      step(
        'security.cost',
        {},
        { layer: 'security', entities: [avs], message: { key: 'x', params: { avs: name, nowPays } } },
      );
    expect([...attackableIn([security('da', 'DA layer', true), security('oracle', 'Oracle', false)])]).toEqual([
      ['da', 'DA layer'],
    ]);
    expect(attackableIn([security('da', 'DA layer', true), security('da', 'DA layer', false)]).size).toBe(0);
  });
});
