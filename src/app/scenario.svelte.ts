/**
 * The scenario session: one scenario, its event log and the world at the current position (Session does the
 * engine work), plus the world as the views draw it. Every change is reported to subscribers (the sandbox plays
 * the cascade and autosaves; a lesson may do something else): loaded, events applied, moved in the log, or an
 * event refused with the engine's sentence.
 */
import { createContext } from 'svelte';
import {
  Session,
  type EventJson,
  type FoldedScenario,
  type LoadProblem,
  type Outcome,
  type ScenarioJson,
} from './session.svelte';
import { buildWorldView, type WorldView } from './worldView';
import { modulesFor } from './engineModules';
import type { TraceStep } from '../engine/trace';
import type { Scenario } from '../engine/scenario/schema';
import type { World } from '../engine/world';

export type ScenarioChange =
  | { type: 'loaded'; trace: TraceStep[] }
  /**
   * `animate`: play the trace step by step (an event the learner made, or the story's next event), or show it at
   * once (time passing). `from`: the position before the events, so each step's world can be asked for.
   */
  | { type: 'applied'; trace: TraceStep[]; animate: boolean; from: number }
  | { type: 'moved'; trace: TraceStep[] }
  | { type: 'refused'; outcome: Extract<Outcome, { ok: false }> };

export class ScenarioStore {
  readonly #session = new Session();
  #listeners: ((change: ScenarioChange) => void)[] = [];
  /** A view built elsewhere (the load worker) for the world it was built from. */
  #given: { world: World; view: WorldView } | null = null;
  /** The world a cascade being played shows (as of its step), when it does; see followSteps. */
  #stepWorld: () => World | null = () => null;
  readonly #shown = $derived.by<World | null>(() => this.#stepWorld() ?? this.#session.world);
  readonly #view = $derived.by<WorldView>(() => {
    const world = this.#shown;
    if (!world) return { entities: [], links: [] };
    return this.#given?.world === world ? this.#given.view : buildWorldView(world);
  });
  /** Bumped at each load: views that reset with a new scenario (the narration's unseen count) follow it. */
  #loads = $state(0);

  /** A store over `json` (a scenario file's content, events included); throws what is wrong with it. */
  static from(json: unknown): ScenarioStore {
    const store = new ScenarioStore();
    const problem = store.load(json);
    if (problem) throw new Error(problem.message);
    return store;
  }

  get world(): World | null {
    return this.#session.world;
  }
  get scenario(): Scenario | null {
    return this.#session.scenario;
  }
  /** The world drawn: as of the cascade step being narrated while one is played, else the world at the cursor. */
  get shown(): World | null {
    return this.#shown;
  }
  /** Draws the world `stepWorld` gives while it gives one (the sandbox: the cascade's world as of its step). */
  followSteps(stepWorld: () => World | null): void {
    this.#stepWorld = stepWorld;
  }
  /** The world as of each step of events from+1..to (null when too long to copy each step's world). */
  stepWorlds(from: number, to: number = this.position): World[] | null {
    return this.#session.stepWorlds(from, to);
  }
  /** The scenario's story: its name, description and attribution, and how many of its events are told so far. */
  get story(): Story | null {
    const s = this.#session.scenario;
    if (!s) return null;
    return {
      title: s.name,
      description: s.description ?? '',
      attribution: s.attribution ?? '',
      events: this.#session.log.length,
      told: this.#session.position,
    };
  }
  /** The world as cards and edges (names, facts). */
  get view(): WorldView {
    return this.#view;
  }
  get log(): EventJson[] {
    return this.#session.log;
  }
  /** How many events of the log are applied. */
  get position(): number {
    return this.#session.position;
  }
  get lastTrace(): TraceStep[] {
    return this.#session.lastTrace;
  }
  /** Bumped on every change. */
  get revision(): number {
    return this.#session.revision;
  }
  get loads(): number {
    return this.#loads;
  }
  get canUndo(): boolean {
    return this.#session.canUndo;
  }
  get canRedo(): boolean {
    return this.#session.canRedo;
  }

  /** The world after the first `n` events (for histories over the log). */
  worldAt(n: number): { world: World; trace: TraceStep[] } {
    return this.#session.worldAt(n);
  }

  /** The scenario with its applied events, as a file or a share link holds it. */
  toJson(): ScenarioJson | null {
    return this.#session.toJson();
  }

  subscribe(listener: (change: ScenarioChange) => void): () => void {
    this.#listeners = [...this.#listeners, listener];
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
    };
  }

  /**
   * Replaces the scenario, or says what is wrong with it (the current one stays then). `atStart`: its events are
   * in the log but none applied yet, so its story can be played from the beginning.
   */
  load(json: unknown, opts: { atStart?: boolean } = {}): LoadProblem | null {
    const problem = this.#session.load(json);
    if (problem) return problem;
    if (opts.atStart) this.#session.goTo(0);
    this.#loads++;
    this.#emit({ type: 'loaded', trace: this.#session.lastTrace });
    return null;
  }

  /**
   * Replaces the scenario with one folded by the load worker (it was checked there). `atStart`: its events are
   * in the log but none applied yet, so its story can be played from the beginning.
   */
  adopt(folded: FoldedScenario, view?: WorldView, opts: { atStart?: boolean } = {}): void {
    this.#session.adopt(folded);
    if (opts.atStart) this.#session.goTo(0);
    // the worker's view of the same world (a structured clone of it): not built again here
    // (a view of the final world: not the one shown when the scenario opens at its start)
    this.#given = view && this.#session.world && !opts.atStart ? { world: this.#session.world, view } : null;
    this.#loads++;
    this.#emit({ type: 'loaded', trace: this.#session.lastTrace });
  }

  /**
   * The same scenario and log folded again under another security model (src/app/modelSwitch.ts): adopted at the
   * same position, said as a move in the log (nothing is lost or reset; the graph keeps its layout).
   */
  remodel(folded: FoldedScenario, position: number): void {
    this.#session.adopt(folded);
    this.#session.goTo(position);
    this.#given = null;
    this.#emit({ type: 'moved', trace: this.#session.lastTrace });
  }

  /** Sends events to the engine as one gesture; a refusal keeps the state as it was and is reported. */
  dispatch(event: EventJson | EventJson[], animate = true): Outcome {
    const from = this.#session.position;
    const outcome = Array.isArray(event) ? this.#session.dispatchAll(event) : this.#session.dispatch(event);
    this.#emit(outcome.ok ? { type: 'applied', trace: outcome.trace, animate, from } : { type: 'refused', outcome });
    return outcome;
  }

  /**
   * `dispatch`, once the models the events need are loaded: a fault the learner triggers needs the faults model, a
   * chunk of its own that the sandbox prefetches on idle (src/app/engineModules.ts), so this rarely waits. A model
   * that cannot be fetched (offline, a new version deployed) leaves the engine to refuse the event, naming it.
   */
  async dispatchWhenLoaded(event: EventJson | EventJson[], animate = true): Promise<Outcome> {
    try {
      await modulesFor({ events: Array.isArray(event) ? event : [event] });
    } catch {
      // refused below by the engine, which names the model it lacks
    }
    return this.dispatch(event, animate);
  }

  /** Applies the next event of the log (the story's next one, after the cursor), played step by step. */
  tellNext(): boolean {
    if (!this.#session.canRedo) return false;
    const from = this.#session.position;
    this.#session.goTo(from + 1);
    this.#emit({ type: 'applied', trace: this.#session.lastTrace, animate: true, from });
    return true;
  }

  undo(): void {
    this.#session.undo();
    this.#emit({ type: 'moved', trace: this.#session.lastTrace });
  }

  redo(): void {
    this.#session.redo();
    this.#emit({ type: 'moved', trace: this.#session.lastTrace });
  }

  /** Moves to the world after the first `n` events of the log. */
  goTo(n: number): void {
    this.#session.goTo(n);
    this.#emit({ type: 'moved', trace: this.#session.lastTrace });
  }

  #emit(change: ScenarioChange): void {
    for (const listener of this.#listeners) listener(change);
  }
}

export interface Story {
  title: string;
  description: string;
  attribution: string;
  /** Events in the log. */
  events: number;
  /** Events applied so far. */
  told: number;
}

export const [getScenario, setScenario] = createContext<ScenarioStore>();
