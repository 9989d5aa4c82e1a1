/**
 * Web Worker running the security analysis off the main thread, so the sandbox can recompute it on every
 * drag without dropping frames. Each request carries a graph and a time budget (default 200 ms); the engine
 * runs its anytime search against performance.now and answers "exact" or "not proven yet, bound …".
 *
 * Requests queue up while an analysis runs (it is synchronous). When the worker gets to them it answers only
 * the newest one and marks the others superseded; a "cancel" message drops requests the client no longer
 * wants.
 */
import { analyze } from '../engine/security/analyze';
import { readAnalysisInput } from '../engine/security/inputSchema';
import { type AnalyzeRequest, DEFAULT_BUDGET_MS, type WorkerRequest, type WorkerResponse } from './securityProtocol';

/** The message loop, independent of the worker global (so tests can drive it). */
export function createSecurityWorkerHandler(
  post: (r: WorkerResponse) => void,
  now: () => number,
  defer: (f: () => void) => void,
): (msg: WorkerRequest) => void {
  let queue: AnalyzeRequest[] = [];
  let cancelledUpTo = 0;
  let scheduled = false;

  const run = (req: AnalyzeRequest): void => {
    const t0 = now();
    const input = readAnalysisInput(req.graph);
    if (input.kind !== 'graph') {
      post({
        id: req.id,
        status: 'error',
        error: input.kind === 'error' ? `${input.issue.path}: ${input.issue.message}` : 'expected a restaking graph',
      });
      return;
    }
    try {
      const report = analyze(input.graph, {
        budgetMs: req.budgetMs ?? DEFAULT_BUDGET_MS,
        now,
        shock: req.shock,
        psi: req.psi,
      });
      post({ id: req.id, status: 'done', report, ms: now() - t0 });
    } catch (e) {
      post({ id: req.id, status: 'error', error: (e as Error).message });
    }
  };

  const drain = (): void => {
    scheduled = false;
    const live = queue.filter((r) => r.id > cancelledUpTo);
    queue = [];
    if (live.length === 0) return;
    const newest = live[live.length - 1];
    for (const r of live) if (r !== newest) post({ id: r.id, status: 'superseded' });
    run(newest);
  };

  return (msg: WorkerRequest): void => {
    if (msg.type === 'cancel') {
      cancelledUpTo = Math.max(cancelledUpTo, msg.upTo);
      return;
    }
    queue.push(msg);
    // let every message already waiting be delivered first, then answer only the newest
    if (!scheduled) {
      scheduled = true;
      defer(drain);
    }
  };
}

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerRequest>) => void): void;
}

// Bind to the worker global when loaded as a worker (not when imported by tests).
const scope = globalThis as unknown as Partial<WorkerScope> & { WorkerGlobalScope?: unknown };
if (
  typeof scope.WorkerGlobalScope !== 'undefined' &&
  typeof scope.postMessage === 'function' &&
  scope.addEventListener
) {
  const handle = createSecurityWorkerHandler(
    (r) => scope.postMessage!(r),
    () => performance.now(),
    (f) => setTimeout(f, 0),
  );
  scope.addEventListener('message', (e) => handle(e.data));
}
