/**
 * The graph as drawn: the scenario's world laid out as nodes and edges, with the positions the learner dragged
 * nodes to, the long tail of operators grouped or expanded, and a key that asks the view to fit itself again.
 */
import { createContext } from 'svelte';
import { buildGraph, namedInStory, type GraphModel, type GraphOptions } from './graphModel';
import { reuseGraph, sameData } from './graphReuse';
import { buildWorldView, type Entity, type WorldView } from './worldView';
import type { ScenarioStore } from './scenario.svelte';

type Point = { x: number; y: number };

export class GraphView {
  readonly #scenario: ScenarioStore;
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- $state.raw: each change is a new map
  #positions = $state.raw<ReadonlyMap<string, Point>>(new Map());
  #expandOperators = $state(false);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- $state.raw: each change is a new set
  #revealed = $state.raw<ReadonlySet<string>>(new Set());
  #fitKey = $state(0);
  /** The model drawn last and what it was built from: its unchanged nodes and edges are kept by the next one. */
  #last: { model: GraphModel; view: WorldView; options: GraphOptions } | null = null;
  /** The card ids as last drawn, in order: the next layout keeps their order (null: order the cards afresh). */
  #drawn: readonly string[] | null = null;
  /** The holders the scenario's story names stay out of their group (the real network's Dave among 521). */
  // The same set object while its members stay the same, so an unchanged step is not laid out again (sameData).
  #namedLast: ReadonlySet<string> = new Set(); // eslint-disable-line svelte/prefer-svelte-reactivity -- a cache, never mutated
  readonly #named = $derived.by<ReadonlySet<string>>(() => {
    const next = namedInStory(this.#scenario.scenario?.description, this.#scenario.view.entities);
    const last = this.#namedLast;
    if (next.size !== last.size || [...next].some((id) => !last.has(id))) this.#namedLast = next;
    return this.#namedLast;
  });
  // The cards at the end of the events applied (the session's world), one map per world so that an unchanged
  // step keeps the same options (sameData). Built only while a cascade shows an earlier step.
  readonly #finalView = $derived.by<WorldView | null>(() => {
    const world = this.#scenario.world;
    return world ? buildWorldView(world) : null;
  });
  readonly #final = $derived.by<ReadonlyMap<string, Entity> | null>(() => {
    const view = this.#finalView;
    return view ? new Map(view.entities.map((e) => [e.id, e])) : null; // eslint-disable-line svelte/prefer-svelte-reactivity -- built once per world, read-only
  });
  get #finalLinks(): WorldView['links'] {
    return this.#finalView?.links ?? [];
  }
  readonly #reserve = $derived.by<ReadonlyMap<string, Entity> | undefined>(() => {
    const world = this.#scenario.world;
    const shown = this.#scenario.shown;
    return world && shown && shown !== world ? (this.#final ?? undefined) : undefined;
  });
  /**
   * While a cascade shows an earlier step, every card stands where the layout of the cascade's end puts it (the
   * learner's own drags still win): a card that grows, an edge label that widens or a weight that reorders a column
   * moves nothing mid-cascade, and the last step needs no move either. One map per world (sameData).
   */
  readonly #pinned = $derived.by<ReadonlyMap<string, Point> | null>(() => {
    const final = this.#final;
    if (!final) return null;
    const model = buildGraph(
      { entities: [...final.values()], links: this.#finalLinks },
      {
        expandOperators: this.#expandOperators,
        positions: this.#positions,
        revealed: this.#revealed,
        named: this.#named,
        // the order the cards were drawn in, as the step's own layout keeps it (below)
        drawn: this.#drawn ?? undefined,
      },
    );
    return new Map(model.nodes.map((n) => [n.id, n.position])); // eslint-disable-line svelte/prefer-svelte-reactivity -- built once per world, read-only
  });
  readonly #model = $derived.by<GraphModel>(() => {
    const view = this.#scenario.view;
    const options = {
      expandOperators: this.#expandOperators,
      positions: (this.#reserve && this.#pinned) || this.#positions,
      revealed: this.#revealed,
      named: this.#named,
      reserve: this.#reserve,
    };
    const last = this.#last;
    // A cascade step that changes no figure drawn (a security check, a narrated decision) is not laid out again:
    // the layout's ordering sweeps are the largest part of building a 300-node graph.
    if (last && sameData(last.options, options) && sameData(last.view, view)) return last.model;
    const model = reuseGraph(last?.model ?? null, buildGraph(view, { ...options, drawn: this.#drawn ?? undefined }));
    this.#last = { model, view, options };
    if (model.nodes.length) this.#drawn = model.nodes.map((n) => n.id);
    return model;
  });

  constructor(scenario: ScenarioStore) {
    this.#scenario = scenario;
  }

  get model(): GraphModel {
    return this.#model;
  }
  /** The world drawn: an edge's words depend on its security model (Graph.svelte sizes the labels by them). */
  get world() {
    return this.#scenario.world;
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

  /** Engine ids drawn out of their group because a cascade step touched them. */
  get revealed(): ReadonlySet<string> {
    return this.#revealed;
  }

  /**
   * A cascade step touched these engine ids: each comes out of its group ("430 other operators") and stays drawn
   * on its own, so the learner sees every card the cascade changes (issue 13, item 8), until the layout is reset
   * or another scenario opens. Ids already drawn on their own change nothing.
   */
  reveal(ids: Iterable<string>): void {
    const fresh = [...ids].filter((id) => !this.#revealed.has(id));
    if (fresh.length) this.#revealed = new Set([...this.#revealed, ...fresh]); // eslint-disable-line svelte/prefer-svelte-reactivity -- replaced, not mutated
  }

  rememberPosition(id: string, position: Point): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a copy, then the new value of the raw state
    const next = new Map(this.#positions);
    next.set(id, position);
    this.#positions = next;
  }

  /** The computed layout again: dragged cards go back, and cards a cascade brought out go back into their group;
   * the cards are ordered afresh. */
  resetLayout(): void {
    this.#drawn = null;
    this.#positions = new Map(); // eslint-disable-line svelte/prefer-svelte-reactivity -- replaced, not mutated
    this.#revealed = new Set(); // eslint-disable-line svelte/prefer-svelte-reactivity -- replaced, not mutated
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

  /**
   * A new scenario: its own layout, grouped, fitted. `keepOrder`: the same scenario again (a lesson's next step
   * starts from it), so the cards keep the order they were drawn in and the learner does not lose track of them.
   */
  reset(keepOrder = false): void {
    const drawn = this.#drawn;
    this.#expandOperators = false;
    this.resetLayout();
    if (keepOrder) this.#drawn = drawn;
  }
}

export const [getGraphView, setGraphView] = createContext<GraphView>();
