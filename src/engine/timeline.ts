/**
 * The timeline: a scenario's event log with a cursor, the one replayer of the app (the sandbox's session, the
 * dashboard's worker). The world after n events is `fold(scenario, events.slice(0, n)).world`, rebuilt from the
 * nearest world already at hand (a checkpoint every K events, the last few worlds handed out, or the working copy)
 * so that moving anywhere in a long log costs at most K events. Undo and redo move the cursor; events appended
 * after an undo start a new branch (the redo tail is dropped). An event the engine refuses is not appended and
 * leaves the timeline as it was; several events appended as one gesture go in all together or not at all. The
 * steps of an event's trace are positions too ({ event, step }), so a cascade can be stepped through.
 *
 * Pure and deterministic: no clock, no I/O, the same log gives the same worlds. Worlds handed out (`frame`,
 * `worldAt`, `world`, `stepAt`) are shared with the caller and never changed afterwards by the timeline: read them,
 * do not change them. The timeline advances its own working copy in place and clones only when it must extend a
 * world it has handed out (copy-on-write), so a log that grows one event at a time costs one event.
 */
import { initWorldWith, applyEventWith, cloneWorld, type Modules } from './run';
import { CORE_MODULES } from './coreModules';
import { assertModels, moduleSet } from './moduleSet';
import { RefusedEvent } from './errors';
import type { EngineMessage } from './messages/say';
import type { Scenario } from './scenario/schema';
import type { SimEvent } from './events';
import type { World } from './world';
import type { TraceStep } from './trace';
import { stepWorlds } from './stepWorlds';

/** A checkpoint every this many events (a clone of the world is kept; scrubbing replays at most this many). */
export const CHECKPOINT_EVERY = 16;
/** How many of the worlds last handed out are kept, so scrubbing back and forth over them costs nothing. */
const RECENT = 8;

/** One event of the log, with whatever the caller keeps beside it (the sandbox: its JSON form). */
export interface Entry<P> {
  readonly event: SimEvent;
  readonly payload: P;
}

/** The world after `position` events and the trace of the event that produced it (the genesis trace at 0). */
export interface Frame {
  readonly position: number;
  readonly world: World;
  readonly trace: TraceStep[];
}

/**
 * A position inside an event: step `step` (0-based) of the trace of event `event` (1-based like positions: event n
 * takes the world from position n - 1 to n; event 0 is the genesis trace).
 */
export interface StepPosition {
  readonly event: number;
  readonly step: number;
}

/** Between events (a number: how many are applied) or inside one (a step of its trace). */
export type Position = number | StepPosition;

/**
 * A step of a cascade with what surrounds it. The engine applies an event at once, so there is no world between
 * two steps: a step is shown on the world after its event, beside the world before it.
 */
export interface CascadeStep {
  readonly at: StepPosition;
  readonly step: TraceStep;
  /** The whole trace of the event. */
  readonly trace: TraceStep[];
  /** The world before the event (null for the genesis trace). */
  readonly before: World | null;
  readonly after: World;
}

export type AppendOutcome =
  | {
      ok: true;
      /** The traces of the appended events, one after the other. */
      trace: TraceStep[];
      /** The trace of each appended event. */
      traces: TraceStep[][];
    }
  | {
      ok: false;
      /** Which of the appended events failed (0 for a single event). */
      index: number;
      /** A refusal by the protocol (RefusedEvent), rather than a broken rule of the engine. */
      refused: boolean;
      message: string;
      /** The refusal as a catalogue message, when the engine gave one. */
      reason?: EngineMessage;
    };

/**
 * Told of each event as it is applied, with the position it leads to. `world` is the timeline's working copy: read
 * it during the call, do not keep or change it.
 */
export type Visitor = (world: World, trace: TraceStep[], position: number) => void;

/** The working copy: a world at `position`, which the timeline may advance in place unless it was handed out. */
interface Work {
  position: number;
  world: World;
  trace: TraceStep[];
  shared: boolean;
}

export class Timeline<P = undefined> {
  /** The scenario the log starts from (its own `events` are not part of the log). */
  readonly scenario: Scenario;
  readonly checkpointEvery: number;
  #modules: Modules;

  #entries: Entry<P>[] = [];
  #entriesView: readonly Entry<P>[] | null = null;
  #position = 0;
  #checkpoints = new Map<number, Frame>();
  /** Frames handed out lately, oldest first. */
  #recent = new Map<number, Frame>();
  #work: Work | null = null;
  #applied = 0;

  /**
   * Builds the genesis world (or takes `genesis`, a frame at position 0 built elsewhere); throws the engine's error
   * when the scenario cannot start.
   */
  constructor(scenario: Scenario, opts: { checkpointEvery?: number; genesis?: Frame; modules?: Modules } = {}) {
    // A scenario that needs a model not given is refused here, whether its genesis is built here or elsewhere.
    this.#modules = moduleSet(opts.modules ?? CORE_MODULES);
    assertModels(this.#modules, scenario);
    const every = opts.checkpointEvery ?? CHECKPOINT_EVERY;
    if (!Number.isInteger(every) || every < 1) throw new RangeError(`checkpointEvery must be a whole number >= 1`);
    this.checkpointEvery = every;
    this.scenario = { ...scenario, events: [] };
    if (opts.genesis && opts.genesis.position !== 0) throw new RangeError('the genesis frame must be at position 0');
    const genesis = opts.genesis ?? { position: 0, ...initWorldWith(this.#modules, this.scenario) };
    this.#checkpoints.set(0, { position: 0, world: genesis.world, trace: genesis.trace });
  }

  /**
   * A timeline over `entries` with the cursor at the end, from worlds folded elsewhere (a worker): `frames` must
   * hold the genesis frame (position 0) and the frame after the last entry, and may hold any between. They become
   * its checkpoints as they are, so nothing is replayed now; a position between two of them is replayed from the
   * one before it when asked for. The caller vouches that each frame is the fold of its prefix (a test checks
   * that a timeline restored from fold's worlds answers like one built by appending).
   */
  static restore<P>(
    scenario: Scenario,
    entries: readonly Entry<P>[],
    frames: readonly Frame[],
    opts: { checkpointEvery?: number; modules?: Modules } = {},
  ): Timeline<P> {
    const byPosition = new Map(frames.map((f) => [f.position, f]));
    const genesis = byPosition.get(0);
    const last = byPosition.get(entries.length);
    if (!genesis || !last) throw new RangeError(`frames must include positions 0 and ${entries.length}`);
    const timeline = new Timeline<P>(scenario, { ...opts, genesis });
    // a log holding events of a model not given is refused too (its replays would be refused halfway)
    assertModels(
      timeline.#modules,
      scenario,
      entries.map((e) => e.event),
    );
    for (const f of frames) {
      if (!Number.isInteger(f.position) || f.position < 0 || f.position > entries.length)
        throw new RangeError(`frame position ${f.position} is outside the log (0..${entries.length})`);
      timeline.#checkpoints.set(f.position, f);
    }
    timeline.#entries = entries.slice();
    timeline.#position = entries.length;
    return timeline;
  }

  /**
   * The models the timeline folds with (run.ts): the core three unless given (the page adds Cosmos, markets and
   * faults when a scenario needs them).
   */
  get modules(): Modules {
    return this.#modules;
  }

  /**
   * Lets the models `more` fold this log from now on (the page loads the faults model after a scenario opened,
   * before a learner's first fault). Nothing folded so far changes: a model given no section and none of its events
   * holds no state and does nothing (moduleSet.ts), so every world of the log is the same with it or without it.
   */
  addModules(more: Modules): void {
    if (more.every((m) => this.#modules.includes(m))) return;
    this.#modules = moduleSet([...this.#modules, ...more]);
  }

  /** Events in the log, including those after the cursor that undo stepped back over. */
  get length(): number {
    return this.#entries.length;
  }
  /** How many events of the log are applied (the cursor). */
  get position(): number {
    return this.#position;
  }
  get canUndo(): boolean {
    return this.#position > 0;
  }
  get canRedo(): boolean {
    return this.#position < this.#entries.length;
  }
  /** The whole log (a snapshot: later changes to the timeline do not change it). */
  get entries(): readonly Entry<P>[] {
    return (this.#entriesView ??= Object.freeze(this.#entries.slice()));
  }
  entry(i: number): Entry<P> {
    this.#check(i + 1);
    return this.#entries[i];
  }
  get genesisTrace(): TraceStep[] {
    return this.#checkpoints.get(0)!.trace;
  }
  /** Events the engine has applied so far, replays included (what a change cost, for tests and benchmarks). */
  get eventsApplied(): number {
    return this.#applied;
  }

  /** The world at the cursor. */
  get world(): World {
    return this.frame().world;
  }

  /** The world after `n` events (default: at the cursor) and the trace of the event n. */
  frame(n: number = this.#position): Frame {
    this.#check(n);
    const stored = this.#stored(n);
    if (stored) return stored;
    const work = this.#work?.position === n ? this.#work : this.#workAt(n);
    work.shared = true;
    const frame: Frame = { position: n, world: work.world, trace: work.trace };
    this.#remember(frame);
    return frame;
  }

  /** The world at a position; inside an event, the world after it (see CascadeStep). */
  worldAt(at: Position): World {
    return this.frame(typeof at === 'number' ? at : at.event).world;
  }

  /** The trace of event n (1-based; the genesis trace at 0). */
  traceOf(n: number): TraceStep[] {
    return this.frame(n).trace;
  }

  /** Step `at.step` of event `at.event`, with the worlds before and after the event; null when there is none. */
  stepAt(at: StepPosition): CascadeStep | null {
    if (!this.#inRange(at.event)) return null;
    // the world before first: the world after is then one event away from it
    const before = at.event === 0 ? null : this.frame(at.event - 1).world;
    const after = this.frame(at.event);
    const step = Number.isInteger(at.step) ? after.trace[at.step] : undefined;
    if (!step) return null;
    return { at: { event: at.event, step: at.step }, step, trace: after.trace, before, after: after.world };
  }

  /**
   * The world as of each step of event n (1-based), the engine's own (stepWorlds.ts): the event is applied again to
   * a copy of the world before it. The last step's world is the world after the event. Null outside the log, and
   * for the genesis trace (0), which has no world before it.
   */
  stepWorlds(n: number): World[] | null {
    if (!this.#inRange(n) || n === 0) return null;
    const before = this.frame(n - 1).world;
    const { worlds } = stepWorlds(before, this.#entries[n - 1].event, undefined, this.#modules);
    // the timeline's own world after the event for the last step, so the cascade ends on the world shown after it
    const after = this.frame(n).world;
    return worlds.map((w, i) => (i === worlds.length - 1 || !w ? after : w));
  }

  /** The step after `at`: the next step of its trace, else the first step of the next event that has one. */
  nextStep(at: StepPosition): StepPosition | null {
    if (!this.#inRange(at.event)) return null;
    if (at.step + 1 < this.traceOf(at.event).length) return { event: at.event, step: at.step + 1 };
    for (let e = at.event + 1; e <= this.length; e++) if (this.traceOf(e).length > 0) return { event: e, step: 0 };
    return null;
  }

  /** The step before `at`: the previous step of its trace, else the last step of the previous event that has one. */
  previousStep(at: StepPosition): StepPosition | null {
    if (!this.#inRange(at.event)) return null;
    const steps = this.traceOf(at.event).length;
    if (at.step > 0 && steps > 0) return { event: at.event, step: Math.min(at.step, steps) - 1 };
    for (let e = at.event - 1; e >= 0; e--) {
      const n = this.traceOf(e).length;
      if (n > 0) return { event: e, step: n - 1 };
    }
    return null;
  }

  /**
   * Reads the world after `n` events (default: at the cursor) without keeping it: `read` must neither keep nor
   * change the world. Cheaper than `frame` for a caller that only derives figures from it (no copy is made later).
   */
  read<T>(read: (world: World, trace: TraceStep[]) => T, n: number = this.#position): T {
    this.#check(n);
    const stored = this.#stored(n);
    if (stored) return read(stored.world, stored.trace);
    const work = this.#work?.position === n ? this.#work : this.#workAt(n);
    return read(work.world, work.trace);
  }

  /** Replays events from+1..to (default: the cursor), telling `visit` of each; the log does not change. */
  scan(visit: Visitor, from = 0, to: number = this.#position): void {
    this.#check(from);
    this.#check(to);
    if (to <= from) return;
    this.#workAt(from);
    this.#advance(to, visit);
  }

  /** Appends one event at the cursor (see appendAll). */
  append(event: SimEvent, payload: P, visit?: Visitor): AppendOutcome {
    return this.appendAll([{ event, payload }], visit);
  }

  /**
   * Appends events at the cursor as one gesture, all of them or none: the first the engine refuses leaves the
   * timeline as it was and is returned with its message. On success the cursor moves past them and the redo tail
   * (events after the old cursor) is dropped: a new branch.
   */
  appendAll(items: readonly Entry<P>[], visit?: Visitor): AppendOutcome {
    if (items.length === 0) return { ok: true, trace: [], traces: [] };
    const p = this.#position;
    // A world at p already handed out stays as it is: the rollback needs no replay.
    const kept = this.#stored(p) ?? (this.#work?.position === p && this.#work.shared ? { ...this.#work } : undefined);
    const work = this.#workAt(p);
    const droppedCheckpoints = takeAfter(this.#checkpoints, p);
    const droppedRecent = takeAfter(this.#recent, p);
    const traces: TraceStep[][] = [];
    for (let i = 0; i < items.length; i++) {
      let trace: TraceStep[];
      try {
        trace = applyEventWith(this.#modules, work.world, items[i].event);
      } catch (e) {
        // applyEvent may have changed the working copy halfway: back to the world at p, and the old tail's worlds.
        takeAfter(this.#checkpoints, p);
        takeAfter(this.#recent, p);
        for (const [k, f] of droppedCheckpoints) this.#checkpoints.set(k, f);
        for (const [k, f] of droppedRecent) this.#recent.set(k, f);
        this.#work = kept ? { position: p, world: kept.world, trace: kept.trace, shared: true } : null;
        if (!this.#work) this.#workAt(p);
        return {
          ok: false,
          index: i,
          refused: e instanceof RefusedEvent,
          message: e instanceof Error ? e.message : String(e),
          ...(e instanceof RefusedEvent && e.reason ? { reason: e.reason } : {}),
        };
      }
      this.#applied++;
      work.position++;
      work.trace = trace;
      traces.push(trace);
      this.#keepCheckpoint(work);
      visit?.(work.world, trace, work.position);
    }
    this.#entries.length = p;
    for (const item of items) this.#entries.push(item);
    this.#entriesView = null;
    this.#position = p + items.length;
    return { ok: true, trace: traces.flat(), traces };
  }

  /** Moves the cursor back one event; false at 0 (nothing changes). */
  undo(): boolean {
    if (!this.canUndo) return false;
    this.#position--;
    return true;
  }

  /** Moves the cursor forward one event of the redo tail; false when there is none. */
  redo(): boolean {
    if (!this.canRedo) return false;
    this.#position++;
    return true;
  }

  /** Moves the cursor to `n` events (rounded, clamped to the log); returns where it is. */
  goTo(n: number): number {
    this.#position = Math.max(0, Math.min(this.#entries.length, Math.round(n)));
    return this.#position;
  }

  #inRange(n: number): boolean {
    return Number.isInteger(n) && n >= 0 && n <= this.#entries.length;
  }

  #check(n: number): void {
    if (!this.#inRange(n)) throw new RangeError(`position ${n} is outside the log (0..${this.#entries.length})`);
  }

  /** A frame already at hand for position n: a checkpoint or a world handed out lately. */
  #stored(n: number): Frame | undefined {
    const checkpoint = this.#checkpoints.get(n);
    if (checkpoint) return checkpoint;
    const recent = this.#recent.get(n);
    if (recent) {
      this.#recent.delete(n);
      this.#recent.set(n, recent);
    }
    return recent;
  }

  #remember(frame: Frame): void {
    this.#recent.delete(frame.position);
    this.#recent.set(frame.position, frame);
    if (this.#recent.size > RECENT) this.#recent.delete(this.#recent.keys().next().value!);
  }

  /** Puts the working copy at position n, its own (not handed out), from the nearest world at or before n. */
  #workAt(n: number): Work {
    const work = this.#work;
    if (work && work.position === n && !work.shared) return work;
    let start: Frame = this.#checkpoints.get(0)!;
    for (const [k, f] of this.#checkpoints) if (k <= n && k > start.position) start = f;
    for (const [k, f] of this.#recent) if (k <= n && k > start.position) start = f;
    const inPlace = work !== null && !work.shared && work.position <= n && work.position >= start.position;
    if (work && work.position <= n && work.position >= start.position) start = work;
    this.#work = {
      position: start.position,
      world: inPlace ? start.world : cloneWorld(start.world),
      trace: start.trace,
      shared: false,
    };
    this.#advance(n);
    return this.#work;
  }

  /** Applies the logged events up to position `to` to the working copy, keeping checkpoints on the way. */
  #advance(to: number, visit?: Visitor): void {
    const work = this.#work!;
    try {
      while (work.position < to) {
        work.trace = applyEventWith(this.#modules, work.world, this.#entries[work.position].event);
        this.#applied++;
        work.position++;
        this.#keepCheckpoint(work);
        visit?.(work.world, work.trace, work.position);
      }
    } catch (e) {
      // an event of the log no longer applies (or the visitor threw): the working copy is not to be trusted
      this.#work = null;
      throw e;
    }
  }

  #keepCheckpoint(work: Work): void {
    if (work.position % this.checkpointEvery === 0 && !this.#checkpoints.has(work.position))
      this.#checkpoints.set(work.position, {
        position: work.position,
        world: cloneWorld(work.world),
        trace: work.trace,
      });
  }
}

/** Removes and returns the entries of `map` with keys after `n`. */
function takeAfter<V>(map: Map<number, V>, n: number): [number, V][] {
  const taken = [...map].filter(([k]) => k > n);
  for (const [k] of taken) map.delete(k);
  return taken;
}
