/**
 * Typed client for the replay worker (replay.worker.ts), after securityClient.ts. The dashboard and the compare
 * view each ask on their own channel ("dashboard", "compare:a", "compare:b"); a new request on a channel settles
 * every older pending one of that channel as "cancelled" (their late answers are dropped), and the worker skips
 * requests superseded while it was busy. Messages travel by structured clone, which keeps bigints exactly (no
 * decimal strings needed, unlike JSON: see src/engine/snapshot.ts); the scenario is sent once per scenario object.
 */
import type { Scenario } from '../engine/scenario/schema';
import type { SecurityModel } from '../engine/world';
import type { ReplayOutcome, ReplayWork } from './replayCore';
import type { ReplayWorkerRequest, ReplayWorkerResponse } from './replayProtocol';

export type ReplayResult =
  | { status: 'done'; outcome: ReplayOutcome; ms: number; work: ReplayWork }
  | { status: 'error'; error: string }
  | { status: 'cancelled' };

/** The part of a Worker the client uses (a fake in tests). */
export interface ReplayWorkerLike {
  postMessage(message: ReplayWorkerRequest): void;
  addEventListener(type: 'message', listener: (e: { data: ReplayWorkerResponse }) => void): void;
  terminate(): void;
}

export class ReplayClient {
  private nextId = 1;
  private nextScenario = 1;
  private scenarioKeys = new WeakMap<Scenario, number>();
  private pending = new Map<number, { channel: string; settle: (r: ReplayResult) => void }>();

  constructor(private worker: ReplayWorkerLike) {
    worker.addEventListener('message', (e) => {
      const msg = e.data;
      const p = this.pending.get(msg.id);
      if (!p) return; // stale or cancelled: nobody waits for it any more
      this.pending.delete(msg.id);
      if (msg.status === 'done') p.settle({ status: 'done', outcome: msg.outcome, ms: msg.ms, work: msg.work });
      else if (msg.status === 'error') p.settle({ status: 'error', error: msg.error });
      else p.settle({ status: 'cancelled' });
    });
  }

  /** Replays `log` on `scenario` under `model`; any older request of the same channel still pending is cancelled. */
  replay(
    channel: string,
    scenario: Scenario,
    log: readonly unknown[],
    model: SecurityModel,
    opts: { security?: boolean } = {},
  ): Promise<ReplayResult> {
    this.cancel(channel);
    const id = this.nextId++;
    let scenarioKey = this.scenarioKeys.get(scenario);
    const first = scenarioKey === undefined;
    if (scenarioKey === undefined) {
      scenarioKey = this.nextScenario++;
      this.scenarioKeys.set(scenario, scenarioKey);
    }
    const result = new Promise<ReplayResult>((resolve) => this.pending.set(id, { channel, settle: resolve }));
    this.worker.postMessage({
      type: 'replay',
      id,
      channel,
      scenarioKey,
      scenario: first ? scenario : undefined,
      model,
      log: log.slice(),
      security: opts.security,
    });
    return result;
  }

  /** Settles the channel's pending requests as cancelled and tells the worker to skip them. */
  cancel(channel: string): void {
    let upTo = 0;
    for (const [id, p] of this.pending) {
      if (p.channel !== channel) continue;
      p.settle({ status: 'cancelled' });
      this.pending.delete(id);
      upTo = Math.max(upTo, id);
    }
    if (upTo) this.worker.postMessage({ type: 'cancel', channel, upTo });
  }

  dispose(): void {
    for (const p of this.pending.values()) p.settle({ status: 'cancelled' });
    this.pending.clear();
    this.worker.terminate();
  }
}

let shared: ReplayClient | null = null;

/** The app's one replay client and module worker (its caches serve both panels), created on first use. */
export function replayClient(): ReplayClient {
  shared ??= new ReplayClient(
    new Worker(new URL('./replay.worker.ts', import.meta.url), {
      type: 'module',
      name: 'replay',
    }) as unknown as ReplayWorkerLike,
  );
  return shared;
}
