/**
 * Shared state of the analysis panels. `highlight` is read by the graph (src/ui/sandbox/Graph.svelte) to mark the
 * worst attack's nodes: node ids as the graph names them ("avs:<id>", "operator:<id>"), plus a short reason.
 * The panels' own state (which tab is open, the model to compare with) lives here too.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { SecurityModel } from '../engine/world';

export class Highlight {
  /** Graph node ids to highlight; empty when nothing is highlighted. */
  readonly nodes = new SvelteSet<string>();
  /** Plain-language reason, already worded (e.g. "Worst attack: corrupting A and B pays 12 ETH"). */
  reason = $state<string | null>(null);

  set(nodes: Iterable<string>, reason: string): void {
    this.nodes.clear();
    for (const id of nodes) this.nodes.add(id);
    this.reason = reason;
  }

  clear(): void {
    this.nodes.clear();
    this.reason = null;
  }

  has(nodeId: string): boolean {
    return this.nodes.has(nodeId);
  }
}

/** The one highlight of the sandbox (module-level so the graph can read it without a context). */
export const highlight = new Highlight();

export type AnalysisTab = 'dashboard' | 'compare';

export class AnalysisPanel {
  open = $state(false);
  tab = $state<AnalysisTab>('dashboard');
  compareWith = $state<SecurityModel | null>(null);
}
