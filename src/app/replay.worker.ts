/**
 * Web Worker replaying the session's log for the dashboard and the compare view (replayCore.ts), so a long log
 * never blocks the page while the learner drags. Same pattern as security.worker.ts: requests queue up while a
 * replay runs; when the worker gets to them it answers only the newest of each channel and marks the others
 * superseded; a "cancel" drops requests the client no longer wants. One Replayer per (scenario, model) keeps its
 * world and series, so a log that grew by one event costs one event.
 */
// the engine's English templates, so the steps posted to the page carry their sentences as text
import '../engine/messages/loadEnglish';
import type { Scenario } from '../engine/scenario/schema';
import { parseEvents } from '../engine/scenario/validate';
import { Replayer, eventKey } from './replayCore';
import type { ReplayRequest, ReplayWorkerRequest, ReplayWorkerResponse } from './replayProtocol';

/** The message loop, independent of the worker global (so tests can drive it). */
export function createReplayWorkerHandler(
  post: (r: ReplayWorkerResponse) => void,
  now: () => number,
  defer: (f: () => void) => void,
): (msg: ReplayWorkerRequest) => void {
  let queue: ReplayRequest[] = [];
  const cancelledUpTo = new Map<string, number>();
  let scheduled = false;
  const scenarios = new Map<number, Scenario>();
  const replayers = new Map<string, Replayer>();

  const run = (req: ReplayRequest): void => {
    const t0 = now();
    const scenario = scenarios.get(req.scenarioKey);
    if (!scenario) {
      post({ id: req.id, status: 'error', error: `unknown scenario ${req.scenarioKey}` });
      return;
    }
    try {
      const key = `${req.scenarioKey}|${req.model}`;
      let r = replayers.get(key);
      if (!r) {
        r = new Replayer(scenario, req.model);
        replayers.set(key, r);
      }
      const keys = req.log.map(eventKey);
      const outcome = r.run(
        keys,
        (from) => {
          const parsed = parseEvents(req.log.slice(from));
          if (!parsed.ok)
            throw new Error(
              `event ${from + 1 + Number(/^\$\[(\d+)\]/.exec(parsed.issues[0].path)?.[1] ?? 0)}: ${parsed.issues[0].message}`,
            );
          return parsed.value;
        },
        { security: req.security },
      );
      post({ id: req.id, status: 'done', outcome, ms: now() - t0, work: r.work });
    } catch (e) {
      post({ id: req.id, status: 'error', error: e instanceof Error ? e.message : String(e) });
    }
  };

  const drain = (): void => {
    scheduled = false;
    const live = queue.filter((r) => r.id > (cancelledUpTo.get(r.channel) ?? 0));
    queue = [];
    const newest = new Map<string, ReplayRequest>();
    for (const r of live) newest.set(r.channel, r);
    for (const r of live) if (newest.get(r.channel) !== r) post({ id: r.id, status: 'superseded' });
    for (const r of newest.values()) run(r);
  };

  return (msg: ReplayWorkerRequest): void => {
    if (msg.type === 'cancel') {
      cancelledUpTo.set(msg.channel, Math.max(cancelledUpTo.get(msg.channel) ?? 0, msg.upTo));
      return;
    }
    // The scenario is kept on arrival (a later request may rely on it even if this one is cancelled); a new one
    // replaces the caches of older scenarios.
    if (msg.scenario && !scenarios.has(msg.scenarioKey)) {
      for (const k of [...scenarios.keys()]) if (k !== msg.scenarioKey) scenarios.delete(k);
      for (const k of [...replayers.keys()]) if (!k.startsWith(`${msg.scenarioKey}|`)) replayers.delete(k);
      scenarios.set(msg.scenarioKey, msg.scenario);
    }
    queue.push(msg);
    // let every message already waiting be delivered first, then answer only the newest per channel
    if (!scheduled) {
      scheduled = true;
      defer(drain);
    }
  };
}

interface WorkerScope {
  postMessage(message: ReplayWorkerResponse): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ReplayWorkerRequest>) => void): void;
}

// Bind to the worker global when loaded as a worker (not when imported by tests).
const scope = globalThis as unknown as Partial<WorkerScope> & { WorkerGlobalScope?: unknown };
if (
  typeof scope.WorkerGlobalScope !== 'undefined' &&
  typeof scope.postMessage === 'function' &&
  scope.addEventListener
) {
  const handle = createReplayWorkerHandler(
    (r) => scope.postMessage!(r),
    () => performance.now(),
    (f) => setTimeout(f, 0),
  );
  scope.addEventListener('message', (e) => handle(e.data));
}
