/**
 * The dashboard's replay off the main thread: the incremental Replayer gives exactly what the direct replay()
 * gives (dashboardData.ts, the reference), extending by one event costs one event, undo and a changed tail rewind
 * to a checkpoint; and the worker's message loop with its client, wired in-process through a fake Worker (as in
 * test/unit/security/worker.test.ts): newest request per channel, stale ones cancelled, bigints intact.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Replayer, eventKey, CHECKPOINT_EVERY, type ReplayOutcome } from '../../src/app/replayCore';
import { createReplayWorkerHandler } from '../../src/app/replay.worker';
import { ReplayClient, type ReplayWorkerLike } from '../../src/app/replayClient';
import type { ReplayWorkerRequest, ReplayWorkerResponse } from '../../src/app/replayProtocol';
import { replay, type DashboardData } from '../../src/app/dashboardData';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import type { Scenario } from '../../src/engine/scenario/schema';
import type { SecurityModel } from '../../src/engine/world';
import { starterLongLog, type EventJson } from '../bench/replayLog';

const long = starterLongLog(70, 60, 3);
const parsedScenario = parseScenario(long.scenario);
if (!parsedScenario.ok) throw new Error('starter scenario does not parse');
const scenario: Scenario = parsedScenario.value;

const parse = (log: readonly EventJson[]) => (from: number) => {
  const p = parseEvents(log.slice(from));
  if (!p.ok) throw new Error('bad log');
  return p.value;
};
const keysOf = (log: readonly EventJson[]) => log.map(eventKey);
const reference = (log: readonly EventJson[], model: SecurityModel = 'unique'): DashboardData =>
  replay(scenario, parse(log)(0), { model });

function expectSame(out: ReplayOutcome, ref: DashboardData, position: number) {
  expect(out.ok).toBe(true);
  if (!out.ok) return;
  expect(out.data.position).toBe(position);
  expect(out.data.model).toBe(ref.model);
  expect(out.data.avs).toEqual(ref.avs);
  expect(out.data.holders).toEqual(ref.holders);
  expect(out.data.yields).toEqual(ref.yields);
}

describe('incremental replay (replayCore)', () => {
  it('the log is long enough to matter: a few checkpoints, several kinds of events', () => {
    expect(long.events.length).toBeGreaterThan(2 * CHECKPOINT_EVERY + 10);
    expect(new Set(long.events.map((e) => e.type)).size).toBeGreaterThanOrEqual(4);
  });

  it('from genesis, equals the direct replay', () => {
    const r = new Replayer(scenario, 'unique');
    expectSame(r.run(keysOf(long.events), parse(long.events)), reference(long.events), long.events.length);
    expect(r.work).toEqual({ applied: long.events.length, from: 'genesis' });
  });

  it('one more event applies one event, and still equals the direct replay', () => {
    const r = new Replayer(scenario, 'unique');
    const head = long.events.slice(0, -1);
    r.run(keysOf(head), parse(head));
    const out = r.run(keysOf(long.events), parse(long.events));
    expect(r.work).toEqual({ applied: 1, from: 'end' });
    expectSame(out, reference(long.events), long.events.length);
    // the same log again applies nothing
    r.run(keysOf(long.events), parse(long.events));
    expect(r.work.applied).toBe(0);
  });

  it('undo rewinds to the nearest checkpoint, not to genesis; a changed tail replays only from there', () => {
    const r = new Replayer(scenario, 'unique');
    r.run(keysOf(long.events), parse(long.events));
    const n = 2 * CHECKPOINT_EVERY + 5;
    const undone = long.events.slice(0, n);
    expectSame(r.run(keysOf(undone), parse(undone)), reference(undone), n);
    expect(r.work).toEqual({ applied: 5, from: 'checkpoint' });
    // a different event after the undo (redo tail dropped)
    const changed = [...undone, { type: 'AdvanceTime', days: 3 }];
    expectSame(r.run(keysOf(changed), parse(changed)), reference(changed), n + 1);
    expect(r.work).toEqual({ applied: 1, from: 'end' });
  });

  it('many holders (real network): charts the 8 largest, like the direct replay, and extends incrementally', () => {
    const json = JSON.parse(readFileSync('public/scenarios/real-network-2024-10.json', 'utf8'));
    const p = parseScenario(json);
    if (!p.ok) throw new Error('real network does not parse');
    const log: EventJson[] = [
      { type: 'AdvanceTime', days: 1 },
      { type: 'AdvanceTime', days: 2 },
    ];
    const r = new Replayer(p.value, p.value.securityModel);
    r.run(keysOf(log.slice(0, 1)), parse(log.slice(0, 1)));
    const out = r.run(keysOf(log), parse(log));
    expect(r.work).toEqual({ applied: 1, from: 'end' });
    const events = parseEvents(log);
    if (!events.ok) throw new Error('bad');
    const ref = replay(p.value, events.value);
    expect(out.ok && out.data.holders.map((h) => h.id)).toEqual(ref.holders.map((h) => h.id));
    expect(out.ok && out.data.holders).toHaveLength(8);
    expect(out.ok && out.data.yields).toEqual(ref.yields);
    expect(out.ok && out.data.avs).toEqual(ref.avs);
  });

  it('a log the engine refuses (as another model may): the error names the event; asking again answers at once; undoing it recovers', () => {
    const r = new Replayer(scenario, 'pooled');
    // Carol holds 40 ETH: sending 1,000 is refused, after 40 accepted events (past a checkpoint)
    const bad: EventJson[] = [
      ...long.events.slice(0, 40),
      { type: 'Transfer', asset: 'ETH', from: 'carol', to: 'alice', amount: '1000' },
      { type: 'AdvanceTime', days: 1 },
    ];
    const out = r.run(keysOf(bad), parse(bad));
    expect(out).toMatchObject({ ok: false, model: 'pooled' });
    if (!out.ok) expect(out.error).toMatch(/^event 41 \(Transfer\): Carol has only/);
    r.run(keysOf(bad), parse(bad));
    expect(r.work.applied).toBe(0);
    const undone = bad.slice(0, 40);
    expectSame(r.run(keysOf(undone), parse(undone)), reference(undone, 'pooled'), 40);
    expect(r.work.applied).toBe(0);
  });

  it('maps the final world for the security worker when asked (exact ratio strings)', () => {
    const r = new Replayer(scenario, 'unique');
    const out = r.run(keysOf(long.events), parse(long.events), { security: true });
    expect(out.ok).toBe(true);
    if (!out.ok || !out.data.security || 'error' in out.data.security) throw new Error('no security input');
    expect(out.data.security.graph.services.map((s) => s.id).sort()).toEqual(['bridge', 'da', 'oracle']);
    for (const v of out.data.security.graph.validators) expect(v.stake).toMatch(/^\d+\/\d+$/);
  });
});

/** Messages travel as macrotasks by structured clone, like postMessage. */
function fakeWorker(): ReplayWorkerLike & { answered: ReplayWorkerResponse[]; seen: ReplayWorkerRequest[] } {
  const listeners: ((e: { data: ReplayWorkerResponse }) => void)[] = [];
  const answered: ReplayWorkerResponse[] = [];
  const seen: ReplayWorkerRequest[] = [];
  const handle = createReplayWorkerHandler(
    (r) => {
      answered.push(r);
      const copy = structuredClone(r);
      setTimeout(() => listeners.forEach((l) => l({ data: copy })), 0);
    },
    () => 0,
    (f) => setTimeout(f, 0),
  );
  return {
    answered,
    seen,
    postMessage(m) {
      seen.push(m);
      const copy = structuredClone(m);
      setTimeout(() => handle(copy), 0);
    },
    addEventListener(_t, l) {
      listeners.push(l);
    },
    terminate() {},
  };
}

describe('replay worker and client', () => {
  const log = long.events.slice(0, 20);

  it('answers with plain data, bigints intact, equal to the direct replay', async () => {
    const client = new ReplayClient(fakeWorker());
    const r = await client.replay('dashboard', scenario, log, 'unique');
    expect(r.status).toBe('done');
    if (r.status !== 'done') return;
    expectSame(r.outcome, reference(log), 20);
    expect(r.outcome.ok && typeof r.outcome.data.avs[0].stakeSeen).toBe('bigint');
  });

  it('sends the scenario once per scenario object', async () => {
    const w = fakeWorker();
    const client = new ReplayClient(w);
    await client.replay('dashboard', scenario, log.slice(0, 5), 'unique');
    await client.replay('dashboard', scenario, log, 'unique');
    const sent = w.seen.filter((m): m is Extract<ReplayWorkerRequest, { type: 'replay' }> => m.type === 'replay');
    expect(sent.map((m) => m.scenario !== undefined)).toEqual([true, false]);
    expect(sent[0].scenarioKey).toBe(sent[1].scenarioKey);
  });

  it('a newer request on a channel cancels the older ones; the worker replays only the newest; other channels are untouched', async () => {
    const w = fakeWorker();
    const client = new ReplayClient(w);
    const first = client.replay('dashboard', scenario, log.slice(0, 5), 'unique');
    const other = client.replay('compare:b', scenario, log.slice(0, 5), 'pooled');
    const second = client.replay('dashboard', scenario, log.slice(0, 10), 'unique');
    const third = client.replay('dashboard', scenario, log, 'unique');
    expect(await first).toEqual({ status: 'cancelled' });
    expect(await second).toEqual({ status: 'cancelled' });
    const r = await third;
    expect(r.status === 'done' && r.outcome.ok && r.outcome.data.position).toBe(20);
    const o = await other;
    expect(o.status === 'done' && o.outcome.ok && o.outcome.data.model).toBe('pooled');
    await new Promise((res) => setTimeout(res, 5));
    // one replay per channel actually ran
    expect(w.answered.filter((a) => a.status === 'done')).toHaveLength(2);
  });

  it('the next event of the same log is applied incrementally in the worker', async () => {
    const client = new ReplayClient(fakeWorker());
    await client.replay('dashboard', scenario, log.slice(0, 19), 'unique');
    const r = await client.replay('dashboard', scenario, log, 'unique');
    expect(r.status === 'done' && r.work).toEqual({ applied: 1, from: 'end' });
  });

  it('a request the worker is told to skip is superseded, never run', async () => {
    const answered: ReplayWorkerResponse[] = [];
    const queued: (() => void)[] = [];
    const handle = createReplayWorkerHandler(
      (r) => answered.push(r),
      () => 0,
      (f) => queued.push(f),
    );
    handle({
      type: 'replay',
      id: 1,
      channel: 'dashboard',
      scenarioKey: 1,
      scenario,
      model: 'unique',
      log: log.slice(0, 2),
    });
    handle({ type: 'replay', id: 2, channel: 'dashboard', scenarioKey: 1, model: 'unique', log: log.slice(0, 3) });
    handle({ type: 'cancel', channel: 'dashboard', upTo: 2 });
    handle({ type: 'replay', id: 3, channel: 'dashboard', scenarioKey: 1, model: 'unique', log: log.slice(0, 4) });
    queued.forEach((f) => f());
    expect(answered.map((a) => [a.id, a.status])).toEqual([[3, 'done']]);
  });

  it('reports an unknown scenario and a malformed event as errors, not crashes', () => {
    const answered: ReplayWorkerResponse[] = [];
    const handle = createReplayWorkerHandler(
      (r) => answered.push(r),
      () => 0,
      (f) => f(),
    );
    handle({ type: 'replay', id: 1, channel: 'dashboard', scenarioKey: 9, model: 'unique', log: [] });
    handle({
      type: 'replay',
      id: 2,
      channel: 'dashboard',
      scenarioKey: 1,
      scenario,
      model: 'unique',
      log: [{ type: 'AdvanceTime', days: 1 }, { type: 'Nope' }],
    });
    expect(answered[0]).toEqual({ id: 1, status: 'error', error: 'unknown scenario 9' });
    expect(answered[1]).toMatchObject({ id: 2, status: 'error' });
    expect(answered[1].status === 'error' && answered[1].error).toMatch(/^event 2: /);
  });
});
