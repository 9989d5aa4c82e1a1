/**
 * Keeps the security worker's latest report for the current world (the worker and its client are the security
 * engineer's: security.worker.ts, securityClient.ts). `run(world)` asks for a quick anytime answer and, when
 * that is not exact, a longer one; a newer run cancels older ones. `state` says what the UI can claim: running,
 * proven secure, attack found, or not proven yet with the bound found so far.
 */
import type { World } from '../engine/world';
import type { SecurityReport } from '../engine/security/analyze';
import { securityInput, attackNodes, type SecurityInput } from './dashboardSecurity';
import { createSecurityClient, type SecurityClient } from './securityClient';

export type SecurityState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; report: SecurityReport; final: boolean; attackNodes: string[] }
  | { kind: 'error'; message: string };

/** Quick anytime answer, then a longer one if that was not exact. */
export const BUDGETS_MS = [250, 5000];

export class SecurityRunner {
  state = $state.raw<SecurityState>({ kind: 'idle' });
  private client: SecurityClient | null = null;
  private run_ = 0;

  /** Maps the world here (on the calling thread) and analyses it. */
  async run(world: World): Promise<void> {
    let input: SecurityInput | { error: string };
    try {
      input = securityInput(world);
    } catch (e) {
      input = { error: e instanceof Error ? e.message : String(e) };
    }
    return this.runInput(input);
  }

  /** Analyses a world already mapped (the replay worker maps it, so the page does not). */
  async runInput(input: SecurityInput | { error: string }): Promise<void> {
    const mine = ++this.run_;
    if ('error' in input) {
      this.state = { kind: 'error', message: input.error };
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
    this.client ??= createSecurityClient();
    this.state = { kind: 'running' };
    for (let i = 0; i < BUDGETS_MS.length; i++) {
      const result = await this.client.analyze(input.graph, { budgetMs: BUDGETS_MS[i] });
      if (mine !== this.run_ || result.status === 'cancelled') return;
      if (result.status === 'error') {
        this.state = { kind: 'error', message: result.error };
        return;
      }
      const final = result.report.exact || i === BUDGETS_MS.length - 1;
      this.state = {
        kind: 'done',
        report: result.report,
        final,
        attackNodes: attackNodes(result.report, input.operatorOf),
      };
      if (final) return;
    }
  }

  /** A new world is on its way: what is shown is no longer current. */
  pending(): void {
    this.run_++;
    this.client?.cancelPending();
    this.state = { kind: 'running' };
  }

  stop(): void {
    this.run_++;
    this.client?.dispose();
    this.client = null;
  }
}
