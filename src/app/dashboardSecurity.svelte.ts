/**
 * Keeps the worker's latest security report for the current world. `run(world)` sends a new request (older
 * answers are ignored by id); `state` says what the UI can claim: running, proven secure, attack found, or not
 * proven yet with the bound found so far.
 */
import type { World } from '../engine/world';
import type { SecurityReport } from '../engine/security/analyze';
import { securityInput, attackNodes, type WorkerResponse } from './dashboardSecurity';

export type SecurityState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; report: SecurityReport; final: boolean; attackNodes: string[] }
  | { kind: 'error'; message: string };

/** Quick anytime answer, then a longer one if that was not exact. */
export const BUDGETS_MS = [250, 5000];

export class SecurityRunner {
  state = $state.raw<SecurityState>({ kind: 'idle' });
  private worker: Worker | null = null;
  private id = 0;
  private operatorOf: Record<string, string> = {};

  run(world: World): void {
    let input;
    try {
      input = securityInput(world);
    } catch (e) {
      this.state = { kind: 'error', message: e instanceof Error ? e.message : String(e) };
      return;
    }
    if (!input.graph.services.length) {
      this.state = { kind: 'idle' };
      return;
    }
    if (typeof Worker === 'undefined') {
      this.state = { kind: 'error', message: 'Web Workers are not available here' };
      return;
    }
    if (!this.worker) {
      this.worker = new Worker(new URL('./dashboardSecurity.worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = (e: MessageEvent<WorkerResponse>) => this.receive(e.data);
      this.worker.onerror = (e) => (this.state = { kind: 'error', message: e.message || 'the analysis worker failed' });
    }
    this.operatorOf = input.operatorOf;
    this.id++;
    this.state = { kind: 'running' };
    this.worker.postMessage({ id: this.id, graph: input.graph, budgets: BUDGETS_MS });
  }

  private receive(msg: WorkerResponse): void {
    if (msg.id !== this.id) return;
    if ('error' in msg) this.state = { kind: 'error', message: msg.error };
    else this.state = { kind: 'done', report: msg.report, final: msg.final, attackNodes: attackNodes(msg.report, this.operatorOf) };
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}
