/**
 * Loading in the load worker (src/app/loadFold.ts, loadClient.ts, load.worker.ts): the folded scenario equals
 * the engine's fold, with the genesis and final worlds and thinned checkpoints between; refusals are located;
 * the worker's message loop hands the worlds over one message each; cancelling settles at once and keeps the
 * session as it was; and a link's parameter leaves the address bar (urlParams.ts).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fold } from '../../src/engine/sim';
import { toJSON } from '../../src/engine/snapshot';
import { parseScenario } from '../../src/engine/scenario/validate';
import { foldJson, foldSource, MAX_FRAMES } from '../../src/app/loadFold';
import { startLoad, type LoadWorkerLike } from '../../src/app/loadClient';
import { createLoadWorkerHandler } from '../../src/app/load.worker';
import type { LoadRequest, LoadWorkerResponse } from '../../src/app/loadProtocol';
import { Session } from '../../src/app/session.svelte';
import { withoutLoadParams } from '../../src/app/urlParams';
import { buildWorldView } from '../../src/app/worldView';

const COSMOS = JSON.parse(readFileSync('public/scenarios/cosmos-double-sign.json', 'utf8'));

describe('foldJson', () => {
  it('gives fold(scenario, events): the final world, the genesis, the log as JSON; progress reaches the total', () => {
    const reports: [number, number][] = [];
    const out = foldJson(COSMOS, (d, t) => reports.push([d, t]));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const parsed = parseScenario(COSMOS);
    if (!parsed.ok) throw new Error('valid');
    const { world } = fold(parsed.value);
    const { frames, log, scenarioJson, events } = out.folded;
    expect(toJSON(frames.at(-1)!.world)).toBe(toJSON(world));
    expect(frames[0].position).toBe(0);
    expect(frames.at(-1)!.position).toBe(7);
    expect(log).toEqual(COSMOS.events);
    expect(events).toHaveLength(7);
    expect('events' in scenarioJson).toBe(false);
    // the view the page draws is built in the worker too, and survives the structured clone exactly
    expect(toJSON(structuredClone(out.view))).toBe(toJSON(buildWorldView(world)));
    // 7 events, 24 days of AdvanceTime: 7 + 24 cost units
    expect(reports.at(-1)).toEqual([31, 31]);
  });

  it('keeps at most MAX_FRAMES worlds however long the fold (a fake clock: 100 ms an event)', () => {
    let t = 0;
    const json = { ...COSMOS, events: Array(300).fill({ type: 'AdvanceTime', epochs: 1 }) };
    const out = foldJson(json, undefined, () => (t += 100));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const positions = out.folded.frames.map((f) => f.position);
    expect(positions.length).toBeLessThanOrEqual(MAX_FRAMES + 1);
    expect(positions[0]).toBe(0);
    expect(positions.at(-1)).toBe(300);
    expect(positions.length).toBeGreaterThan(10);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('refuses at the path of the first event over a limit, or of an event the engine refuses', () => {
    const tooLong = foldJson({ ...COSMOS, events: [...COSMOS.events, { type: 'AdvanceTime', days: 3650 }] });
    expect(tooLong).toMatchObject({ ok: false, stage: 'scenario' });
    if (!tooLong.ok) expect(tooLong.message).toMatch(/^\$\.events\[7\]: a scenario may simulate at most 3,650 days/);
    const refused = foldJson({ ...COSMOS, events: [{ type: 'CosmosDoubleSign', validator: 'nobody' }] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/^\$\.events\[0\] \(CosmosDoubleSign\): /);
  });

  it('a text source that is not JSON is a located read problem', async () => {
    const out = await foldSource({ kind: 'text', text: '{ nope' });
    expect(out).toMatchObject({ ok: false, stage: 'read' });
    if (!out.ok) expect(out.message).toMatch(/^\$: not valid JSON at line 1, column 3/);
  });
});

describe('the load worker and its client', () => {
  /** A worker whose messages go through the real message loop, delivered when `flush` is called. */
  function fakeWorker() {
    const listeners: ((e: { data: LoadWorkerResponse }) => void)[] = [];
    const outbox: LoadWorkerResponse[] = [];
    let terminated = false;
    const handle = createLoadWorkerHandler((r) => outbox.push(r));
    const worker: LoadWorkerLike = {
      postMessage: (m: LoadRequest) => void handle(m),
      addEventListener: (type: string, l: unknown) => {
        if (type === 'message') listeners.push(l as (e: { data: LoadWorkerResponse }) => void);
      },
      terminate: () => (terminated = true),
    };
    const flush = async () => {
      await new Promise((r) => setTimeout(r, 0));
      for (const data of outbox.splice(0)) for (const l of listeners) l({ data });
    };
    return { worker, outbox, flush, terminated: () => terminated };
  }

  it('hands over each world in its own message, then the scenario; the session adopts it without replaying', async () => {
    const fake = fakeWorker();
    const task = startLoad(
      { kind: 'json', json: COSMOS },
      () => {},
      () => fake.worker,
    );
    await new Promise((r) => setTimeout(r, 0));
    const kinds = fake.outbox.map((m) => m.type);
    expect(kinds.filter((k) => k === 'frame').length).toBeGreaterThanOrEqual(2);
    expect(kinds.at(-1)).toBe('done');
    await fake.flush();
    const result = await task.result;
    expect(result.ok).toBe(true);
    expect(fake.terminated()).toBe(true);
    if (!result.ok) return;
    const session = new Session();
    session.adopt(result.folded);
    const reference = new Session();
    expect(reference.load(COSMOS)).toBeNull();
    expect(session.position).toBe(7);
    expect(toJSON(session.world)).toBe(toJSON(reference.world));
    session.goTo(3);
    reference.goTo(3);
    expect(toJSON(session.world)).toBe(toJSON(reference.world));
    expect(session.toJson()).toEqual(reference.toJson());
  });

  it('cancel settles at once as cancelled and ends the worker; late messages are ignored', async () => {
    const fake = fakeWorker();
    const task = startLoad(
      { kind: 'json', json: COSMOS },
      () => {},
      () => fake.worker,
    );
    task.cancel();
    expect(fake.terminated()).toBe(true);
    await fake.flush();
    expect(await task.result).toEqual({ ok: false, stage: 'cancelled' });
  });

  it('the sandbox refuses an append past the time limit with the limit named (a saved log always loads again)', () => {
    const session = new Session();
    expect(session.load({ ...COSMOS, events: [...COSMOS.events, { type: 'AdvanceTime', days: 3626 }] })).toBeNull();
    const outcome = session.dispatch({ type: 'AdvanceTime', days: 1 });
    expect(outcome).toMatchObject({ ok: false, refused: true });
    if (!outcome.ok) expect(outcome.message).toMatch(/at most 3,650 days .* day 3,651$/);
    expect(session.position).toBe(8);
  });
});

describe('withoutLoadParams', () => {
  it.each([
    ['#/sandbox?s=v2.abc', '#/sandbox'],
    ['#/sandbox?scenario=x.json', '#/sandbox'],
    ['#/sandbox?s=v2.abc&keep=1', '#/sandbox?keep=1'],
    ['#s=v2.abc', '#/sandbox'],
    ['#/sandbox', '#/sandbox'],
    ['#/lessons', '#/lessons'],
    ['', ''],
  ])('%s -> %s', (hash, expected) => {
    expect(withoutLoadParams(hash)).toBe(expected);
  });
});
