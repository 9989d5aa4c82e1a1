/**
 * Web Worker folding a scenario being loaded (loadFold.ts), so a long log or a large world never blocks the page:
 * it reports progress, then hands over the worlds one message each, then the rest (see loadProtocol.ts).
 */
// the engine's English templates, so the steps posted to the page carry their sentences as text
import '../engine/messages/loadEnglish';
import { foldSource } from './loadFold';
import { decodeShare } from './shareLink';
import type { LoadRequest, LoadWorkerResponse } from './loadProtocol';

/** The message loop, independent of the worker global (so tests can drive it). */
export function createLoadWorkerHandler(post: (r: LoadWorkerResponse) => void): (msg: LoadRequest) => Promise<void> {
  return async (msg) => {
    try {
      const outcome = await foldSource(msg.source, (done, total) => post({ type: 'progress', done, total }), {
        decodeShare,
      });
      if (!outcome.ok) {
        post({ type: 'failed', outcome });
        return;
      }
      const { frames, ...rest } = outcome.folded;
      for (const frame of frames) post({ type: 'frame', frame });
      post({ type: 'done', folded: rest, view: outcome.view });
    } catch (e) {
      post({
        type: 'failed',
        outcome: { ok: false, stage: 'scenario', message: e instanceof Error ? e.message : String(e), issues: [] },
      });
    }
  };
}

interface WorkerScope {
  postMessage(message: LoadWorkerResponse): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<LoadRequest>) => void): void;
}

// Bind to the worker global when loaded as a worker (not when imported by tests).
const scope = globalThis as unknown as Partial<WorkerScope> & { WorkerGlobalScope?: unknown };
if (
  typeof scope.WorkerGlobalScope !== 'undefined' &&
  typeof scope.postMessage === 'function' &&
  scope.addEventListener
) {
  const handle = createLoadWorkerHandler((r) => scope.postMessage!(r));
  scope.addEventListener('message', (e) => void handle(e.data));
}
