/**
 * The dashboard's and the compare view's replay, incremental (it runs in the replay worker, replay.worker.ts).
 * One `Replayer` per security model keeps the log it last saw on an engine Timeline (src/engine/timeline.ts: its
 * checkpoints, cursor and working world) and, beside it, each event's epoch, the followed holders' value after every
 * event and the direct part of their yield (dashboardYield.ts), for every position of the timeline's log. A new
 * request whose log extends the previous one applies only the new events; an undo moves the timeline's cursor back
 * (the world is rebuilt from the nearest checkpoint, the series are kept); a changed tail appends from where the
 * logs part; a new scenario starts from genesis. The result equals a plain fold of the log (tested), as plain
 * structured-clonable data.
 *
 * The direct yield of event i is classified with the holder's accounts owned after event i rather than at the end
 * of the log: the same thing, because validators only get added and an account has no movements before it exists.
 */
import { Timeline } from '../engine/timeline';
import { MODULES } from '../engine/registry';
import type { TraceStep } from '../engine/trace';
import type { Scenario } from '../engine/scenario/schema';
import type { SimEvent } from '../engine/events';
import type { SecurityModel, World } from '../engine/world';
import { holderValue } from './inspector';
import { sampleIndices, MAX_SAMPLES } from './history';
import { directYield, ownedAccounts, sumYield, type YieldBreakdown } from './dashboardYield';
import { avsRows, chartedHolders, type AvsRow, type HolderSeries } from './dashboardData';
import { securityInput, type SecurityInput } from './dashboardSecurity';

/** What the panels draw: the figures of the world at the end of the log and the followed holders' series. */
export interface ReplayData {
  model: SecurityModel;
  /** Events replayed (the session's position). */
  position: number;
  avs: AvsRow[];
  holders: HolderSeries[];
  yields: YieldBreakdown[];
  /** The security analysis's input for the world at the end (only when asked for). */
  security?: SecurityInput | { error: string };
}

export type ReplayOutcome = { ok: true; data: ReplayData } | { ok: false; model: SecurityModel; error: string };

/** How much work a request took: events applied and whether it started from genesis (for tests and the bench). */
export interface ReplayWork {
  applied: number;
  from: 'genesis' | 'checkpoint' | 'end';
}

export const CHECKPOINT_EVERY = 32;
export const MAX_HOLDERS = 8;

type Direct = ReturnType<typeof directYield>;

interface Failure {
  /** The event (as its key) the engine refused or failed on, right after the replayed prefix. */
  key: string;
  message: string;
}

/** Event keys: the JSON form of each event is its identity (the session logs JSON). */
export const eventKey = (e: unknown): string => JSON.stringify(e);

export class Replayer {
  /** The log as event keys (eventKey), with the worlds. */
  private timeline: Timeline<string>;
  /** Per position of the timeline's log (redo tail included): epochs[n] is the epoch after n events. */
  private epochs: number[] = [];
  private follow: string[] = [];
  /** values.get(id)[n]: the holder's value after n events; directs.get(id)[i]: the direct yield of event i + 1. */
  private values = new Map<string, bigint[]>();
  private directs = new Map<string, Direct[]>();
  private failure: Failure | null = null;
  /** Work done by the last `run`. */
  work: ReplayWork = { applied: 0, from: 'genesis' };

  constructor(
    scenario: Scenario,
    readonly model: SecurityModel,
  ) {
    this.timeline = new Timeline<string>(
      { ...scenario, securityModel: model, events: [] },
      // a worker: all six models (registry.ts)
      { checkpointEvery: CHECKPOINT_EVERY, modules: MODULES },
    );
    const holders = this.timeline.read((world) => Object.keys(world.holders ?? {}), 0);
    // Many holders: follow none until the largest are known (at the end of the first run).
    this.followFrom(holders.length <= MAX_HOLDERS ? holders : []);
  }

  /** Follows `ids`: their series start again at genesis and are caught up by the next run. */
  private followFrom(ids: string[]): void {
    this.follow = ids;
    this.epochs = [this.timeline.read((w) => w.epoch, 0)];
    this.values = new Map(ids.map((id) => [id, [this.timeline.read((w) => holderValue(w, id), 0)]]));
    this.directs = new Map(ids.map((id) => [id, []]));
  }

  /** Positions 0..valid of the log have their series. */
  private get valid(): number {
    return this.epochs.length - 1;
  }

  /** Appends the series' entries for the event just applied to `world`. */
  private record(world: World, trace: TraceStep[]): void {
    this.epochs.push(world.epoch);
    for (const id of this.follow) {
      this.values.get(id)!.push(holderValue(world, id));
      this.directs.get(id)!.push(directYield(trace, ownedAccounts(world, id)));
    }
  }

  /** Keeps the series up to position n (the log's tail after n is being replaced). */
  private truncate(n: number): void {
    if (n >= this.valid) return;
    this.epochs.length = n + 1;
    for (const v of this.values.values()) v.length = n + 1;
    for (const d of this.directs.values()) d.length = n;
  }

  /** Extends the series to the timeline's position, replaying the events they miss. */
  private catchUp(): void {
    const n = this.timeline.position;
    if (this.valid < n) this.timeline.scan((world, trace) => this.record(world, trace), this.valid, n);
  }

  /**
   * The data after the log whose event keys are `keys` (keys[i] = eventKey(JSON of event i)). `parse(from)` gives
   * the parsed events from index `from` to the end; it is called only when something must be applied.
   */
  run(
    keys: readonly string[],
    parse: (from: number) => readonly SimEvent[],
    opts: { security?: boolean } = {},
  ): ReplayOutcome {
    const timeline = this.timeline;
    const applied = timeline.eventsApplied;
    const before = timeline.position;
    // How far the request and the timeline's log (its redo tail included) agree.
    let common = 0;
    const max = Math.min(keys.length, timeline.length);
    while (common < max && keys[common] === timeline.entry(common).payload) common++;
    let from: ReplayWork['from'] = common === 0 ? 'genesis' : common < before ? 'checkpoint' : 'end';
    const done = (outcome: ReplayOutcome): ReplayOutcome => {
      this.work = { applied: timeline.eventsApplied - applied, from };
      return outcome;
    };
    if (this.failure) {
      // the same log again, still refused at the same event: nothing to replay
      if (common === before && keys[common] === this.failure.key) {
        from = 'end';
        return done({ ok: false, model: this.model, error: this.failure.message });
      }
      this.failure = null;
    }
    timeline.goTo(common);
    if (common < keys.length) this.truncate(common);
    this.catchUp();
    if (common < keys.length) {
      const events = parse(common);
      for (let i = common; i < keys.length; i++) {
        const event = events[i - common];
        const outcome = timeline.append(event, keys[i], (world, trace) => this.record(world, trace));
        if (!outcome.ok) {
          this.failure = { key: keys[i], message: `event ${i + 1} (${event.type}): ${outcome.message}` };
          return done({ ok: false, model: this.model, error: this.failure.message });
        }
      }
    }
    // Many holders: chart the largest now; another set than the one followed needs a pass from genesis.
    const wanted = timeline.read((world) => {
      const all = Object.keys(world.holders ?? {});
      return all.length <= MAX_HOLDERS ? all : chartedHolders(world, MAX_HOLDERS);
    });
    if (!sameSet(wanted, this.follow)) {
      this.followFrom(wanted);
      this.catchUp();
      from = 'genesis';
    }
    return done({ ok: true, data: this.data(wanted, opts.security ?? false) });
  }

  private data(ids: string[], security: boolean): ReplayData {
    const n = this.timeline.position;
    const picks = sampleIndices(n, MAX_SAMPLES);
    return this.timeline.read((world) => {
      const holders: HolderSeries[] = ids.map((id) => {
        const values = this.values.get(id)!;
        return {
          id,
          name: world.holders[id]?.name ?? id,
          points: picks.map((p) => ({ position: p, epoch: this.epochs[p], value: values[p] })),
        };
      });
      const yields = ids.map((id) =>
        sumYield(id, this.directs.get(id)!.slice(0, n), this.values.get(id)!.slice(0, n + 1)),
      );
      const out: ReplayData = { model: world.securityModel, position: n, avs: avsRows(world), holders, yields };
      if (security) {
        try {
          out.security = securityInput(world);
        } catch (e) {
          out.security = { error: e instanceof Error ? e.message : String(e) };
        }
      }
      return out;
    });
  }
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));
