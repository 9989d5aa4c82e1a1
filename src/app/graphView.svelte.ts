/**
 * The graph as drawn: the scenario's world laid out as nodes and edges, with the positions the learner dragged
 * nodes to, the long tail of operators grouped or expanded, and a key that asks the view to fit itself again.
 */
import { createContext } from 'svelte';
import { buildGraph, type GraphModel } from './graphModel';
import type { ScenarioStore } from './scenario.svelte';

type Point = { x: number; y: number };

export class GraphView {
  readonly #scenario: ScenarioStore;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- $state.raw: each change is a new map
  #positions = $state.raw<ReadonlyMap<string, Point>>(new Map());
  #expandOperators = $state(false);
  #fitKey = $state(0);
  readonly #model = $derived.by<GraphModel>(() =>
    buildGraph(this.#scenario.view, { expandOperators: this.#expandOperators, positions: this.#positions }),
  );

  constructor(scenario: ScenarioStore) {
    this.#scenario = scenario;
  }

  get model(): GraphModel {
    return this.#model;
  }
  get positions(): ReadonlyMap<string, Point> {
    return this.#positions;
  }
  get expandOperators(): boolean {
    return this.#expandOperators;
  }
  /** Bumped when the graph should be fitted to the view again (a new scenario, operators expanded). */
  get fitKey(): number {
    return this.#fitKey;
  }

  rememberPosition(id: string, position: Point): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a copy, then the new value of the raw state
    const next = new Map(this.#positions);
    next.set(id, position);
    this.#positions = next;
  }

  resetLayout(): void {
    this.#positions = new Map(); // eslint-disable-line svelte/prefer-svelte-reactivity -- replaced, not mutated
    this.#fitKey++;
  }

  setExpandOperators(expand: boolean): void {
    this.#expandOperators = expand;
    this.#fitKey++;
  }

  /** Fits the graph to its pane again, keeping its layout (presenter mode on or off resizes the pane). */
  refit(): void {
    this.#fitKey++;
  }

  /** A new scenario: its own layout, grouped, fitted. */
  reset(): void {
    this.#expandOperators = false;
    this.resetLayout();
  }
}

export const [getGraphView, setGraphView] = createContext<GraphView>();
