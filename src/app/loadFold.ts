/**
 * Loading a scenario, the part that may take long: reading its text, checking it against the format and the
 * log's limits (src/engine/scenario/limits.ts), and folding its events. It runs in the load worker
 * (load.worker.ts), so a long log never blocks the page; the main thread then builds its Timeline from the worlds
 * handed over (Timeline.restore) without replaying anything.
 *
 * Which worlds are handed over: the genesis, the final one, and checkpoints between them, one after at least
 * FRAME_EVERY_MS of folding, so that scrubbing to any position later replays at most about that long. At most
 * MAX_FRAMES are kept (each is a whole world: the real network's is about half a megabyte); past that, every
 * other one is dropped and the spacing doubles.
 */
import { readJson } from '../engine/scenario/readJson';
import { parseSaved } from './storedJson';
import { parseScenario, summarizeIssues, type InputIssue } from '../engine/scenario/validate';
import { epochsOf } from '../engine/scenario/limits';
import { applyEvent, cloneWorld, initWorld } from '../engine/sim';
import { EPOCHS_PER_DAY } from '../engine/time';
import type { Frame } from '../engine/timeline';
import type { Scenario } from '../engine/scenario/schema';
import type { SimEvent } from '../engine/events';
import type { EventJson, FoldedScenario } from './session.svelte';
import { buildWorldView, type WorldView } from './worldView';
import { registerAllCardParts } from './cards/allParts';

export type { FoldedScenario };

// The fold uses all six models (engine/sim.ts, registry.ts) and draws the world it ends on: every model's cards.
registerAllCardParts();

export const FRAME_EVERY_MS = 40;
export const MAX_FRAMES = 32;

/**
 * Where the scenario comes from: a share link's payload, a file's text, JSON already read (a recent work), or the
 * autosave's text as stored (autosave.ts's wrapper around the scenario). The autosave is read here, in the worker,
 * not on the page: a save edited by hand or damaged goes through the exact JSON reader (readStoredJson), which
 * takes about half a second for a 586 KB save.
 */
export type LoadSource =
  | { kind: 'share'; payload: string }
  | { kind: 'text'; text: string }
  | { kind: 'json'; json: unknown }
  | { kind: 'saved'; text: string };

export type FoldOutcome =
  /** `view`: the final world as the sandbox draws it, built here too (it is the page's largest cost after a load). */
  | { ok: true; folded: FoldedScenario; view: WorldView }
  /** `stage`: the source could not be read (not JSON, a damaged link), or its scenario was refused. */
  | { ok: false; stage: 'read' | 'scenario'; message: string; issues: InputIssue[] };

/** How far the fold is: `done` of `total` units (an event is one unit, a simulated day one more). */
export type ProgressReport = (done: number, total: number) => void;

export interface FoldDeps {
  /** Reads a share link's payload (shareLink.ts's decodeShare: imported only by those who need it). */
  decodeShare?: (payload: string) => Promise<unknown>;
  now?: () => number;
}

export async function foldSource(
  source: LoadSource,
  progress: ProgressReport = () => {},
  deps: FoldDeps = {},
): Promise<FoldOutcome> {
  let json: unknown;
  if (source.kind === 'json') json = source.json;
  else if (source.kind === 'saved') {
    try {
      json = parseSaved(source.text).scenario;
    } catch (e) {
      // the wrapper's own problem, as SavedWork.open() words it: the loader moves the save aside with it
      return { ok: false, stage: 'read', message: (e as Error).message, issues: [] };
    }
  } else if (source.kind === 'text') {
    const read = readJson(source.text);
    if (!read.ok) return { ok: false, stage: 'read', message: summarizeIssues(read.issues), issues: read.issues };
    json = read.value;
  } else {
    if (!deps.decodeShare) throw new Error('no share link reader given');
    try {
      json = await deps.decodeShare(source.payload);
    } catch (e) {
      return { ok: false, stage: 'read', message: e instanceof Error ? e.message : String(e), issues: [] };
    }
  }
  return foldJson(json, progress, deps.now);
}

/** Cost units of an event, for progress: one, plus one per simulated day it asks for. */
const costOf = (e: SimEvent) => 1 + Math.ceil(epochsOf(e) / EPOCHS_PER_DAY);

export function foldJson(
  json: unknown,
  progress: ProgressReport = () => {},
  now: () => number = () => performance.now(),
): FoldOutcome {
  const parsed = parseScenario(json);
  if (!parsed.ok)
    return { ok: false, stage: 'scenario', message: summarizeIssues(parsed.issues), issues: parsed.issues };
  const { events, ...rest } = parsed.value;
  const scenario: Scenario = { ...rest, events: [] };
  const { events: rawEvents, ...scenarioJson } = json as Record<string, unknown>;
  const log = ((rawEvents ?? []) as EventJson[]).slice();

  let world;
  let genesisTrace;
  try {
    ({ world, trace: genesisTrace } = initWorld(scenario));
  } catch (e) {
    return { ok: false, stage: 'scenario', message: e instanceof Error ? e.message : String(e), issues: [] };
  }
  let frames: Frame[] = [{ position: 0, world: cloneWorld(world), trace: genesisTrace }];
  let trace = genesisTrace;
  let spacing = FRAME_EVERY_MS;
  let total = 0;
  for (const e of events) total += costOf(e);
  let done = 0;
  let lastFrameAt = now();
  let lastReportAt = -Infinity;
  for (let i = 0; i < events.length; i++) {
    try {
      trace = applyEvent(world, events[i]);
    } catch (e) {
      const message = `$.events[${i}] (${events[i].type}): ${e instanceof Error ? e.message : String(e)}`;
      return { ok: false, stage: 'scenario', message, issues: [] };
    }
    done += costOf(events[i]);
    const t = now();
    if (t - lastReportAt >= 50) {
      progress(done, total);
      lastReportAt = t;
    }
    if (i + 1 < events.length && t - lastFrameAt >= spacing) {
      frames.push({ position: i + 1, world: cloneWorld(world), trace });
      lastFrameAt = now();
      if (frames.length > MAX_FRAMES) {
        // keep the genesis and every other checkpoint after it: half as many, twice as far apart
        frames = frames.filter((_, k) => k % 2 === 0);
        spacing *= 2;
      }
    }
  }
  progress(total, total);
  frames.push({ position: events.length, world, trace });
  return { ok: true, folded: { scenarioJson, scenario, log, events, frames }, view: buildWorldView(world) };
}
