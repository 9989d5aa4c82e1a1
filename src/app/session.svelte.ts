/**
 * The sandbox's state: one scenario, its event log (kept in JSON input form, exactly what a file or a share link
 * holds) and the world at the current position in that log, as Svelte state over the engine's Timeline
 * (src/engine/timeline.ts), which does the work:
 *   - adding an event = appending it at the position; a refused event leaves everything as it was and its sentence
 *     is returned for the UI to show;
 *   - undo/redo = move the position back or forward over the log; a new event after an undo drops the redo tail;
 *   - scrubbing = the world at any position, rebuilt from the nearest checkpoint (one every CHECKPOINT_EVERY events).
 */
import { Timeline, CHECKPOINT_EVERY, type Frame } from '../engine/timeline';
import { loadedModules } from './engineModules';
import { parseScenario, parseEvents, summarizeIssues, type InputIssue } from '../engine/scenario/validate';
import { checkLimits, extentOf } from '../engine/scenario/limits';
import type { Scenario } from '../engine/scenario/schema';
import type { SimEvent } from '../engine/events';
import type { World } from '../engine/world';
import type { TraceStep } from '../engine/trace';

export { CHECKPOINT_EVERY };

/** A cascade longer than this is drawn on the world after it (each step's world is a copy). */
export const MAX_STEP_WORLDS = 400;

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

/** A scenario folded elsewhere (the load worker, src/app/loadFold.ts), ready for `adopt`. */
export interface FoldedScenario {
  scenarioJson: ScenarioJson;
  scenario: Scenario;
  /** The events as JSON (the form logs, files and links hold) and as the engine reads them. */
  log: EventJson[];
  events: SimEvent[];
  /** The genesis frame, checkpoints, and the frame after the last event. */
  frames: Frame[];
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

  private timeline: Timeline<EventJson> | null = null;

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
    let timeline: Timeline<EventJson>;
    try {
      // folded with the models loaded so far; a scenario needing one not loaded is refused, naming it
      timeline = new Timeline<EventJson>(scenario, { checkpointEvery: CHECKPOINT_EVERY, modules: loadedModules() });
    } catch (e) {
      return { message: errorMessage(e), issues: [] };
    }
    // The events go in as one gesture before anything is committed, so a log the engine refuses leaves the
    // session as it was.
    const list = parsedEvents.value;
    const log = (rawEvents as EventJson[]).slice();
    const appended = timeline.appendAll(list.map((event, i) => ({ event, payload: log[i] })));
    if (!appended.ok)
      return { message: `$.events[${appended.index}] (${list[appended.index].type}): ${appended.message}`, issues: [] };
    const { events: _drop, ...withoutEvents } = json as Record<string, unknown>;
    void _drop;
    this.timeline = timeline;
    this.scenarioJson = withoutEvents;
    this.scenario = scenario;
    this.log = log;
    this.show(timeline.frame());
    return null;
  }

  /**
   * Replaces the scenario and log with one folded elsewhere (the load worker: src/app/loadFold.ts), from its
   * worlds, without replaying anything (Timeline.restore).
   */
  adopt(folded: FoldedScenario): void {
    const entries = folded.events.map((event, i) => ({ event, payload: folded.log[i] }));
    // the loader resolved the models this scenario needs (modulesFor) before adopting it
    const timeline = Timeline.restore<EventJson>(folded.scenario, entries, folded.frames, {
      checkpointEvery: CHECKPOINT_EVERY,
      modules: loadedModules(),
    });
    this.timeline = timeline;
    this.scenarioJson = folded.scenarioJson;
    this.scenario = folded.scenario;
    this.log = folded.log;
    this.show(timeline.frame());
  }

  /** Applies one event (JSON form) after the current position. */
  dispatch(event: EventJson): Outcome {
    return this.append([event]);
  }

  /** Applies several events as one gesture: all of them, or none (the first refusal is returned). */
  dispatchAll(events: EventJson[]): Outcome {
    return this.append(events);
  }

  private append(events: EventJson[]): Outcome {
    const timeline = this.timeline;
    if (!timeline) return { ok: false, refused: false, message: 'no scenario is loaded' };
    if (events.length === 0) return { ok: true, trace: [] };
    const parsed: SimEvent[] = [];
    for (const event of events) {
      const one = parseEvents([event]);
      if (!one.ok) {
        const issues = one.issues.map((i) => ({ ...i, path: i.path.replace(/^\$\[0\]/, '$') }));
        return { ok: false, refused: false, message: summarizeIssues(issues), issues };
      }
      parsed.push(one.value[0]);
    }
    // The log's limits hold here too, so a log the sandbox accepted (autosaved, shared) always loads again.
    const before = timeline.entries.slice(0, timeline.position).map((e) => e.event);
    const over = checkLimits(parsed, extentOf(before));
    if (over) return { ok: false, refused: true, message: over.message };
    // A model loaded since this scenario opened (faults, loaded before a learner's first fault) folds from here on.
    timeline.addModules(loadedModules());
    const outcome = timeline.appendAll(parsed.map((event, i) => ({ event, payload: events[i] })));
    if (!outcome.ok) return { ok: false, refused: outcome.refused, message: outcome.message };
    this.log = timeline.entries.map((e) => e.payload);
    this.show(timeline.frame(), outcome.trace);
    return { ok: true, trace: outcome.trace };
  }

  undo(): void {
    if (this.canUndo) this.goTo(this.position - 1);
  }

  redo(): void {
    if (this.canRedo) this.goTo(this.position + 1);
  }

  /** Shows the world after the first `n` events of the log, rebuilt from the nearest checkpoint. */
  goTo(n: number): void {
    const timeline = this.timeline;
    if (!timeline) return;
    const target = timeline.goTo(n);
    if (target === this.position && this.world) return;
    this.show(timeline.frame());
  }

  /** The world after `n` events and the trace of event n (the session's position does not move). */
  worldAt(n: number): { world: World; trace: TraceStep[] } {
    if (!this.timeline) throw new Error('no genesis checkpoint: load a scenario first');
    const { world, trace } = this.timeline.frame(n);
    return { world, trace };
  }

  /**
   * The world as of each step of events from+1..to, one after the other (as their traces are, flattened), for a
   * cascade to show each step when it happens; null past `maxSteps` steps (each is a copy of the world).
   */
  stepWorlds(from: number, to: number, maxSteps = MAX_STEP_WORLDS): World[] | null {
    const timeline = this.timeline;
    if (!timeline || from < 0 || to > timeline.length || to <= from) return null;
    let steps = 0;
    for (let n = from + 1; n <= to; n++) steps += timeline.traceOf(n).length;
    if (steps > maxSteps) return null;
    const worlds: World[] = [];
    for (let n = from + 1; n <= to; n++) worlds.push(...(timeline.stepWorlds(n) ?? []));
    return worlds;
  }

  /** The trace of event n (1-based; the genesis trace at 0). */
  traceOf(n: number): TraceStep[] {
    if (!this.timeline) return [];
    return this.timeline.traceOf(Math.max(0, n));
  }

  /** The scenario JSON with the applied events, for export and share links. */
  toJson(): ScenarioJson | null {
    if (!this.scenarioJson) return null;
    return { ...this.scenarioJson, events: this.log.slice(0, this.position) };
  }

  private show(frame: Frame, trace: TraceStep[] = frame.trace): void {
    this.position = frame.position;
    this.world = frame.world;
    this.lastTrace = trace;
    this.revision++;
  }
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
