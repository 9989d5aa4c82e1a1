/**
 * The sandbox's state: one scenario, its event log (kept in JSON input form, exactly what a file or a share link
 * holds) and the world at the current position in that log. Everything else is derived from the engine:
 *   - adding an event = engine `step()` on the current world (a copy); a refused event leaves everything as it was
 *     and its sentence is returned for the UI to show;
 *   - undo/redo = move the position back or forward over the log; a new event after an undo drops the redo tail;
 *   - scrubbing = rebuild the world at any position from the nearest checkpoint (one every CHECKPOINT_EVERY events).
 */
import { initWorld, step, applyEvent, cloneWorld } from '../engine/sim';
import { parseScenario, parseEvents, summarizeIssues, type InputIssue } from '../engine/scenario/validate';
import { RefusedEvent } from '../engine/errors';
import type { Scenario } from '../engine/scenario/schema';
import type { SimEvent } from '../engine/events';
import type { World } from '../engine/world';
import type { TraceStep } from '../engine/trace';

export const CHECKPOINT_EVERY = 16;

/** An event as JSON (amounts as decimal ETH strings), the form stored in logs, files and links. */
export type EventJson = { type: string } & Record<string, unknown>;
/** A scenario as JSON without its events (they live in the log). */
export type ScenarioJson = Record<string, unknown>;

export type Outcome =
  { ok: true; trace: TraceStep[] } | { ok: false; refused: boolean; message: string; issues?: InputIssue[] };

export interface LoadProblem {
  message: string;
  issues: InputIssue[];
}

export class Session {
  /** The scenario as loaded (JSON, without events), for export and share links. */
  scenarioJson = $state.raw<ScenarioJson | null>(null);
  scenario = $state.raw<Scenario | null>(null);
  /** The whole log, including events after `position` that undo has stepped back over. */
  log = $state.raw<EventJson[]>([]);
  /** How many events of the log are applied to `world`. */
  position = $state(0);
  world = $state.raw<World | null>(null);
  /** The trace of the event that produced the current world (the genesis trace at position 0). */
  lastTrace = $state.raw<TraceStep[]>([]);
  /** Bumped on every change; cheap for consumers that only need "something changed". */
  revision = $state(0);

  private parsed: SimEvent[] = [];
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a private cache of worlds, never read reactively (`revision` is the signal)
  private checkpoints = new Map<number, World>();
  private genesisTrace: TraceStep[] = [];

  get canUndo(): boolean {
    return this.position > 0;
  }
  get canRedo(): boolean {
    return this.position < this.log.length;
  }

  /**
   * Replaces the scenario and log, or returns what is wrong (the current session is untouched on failure).
   * `json.events`, when present, become the log (all applied), unless `events` is given.
   */
  load(json: unknown, events?: unknown): LoadProblem | null {
    const parsed = parseScenario(json);
    if (!parsed.ok) return { message: summarizeIssues(parsed.issues), issues: parsed.issues };
    const scenario = parsed.value;
    const rawEvents = (events ?? (json as { events?: unknown }).events ?? []) as unknown;
    const parsedEvents = parseEvents(rawEvents);
    if (!parsedEvents.ok) {
      const issues = parsedEvents.issues.map((i) => ({ ...i, path: i.path.replace(/^\$/, '$.events') }));
      return { message: summarizeIssues(issues), issues };
    }
    let genesis: { world: World; trace: TraceStep[] };
    try {
      genesis = initWorld({ ...scenario, events: [] });
    } catch (e) {
      return { message: errorMessage(e), issues: [] };
    }
    // Apply the events before committing, so a log the engine refuses leaves the session as it was.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a private cache of worlds, never read reactively (`revision` is the signal)
    const checkpoints = new Map<number, World>([[0, genesis.world]]);
    let world = genesis.world;
    let trace = genesis.trace;
    const list = parsedEvents.value;
    for (let i = 0; i < list.length; i++) {
      try {
        const next = step(world, list[i]);
        world = next.world;
        trace = next.trace;
      } catch (e) {
        return { message: `$.events[${i}] (${list[i].type}): ${errorMessage(e)}`, issues: [] };
      }
      if ((i + 1) % CHECKPOINT_EVERY === 0) checkpoints.set(i + 1, world);
    }
    const { events: _drop, ...withoutEvents } = json as Record<string, unknown>;
    void _drop;
    this.scenarioJson = withoutEvents;
    this.scenario = scenario;
    this.parsed = list;
    this.log = (rawEvents as EventJson[]).slice();
    this.checkpoints = checkpoints;
    this.genesisTrace = genesis.trace;
    this.position = list.length;
    this.world = world;
    this.lastTrace = trace;
    this.revision++;
    return null;
  }

  /** Applies one event (JSON form) after the current position. */
  dispatch(event: EventJson): Outcome {
    if (!this.world) return { ok: false, refused: false, message: 'no scenario is loaded' };
    const parsed = parseEvents([event]);
    if (!parsed.ok) {
      const issues = parsed.issues.map((i) => ({ ...i, path: i.path.replace(/^\$\[0\]/, '$') }));
      return { ok: false, refused: false, message: summarizeIssues(issues), issues };
    }
    const ev = parsed.value[0];
    let result: { world: World; trace: TraceStep[] };
    try {
      result = step(this.world, ev);
    } catch (e) {
      return { ok: false, refused: e instanceof RefusedEvent, message: errorMessage(e) };
    }
    const at = this.position;
    this.parsed = this.parsed.slice(0, at).concat(ev);
    this.log = this.log.slice(0, at).concat(event);
    for (const k of this.checkpoints.keys()) if (k > at) this.checkpoints.delete(k);
    this.position = at + 1;
    if (this.position % CHECKPOINT_EVERY === 0) this.checkpoints.set(this.position, result.world);
    this.world = result.world;
    this.lastTrace = result.trace;
    this.revision++;
    return { ok: true, trace: result.trace };
  }

  /** Applies several events as one gesture: all of them, or none (the first refusal is returned). */
  dispatchAll(events: EventJson[]): Outcome {
    const saved = {
      log: this.log,
      parsed: this.parsed,
      position: this.position,
      world: this.world,
      lastTrace: this.lastTrace,
      // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a private cache of worlds, never read reactively (`revision` is the signal)
      checkpoints: new Map(this.checkpoints),
    };
    const trace: TraceStep[] = [];
    for (const e of events) {
      const outcome = this.dispatch(e);
      if (!outcome.ok) {
        this.log = saved.log;
        this.parsed = saved.parsed;
        this.position = saved.position;
        this.world = saved.world;
        this.lastTrace = saved.lastTrace;
        this.checkpoints = saved.checkpoints;
        this.revision++;
        return outcome;
      }
      trace.push(...outcome.trace);
    }
    this.lastTrace = trace;
    return { ok: true, trace };
  }

  undo(): void {
    if (this.canUndo) this.goTo(this.position - 1);
  }

  redo(): void {
    if (this.canRedo) this.goTo(this.position + 1);
  }

  /** Rebuilds the world after the first `n` events of the log, replaying from the nearest checkpoint. */
  goTo(n: number): void {
    const target = Math.max(0, Math.min(this.log.length, Math.round(n)));
    if (target === this.position && this.world) return;
    const { world, trace } = this.worldAt(target);
    this.position = target;
    this.world = world;
    this.lastTrace = trace;
    this.revision++;
  }

  /** The world after `n` events (pure with respect to the session, apart from caching checkpoints). */
  worldAt(n: number): { world: World; trace: TraceStep[] } {
    let base = 0;
    for (const k of this.checkpoints.keys()) if (k <= n && k > base) base = k;
    const start = this.checkpoints.get(base);
    if (!start) throw new Error('no genesis checkpoint: load a scenario first');
    if (base === n) return { world: start, trace: n === 0 ? this.genesisTrace : this.traceOf(n) };
    const world = cloneWorld(start);
    let trace: TraceStep[] = [];
    for (let i = base; i < n; i++) {
      trace = applyEvent(world, this.parsed[i]);
      if ((i + 1) % CHECKPOINT_EVERY === 0 && !this.checkpoints.has(i + 1))
        this.checkpoints.set(i + 1, cloneWorld(world));
    }
    return { world, trace };
  }

  /** The trace of event n (1-based), recomputed from the world before it. */
  traceOf(n: number): TraceStep[] {
    if (n <= 0) return this.genesisTrace;
    const before = this.worldAt(n - 1).world;
    return step(before, this.parsed[n - 1]).trace;
  }

  /** The scenario JSON with the applied events, for export and share links. */
  toJson(): ScenarioJson | null {
    if (!this.scenarioJson) return null;
    return { ...this.scenarioJson, events: this.log.slice(0, this.position) };
  }
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
