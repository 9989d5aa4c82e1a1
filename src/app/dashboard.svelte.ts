/**
 * Shared state of the analysis panels. `highlight` is read by the graph (src/ui/sandbox/Graph.svelte) to mark the
 * worst attack's nodes: node ids as the graph names them ("avs:<id>", "operator:<id>"), plus a short reason.
 * The panels' own state (which tab is open, the model to compare with) lives here too.
 */
import { SvelteSet } from 'svelte/reactivity';
import type { SecurityModel } from '../engine/world';
import type { Scenario } from '../engine/scenario/schema';
import { parseEvents } from '../engine/scenario/validate';
import type { SimEvent } from '../engine/events';

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

/** The session's applied events, parsed (the log is valid: the session only keeps events the engine took). */
export function appliedEvents(session: {
  log: unknown[];
  position: number;
  scenario: Scenario | null;
}): { scenario: Scenario; events: SimEvent[] } | null {
  if (!session.scenario) return null;
  const parsed = parseEvents(session.log.slice(0, session.position));
  if (!parsed.ok) return null;
  return { scenario: session.scenario, events: parsed.value };
}
