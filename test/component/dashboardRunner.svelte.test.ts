/**
 * ReplayRunner (the panels' bridge to the replay worker): `computing` until the answer for the newest request
 * arrives, carrying the previous answer only as `previous`; a superseded answer is never shown; `shown()` says what
 * is current. Driven through the real worker handler and client over a fake Worker.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ReplayRunner, shown } from '../../src/app/replayRunner.svelte';
import { ReplayClient, type ReplayWorkerLike } from '../../src/app/replayClient';
import type { ReplayWorkerResponse } from '../../src/app/replayProtocol';
import { createReplayWorkerHandler } from '../../src/app/replay.worker';
import { parseScenario } from '../../src/engine/scenario/validate';

const json = JSON.parse(readFileSync('public/scenarios/three-avs-unique.json', 'utf8'));
const parsed = parseScenario(json);
if (!parsed.ok) throw new Error('scenario');
const scenario = parsed.value;
const log: unknown[] = [
  { type: 'AdvanceTime', days: 1 },
  { type: 'AdvanceTime', days: 2 },
  { type: 'AdvanceTime', days: 3 },
];

function fakeWorker(): ReplayWorkerLike {
  const listeners: ((e: { data: ReplayWorkerResponse }) => void)[] = [];
  const handle = createReplayWorkerHandler(
    (r) => setTimeout(() => listeners.forEach((l) => l({ data: structuredClone(r) })), 0),
    () => 0,
    (f) => setTimeout(f, 0),
  );
  return {
    postMessage: (m) => setTimeout(() => handle(structuredClone(m)), 0),
    addEventListener: (_t, l) => listeners.push(l),
    terminate() {},
  };
}

describe('ReplayRunner', () => {
  it('is computing (nothing current) until its answer arrives, then done at that position', async () => {
    const client = new ReplayClient(fakeWorker());
    const runner = new ReplayRunner('dashboard', () => client);
    const done = runner.request({ scenario, log, position: 2 }, 'unique');
    expect(runner.state).toEqual({ kind: 'computing', previous: null, position: 2 });
    expect(shown(runner.state)).toEqual({ data: null, outcome: null, current: false });
    await done;
    expect(runner.state.kind).toBe('done');
    const s = shown(runner.state);
    expect(s.current).toBe(true);
    expect(s.data?.position).toBe(2);
  });

  it('a newer request supersedes an older one: only the newest answer is shown, the older one as `previous` meanwhile', async () => {
    const client = new ReplayClient(fakeWorker());
    const runner = new ReplayRunner('dashboard', () => client);
    await runner.request({ scenario, log, position: 1 }, 'unique');
    const a = runner.request({ scenario, log, position: 2 }, 'unique');
    const b = runner.request({ scenario, log, position: 3 }, 'unique');
    const mid = shown(runner.state);
    expect(mid.current).toBe(false);
    expect(mid.data?.position).toBe(1);
    await Promise.all([a, b]);
    expect(runner.state.kind === 'done' && runner.state.outcome.ok && runner.state.outcome.data.position).toBe(3);
  });

  it('no scenario: idle', async () => {
    const runner = new ReplayRunner('dashboard', () => new ReplayClient(fakeWorker()));
    await runner.request({ scenario: null, log: [], position: 0 }, 'unique');
    expect(runner.state).toEqual({ kind: 'idle' });
  });
});
