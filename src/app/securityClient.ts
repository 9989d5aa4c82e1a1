/**
 * Typed client for the security-analysis worker (security.worker.ts). The sandbox recomputes the analysis on
 * every change; only the newest request matters, so sending a request settles every older pending one as
 * "cancelled" (their late answers are dropped), and the worker itself skips requests that were superseded
 * while it was busy. Messages are plain JSON-able objects (amounts as decimal strings, exact).
 */
import type { SecurityReport } from '../engine/security/analyze';
import { DEFAULT_BUDGET_MS, type GraphMessage, type WorkerRequest, type WorkerResponse } from './securityProtocol';

export type SecurityResult =
  { status: 'done'; report: SecurityReport; ms: number } | { status: 'error'; error: string } | { status: 'cancelled' };

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (e: { data: WorkerResponse }) => void): void;
  terminate(): void;
}

export class SecurityClient {
  private nextId = 1;
  private pending = new Map<number, (r: SecurityResult) => void>();

  constructor(private worker: WorkerLike) {
    worker.addEventListener('message', (e) => {
      const msg = e.data;
      const settle = this.pending.get(msg.id);
      if (!settle) return; // stale or cancelled: nobody waits for it any more
      this.pending.delete(msg.id);
      if (msg.status === 'done') settle({ status: 'done', report: msg.report, ms: msg.ms });
      else if (msg.status === 'error') settle({ status: 'error', error: msg.error });
      else settle({ status: 'cancelled' });
    });
  }

  /** Analyses `graph`; any older request still pending is cancelled. */
  analyze(
    graph: GraphMessage,
    opts: { budgetMs?: number; shock?: string[]; psi?: string | number } = {},
  ): Promise<SecurityResult> {
    this.cancelPending();
    const id = this.nextId++;
    const result = new Promise<SecurityResult>((resolve) => this.pending.set(id, resolve));
    this.worker.postMessage({
      type: 'analyze',
      id,
      graph,
      budgetMs: opts.budgetMs ?? DEFAULT_BUDGET_MS,
      shock: opts.shock,
      psi: opts.psi,
    });
    return result;
  }

  /** Settles every pending request as cancelled and tells the worker to skip them. */
  cancelPending(): void {
    if (this.pending.size === 0) return;
    let upTo = 0;
    for (const [id, settle] of this.pending) {
      settle({ status: 'cancelled' });
      upTo = Math.max(upTo, id);
    }
    this.pending.clear();
    this.worker.postMessage({ type: 'cancel', upTo });
  }

  dispose(): void {
    this.cancelPending();
    this.worker.terminate();
  }
}

/** The app's client, with its own module worker. */
export function createSecurityClient(): SecurityClient {
  const worker = new Worker(new URL('./security.worker.ts', import.meta.url), {
    type: 'module',
    name: 'security-analysis',
  });
  return new SecurityClient(worker as unknown as WorkerLike);
}
