/**
 * The dashboard's replay off the main thread: the incremental Replayer gives exactly what plain folds of the log
 * give (sim.fold, the reference), extending by one event costs one event, undo and a changed tail rewind to a
 * checkpoint; and the worker's message loop with its client, wired in-process through a fake Worker (as in
 * test/unit/security/worker.test.ts): newest request per channel, stale ones cancelled, bigints intact.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Replayer, eventKey, CHECKPOINT_EVERY, type ReplayOutcome } from '../../src/app/replayCore';
import { createReplayWorkerHandler } from '../../src/app/replay.worker';
import { ReplayClient, type ReplayWorkerLike } from '../../src/app/replayClient';
import type { ReplayWorkerRequest, ReplayWorkerResponse } from '../../src/app/replayProtocol';
import { avsRows, chartedHolders } from '../../src/app/dashboardData';
import type { Comparable } from '../../src/app/compare';
import { ownedAccounts, yieldBreakdown } from '../../src/app/dashboardYield';
import { holderValue } from '../../src/app/inspector';
import { sampleIndices, MAX_SAMPLES } from '../../src/app/history';
import { fold } from '../../src/engine/sim';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import type { Scenario } from '../../src/engine/scenario/schema';
import type { SimEvent } from '../../src/engine/events';
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
/**
 * The reference, by plain folds: the world after every prefix of the log (fold(scenario, events.slice(0, p))), the
 * charted holders' values read from each, their yield from the traces of one fold of the whole log.
 */
function foldReference(sc: Scenario, events: readonly SimEvent[], model: SecurityModel): Comparable {
  const withModel: Scenario = { ...sc, securityModel: model };
  const end = fold(withModel, events);
  const worlds = events.map((_, i) => fold(withModel, events.slice(0, i)).world).concat(end.world);
  const all = Object.keys(end.world.holders);
  const ids = all.length <= 8 ? all : chartedHolders(end.world, 8);
  const picks = sampleIndices(events.length, MAX_SAMPLES);
  return {
    model: end.world.securityModel,
    avs: avsRows(end.world),
    holders: ids.map((id) => ({
      id,
      name: end.world.holders[id].name,
      points: picks.map((p) => ({ position: p, epoch: worlds[p].epoch, value: holderValue(worlds[p], id) })),
    })),
    yields: ids.map((id) =>
      yieldBreakdown(
        id,
        ownedAccounts(end.world, id),
        end.traces.slice(1),
        worlds.map((w) => holderValue(w, id)),
      ),
    ),
  };
}

const reference = (log: readonly EventJson[], model: SecurityModel = 'unique'): Comparable =>
  foldReference(scenario, parse(log)(0), model);

function expectSame(out: ReplayOutcome, ref: Comparable, position: number) {
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

  it('from genesis, equals the fold', () => {
    const r = new Replayer(scenario, 'unique');
    expectSame(r.run(keysOf(long.events), parse(long.events)), reference(long.events), long.events.length);
    expect(r.work).toEqual({ applied: long.events.length, from: 'genesis' });
  });

  it('one more event applies one event, and still equals the fold', () => {
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

  it('redo after an undo moves back over the same log: nothing appended, at most one checkpoint interval replayed', () => {
    const r = new Replayer(scenario, 'unique');
    r.run(keysOf(long.events), parse(long.events));
    const undone = long.events.slice(0, CHECKPOINT_EVERY + 3);
    r.run(keysOf(undone), parse(undone));
    const redone = long.events.slice(0, 2 * CHECKPOINT_EVERY + 7);
    const nothingToParse = () => {
      throw new Error('a redo parses nothing');
    };
    expectSame(r.run(keysOf(redone), nothingToParse), reference(redone), redone.length);
    expect(r.work.from).toBe('end');
    expect(r.work.applied).toBeLessThanOrEqual(CHECKPOINT_EVERY);
  });

  it('an event refused after an undo leaves the old tail usable', () => {
    const r = new Replayer(scenario, 'unique');
    r.run(keysOf(long.events), parse(long.events));
    const bad: EventJson[] = [
      ...long.events.slice(0, 40),
      { type: 'Transfer', asset: 'ETH', from: 'carol', to: 'alice', amount: '1000' },
    ];
    expect(r.run(keysOf(bad), parse(bad)).ok).toBe(false);
    const again = long.events.slice(0, 50);
    expectSame(r.run(keysOf(again), parse(again)), reference(again), 50);
  });

  it('many holders (real network): charts the 8 largest, like the fold, and extends incrementally', () => {
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
    const ref = foldReference(p.value, events.value, p.value.securityModel);
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

  it('answers with plain data, bigints intact, equal to the fold', async () => {
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
