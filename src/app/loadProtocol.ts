/**
 * The messages between the load client (loadClient.ts) and its worker (load.worker.ts). One worker folds one
 * scenario and is ended afterwards (or when the learner cancels). The worlds come back one message each, so the
 * page takes them in one at a time (structured clone, which keeps bigints): no single message is large enough to
 * hold the main thread for long.
 */
import type { Frame } from '../engine/timeline';
import type { FoldedScenario, FoldOutcome, LoadSource } from './loadFold';
import type { WorldView } from './worldView';

export interface LoadRequest {
  type: 'load';
  source: LoadSource;
}

export type LoadWorkerResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'frame'; frame: Frame }
  | { type: 'done'; folded: Omit<FoldedScenario, 'frames'>; view: WorldView }
  | { type: 'failed'; outcome: Extract<FoldOutcome, { ok: false }> };
