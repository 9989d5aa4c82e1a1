/**
 * The dashboard's and the compare view's replay, incremental (it runs in the replay worker, replay.worker.ts).
 * One `Replayer` per security model keeps, for the log it last saw: the world at its end, a checkpoint every
 * CHECKPOINT_EVERY events, each event's epoch, the followed holders' value after every event and the direct part
 * of their yield (dashboardYield.ts). A new request whose log extends the previous one applies only the new events;
 * an undo or a changed tail rewinds to the nearest checkpoint; a new scenario starts from genesis. The result is
 * the same as `replay()` in dashboardData.ts (the reference, tested equal), as plain structured-clonable data.
 *
 * The direct yield of event i is classified with the holder's accounts owned after event i rather than at the end
 * of the log: the same thing, because validators only get added and an account has no movements before it exists.
 */
import { initWorld, applyEvent, cloneWorld } from '../engine/sim';
import type { Scenario } from '../engine/scenario/schema';
import type { SimEvent } from '../engine/events';
import type { SecurityModel, World } from '../engine/world';
import { holderValue } from './inspector';
import { sampleIndices, MAX_SAMPLES } from './history';
import { directYield, ownedAccounts, type YieldBreakdown } from './dashboardYield';
import { avsRows, chartedHolders, type AvsRow, type HolderSeries } from './dashboardData';
import { securityInput, type SecurityInput } from './dashboardSecurity';

/** What the panels draw: DashboardData without the world (it stays in the worker). */
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
  private scenario: Scenario;
  private world: World;
  private keys: string[] = [];
  private epochs: number[] = [];
  private checkpoints = new Map<number, World>();
  private follow: string[] = [];
  private values = new Map<string, bigint[]>();
  private directs = new Map<string, Direct[]>();
  private failure: Failure | null = null;
  /** Following nobody yet among many holders: this pass will be redone once the largest are known. */
  private scouting = false;
  /** Work done by the last `run`. */
  work: ReplayWork = { applied: 0, from: 'genesis' };

  constructor(
    scenario: Scenario,
    readonly model: SecurityModel,
  ) {
    this.scenario = { ...scenario, securityModel: model, events: [] };
    this.world = initWorld(this.scenario).world;
    this.reset();
  }

  /** Back to genesis, following `follow` (default: every holder when few, else none until known). */
  private reset(follow?: string[]): void {
    this.world = initWorld(this.scenario).world;
    const all = Object.keys(this.world.holders ?? {});
    this.follow = follow ?? (all.length <= MAX_HOLDERS ? all : []);
    this.scouting = this.follow.length === 0 && all.length > MAX_HOLDERS;
    this.keys = [];
    this.epochs = [this.world.epoch];
    this.checkpoints = new Map([[0, cloneWorld(this.world)]]);
    this.values = new Map(this.follow.map((id) => [id, [holderValue(this.world, id)]]));
    this.directs = new Map(this.follow.map((id) => [id, []]));
    this.failure = null;
  }

  /** Rewinds to the newest checkpoint at or before `n` events. */
  private rewind(n: number): void {
    let base = 0;
    for (const k of this.checkpoints.keys()) if (k <= n && k > base) base = k;
    for (const k of [...this.checkpoints.keys()]) if (k > base) this.checkpoints.delete(k);
    this.world = cloneWorld(this.checkpoints.get(base)!);
    this.keys.length = base;
    this.epochs.length = base + 1;
    for (const v of this.values.values()) v.length = base + 1;
    for (const d of this.directs.values()) d.length = base;
    this.failure = null;
  }

  /** Applies events from..n-1 to the world at the end; stops at the first the engine refuses. */
  private extend(at: (i: number) => SimEvent, keys: readonly string[], from: number): void {
    for (let i = from; i < keys.length; i++) {
      const event = at(i);
      try {
        const trace = applyEvent(this.world, event);
        this.keys.push(keys[i]);
        this.epochs.push(this.world.epoch);
        for (const id of this.follow) {
          this.values.get(id)!.push(holderValue(this.world, id));
          this.directs.get(id)!.push(directYield(trace, ownedAccounts(this.world, id)));
        }
        this.work.applied++;
        const n = this.keys.length;
        // A first pass that follows nobody (many holders: the largest are known only at the end) is redone from
        // genesis, so its checkpoints would be thrown away.
        if (n % CHECKPOINT_EVERY === 0 && !this.scouting) this.checkpoints.set(n, cloneWorld(this.world));
      } catch (e) {
        // applyEvent may have left the world half-changed: rebuild it up to the event before, remember why.
        const message = `event ${i + 1} (${event.type}): ${e instanceof Error ? e.message : String(e)}`;
        this.rewind(i);
        this.extend(at, keys.slice(0, i), this.keys.length);
        this.failure = { key: keys[i], message };
        return;
      }
    }
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
    this.work = { applied: 0, from: 'end' };
    const at = lazyEvents(keys.length, parse);
    let common = 0;
    const max = Math.min(keys.length, this.keys.length);
    while (common < max && keys[common] === this.keys[common]) common++;
    if (this.failure) {
      if (common === this.keys.length && keys[common] === this.failure.key)
        return { ok: false, model: this.model, error: this.failure.message };
      this.failure = null;
    }
    const before = this.keys.length;
    if (common < before) this.rewind(common);
    this.work.from = this.keys.length === 0 ? 'genesis' : this.keys.length < before ? 'checkpoint' : 'end';
    this.extend(at, keys, this.keys.length);
    if (this.failure) return { ok: false, model: this.model, error: (this.failure as Failure).message };
    // Many holders: chart the largest now; another set than the one followed needs a pass from genesis.
    const all = Object.keys(this.world.holders ?? {});
    const wanted = all.length <= MAX_HOLDERS ? all : chartedHolders(this.world, MAX_HOLDERS);
    if (!sameSet(wanted, this.follow)) {
      this.reset(wanted);
      this.work.from = 'genesis';
      this.extend(at, keys, 0);
      if (this.failure) return { ok: false, model: this.model, error: (this.failure as Failure).message };
    }
    return { ok: true, data: this.data(wanted, opts.security ?? false) };
  }

  private data(ids: string[], security: boolean): ReplayData {
    const n = this.keys.length;
    const picks = sampleIndices(n, MAX_SAMPLES);
    const holders: HolderSeries[] = ids.map((id) => {
      const values = this.values.get(id)!;
      return {
        id,
        name: this.world.holders[id]?.name ?? id,
        points: picks.map((p) => ({ position: p, epoch: this.epochs[p], value: values[p] })),
      };
    });
    const yields = ids.map((id) => sumYield(id, this.directs.get(id)!, this.values.get(id)!));
    const out: ReplayData = { model: this.world.securityModel, position: n, avs: avsRows(this.world), holders, yields };
    if (security) {
      try {
        out.security = securityInput(this.world);
      } catch (e) {
        out.security = { error: e instanceof Error ? e.message : String(e) };
      }
    }
    return out;
  }
}

/** Event i, parsing on demand: only the suffix that is needed, again further back if a rewind asks for it. */
function lazyEvents(n: number, parse: (from: number) => readonly SimEvent[]): (i: number) => SimEvent {
  let from = n;
  let list: readonly SimEvent[] = [];
  return (i) => {
    if (i < from) {
      list = parse(i);
      from = i;
    }
    return list[i - from];
  };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/** yieldBreakdown (dashboardYield.ts) from the stored per-event direct parts and values. */
function sumYield(holder: string, directs: readonly Direct[], values: readonly bigint[]): YieldBreakdown {
  const b: YieldBreakdown = {
    holder,
    stakingRewards: 0n,
    avsRewards: 0n,
    fees: 0n,
    losses: 0n,
    viaTokensGain: 0n,
    viaTokensLoss: 0n,
    net: 0n,
  };
  directs.forEach((d, i) => {
    b.stakingRewards += d.stakingRewards;
    b.avsRewards += d.avsRewards;
    b.fees += d.fees;
    b.losses += d.losses;
    const rest = values[i + 1] - values[i] - (d.stakingRewards + d.avsRewards - d.fees - d.losses);
    if (rest > 0n) b.viaTokensGain += rest;
    else b.viaTokensLoss -= rest;
  });
  b.net = b.stakingRewards + b.avsRewards - b.fees - b.losses + b.viaTokensGain - b.viaTokensLoss;
  return b;
}
