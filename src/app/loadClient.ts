/**
 * Starts a load in its own worker (load.worker.ts) and gathers what it hands back: progress as it comes, then
 * the worlds, then the scenario, as one FoldOutcome. Cancelling ends the worker at once, whatever it is doing;
 * nothing has reached the session by then, so the current work stays as it was. Where there is no Worker (unit
 * and component tests under jsdom), the same fold runs in place.
 */
import type { Frame } from '../engine/timeline';
import type { FoldOutcome, LoadSource, ProgressReport } from './loadFold';
import type { LoadRequest, LoadWorkerResponse } from './loadProtocol';

export type LoadResult = FoldOutcome | { ok: false; stage: 'cancelled' };

export interface LoadTask {
  readonly result: Promise<LoadResult>;
  cancel(): void;
}

/** The part of a Worker the client uses (a fake in tests). */
export interface LoadWorkerLike {
  postMessage(message: LoadRequest): void;
  addEventListener(type: 'message', listener: (e: { data: LoadWorkerResponse }) => void): void;
  addEventListener(type: 'error', listener: (e: { message?: string }) => void): void;
  terminate(): void;
}

const newWorker = (): LoadWorkerLike | null =>
  typeof Worker === 'undefined'
    ? null
    : (new Worker(new URL('./load.worker.ts', import.meta.url), {
        type: 'module',
        name: 'load',
      }) as unknown as LoadWorkerLike);

export function startLoad(
  source: LoadSource,
  progress: ProgressReport,
  makeWorker: () => LoadWorkerLike | null = newWorker,
): LoadTask {
  const worker = makeWorker();
  let settle: (r: LoadResult) => void = () => {};
  let settled = false;
  const result = new Promise<LoadResult>((resolve) => {
    settle = (r) => {
      if (settled) return;
      settled = true;
      worker?.terminate();
      resolve(r);
    };
  });
  if (!worker) {
    // in place (no Worker: tests under jsdom): the fold and its six models load only then
    Promise.all([import('./shareLink'), import('./loadFold')])
      .then(([{ decodeShare }, { foldSource }]) => foldSource(source, progress, { decodeShare }))
      .then(settle, (e) => settle({ ok: false, stage: 'scenario', message: String(e), issues: [] }));
  } else {
    const frames: Frame[] = [];
    worker.addEventListener('message', ({ data }) => {
      if (settled) return;
      if (data.type === 'progress') progress(data.done, data.total);
      else if (data.type === 'frame') frames.push(data.frame);
      else if (data.type === 'done') {
        // This task read the message (the scenario, its log and the final cards); the session takes them in a task
        // of its own, so reading and drawing never add up to one long task (261 ms before, for the real network
        // after 10,000 events restored from an indented autosave; 63 ms after).
        const done = { ok: true as const, folded: { ...data.folded, frames }, view: data.view };
        setTimeout(() => settle(done), 0);
      } else settle(data.outcome);
    });
    worker.addEventListener('error', (e) =>
      settle({ ok: false, stage: 'scenario', message: e.message ?? 'the load worker failed', issues: [] }),
    );
    worker.postMessage({ type: 'load', source });
  }
  return { result, cancel: () => settle({ ok: false, stage: 'cancelled' }) };
}
