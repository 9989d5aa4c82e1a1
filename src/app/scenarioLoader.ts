/**
 * Opening and saving scenarios: what the route asks for (a share link, a prepared scenario, the autosave, or the
 * starter), a file from the library or the learner's disk, a new empty one, a recent work, export and share links.
 * Each failure is a notice saying what was wrong, and the current work stays. Whatever replaces the current work
 * keeps it in Recent work first (and says so, with a way back); if it cannot be kept, nothing replaces it.
 */
import { createContext } from 'svelte';
import { DEFAULT_SCENARIO, EMPTY_SCENARIO } from './defaultScenario';
import { downloadText, fileNameFor } from './download';
import { msg, type Message } from './messages/message';
import type { Notices } from './notices.svelte';
import { describeWork } from './recentWork';
import { parseRoute } from './route';
import { dropLoadParams } from './router.svelte';
import type { SavedWork } from './savedWork.svelte';
import type { ScenarioStore } from './scenario.svelte';
import { scenarioUrl } from './scenarioUrl';
import { errorMessage } from './session.svelte';
import { startLoad, type LoadResult } from './loadClient';
import type { LoadSource } from './loadFold';
import { LoadProgress } from './loadProgress.svelte';
import { modulesFor } from './engineModules';

// Share links are made or opened on request: their code loads then, not with the sandbox route.
const loadShareLink = () => import('./shareLink');

const MAX_FILE_BYTES = 8_000_000;

/** A reason a file could not be read, as a message (an Error's own text passes through). */
class Problem extends Error {
  constructor(readonly text: Message) {
    super(text.key);
  }
}
const problemOf = (e: unknown): Message | string => (e instanceof Problem ? e.text : errorMessage(e));

type Json = Record<string, unknown>;

/** A scenario file as the session gives it back unchanged (its events after the rest, none applied). */
const untouched = ({ events: _events, ...rest }: Json): string => JSON.stringify({ ...rest, events: [] });
/** The starter and the empty scenario, untouched: the menu opens them again, so they are never kept. */
const BUILT_IN = new Set([untouched(DEFAULT_SCENARIO), untouched(EMPTY_SCENARIO)]);

/** The share payload in an exported PNG or SVG (null for another file); a missing or damaged one is a Problem. */
async function imageSource(bytes: Uint8Array, file: File): Promise<LoadSource | null> {
  const { imageKind, payloadFromImage, ImageScenarioError } = await import('./imageScenario');
  const kind = imageKind(bytes, file.name, file.type);
  if (!kind) return null;
  try {
    return { kind: 'share', payload: payloadFromImage(bytes, kind) };
  } catch (e) {
    if (!(e instanceof ImageScenarioError)) throw e;
    const key = e.problem === 'damaged' ? 'scenarios.problem.imageDamaged' : 'scenarios.problem.imageNoScenario';
    throw new Problem(msg(key, { kind: kind.toUpperCase(), detail: e.message }));
  }
}

export class ScenarioLoader {
  readonly #scenario: ScenarioStore;
  readonly #notices: Notices;
  readonly #work: SavedWork;
  /** The work as last opened from where it can be opened again (the starter, a prepared scenario, a new empty
   * one): unchanged, it need not be kept in Recent work. */
  #reopenable: string | null = null;
  /** The load under way (a worker folding it), for the progress bar and its Cancel button. */
  readonly progress = new LoadProgress();

  constructor(scenario: ScenarioStore, notices: Notices, work: SavedWork) {
    this.#scenario = scenario;
    this.#notices = notices;
    this.#work = work;
  }

  /** Opens what the route asks for. The autosave (or the starter) loads first, so a bad link never leaves an
   * empty sandbox; the link's parameter leaves the address bar first, so a reload restores the autosave. */
  async start(route: { share: string | null; scenario: string | null }): Promise<void> {
    // Out of the address bar before anything is folded: a reload cannot fold the link again.
    dropLoadParams();
    // The saved work opens in a task of its own, after the page is first drawn (measured from this mark on in
    // test/e2e/loadNoFreeze.spec.ts).
    await new Promise((resolve) => setTimeout(resolve, 0));
    performance.mark?.('restaking-lab:open-saved');
    let restored = false;
    // The save is read (and moved aside when it cannot be) in the load worker, not here: see LoadSource.
    const stored = this.#work.stored();
    if (stored.kind === 'text') {
      const result = await this.#fold({ kind: 'saved', text: stored.text }, msg('load.what.saved'));
      if (result.ok) {
        await this.#adopt(result);
        restored = true;
      } else if (result.stage === 'cancelled') {
        // The starter is shown instead; the save goes to Recent work first, so the next change cannot overwrite it.
        // (Read here: a save this app wrote reads in a few milliseconds, see readStoredJson.)
        const opened = await this.#work.open();
        await this.#work.ready();
        const kept = opened.kind === 'saved' && this.#work.keep(opened.saved.scenario as Json).ok;
        this.#notices.show('warn', msg(kept ? 'load.cancelledSavedKept' : 'load.cancelledSaved'), true);
      } else if (result.stage === 'read') this.#work.setAside(result.message);
      else this.#work.setAside(`its scenario was refused: ${result.message}`);
    }
    if (!restored) {
      this.#scenario.load(DEFAULT_SCENARIO);
      this.#reopenable = JSON.stringify(this.#scenario.toJson());
    }

    if (route.share) await this.openShare(route.share);
    else if (route.scenario) await this.openFile(route.scenario);
    else if (restored) this.#notices.show('info', msg('scenarios.restored', { count: this.#scenario.position }));
  }

  /** A hash the learner typed or followed in an open tab: a link or a prepared scenario opens like at start. */
  async followHash(hash: string): Promise<boolean> {
    const route = parseRoute(hash);
    if (route.name !== 'sandbox' || (!route.share && !route.scenario)) return false;
    dropLoadParams();
    return route.share ? this.openShare(route.share) : this.openFile(route.scenario!);
  }

  async openShare(payload: string): Promise<boolean> {
    dropLoadParams();
    return this.#replace({ kind: 'share', payload }, msg('load.what.link'), (problem) =>
      msg('scenarios.badLink', { problem }),
    );
  }

  /** Opens a work kept in Recent work (the current one is kept in its place). */
  async restoreRecent(id: string): Promise<boolean> {
    const work = this.#work.find(id);
    if (!work) return false;
    const opened = await this.#replace(
      { kind: 'json', json: work.scenario },
      msg('load.what.file', { file: work.name }),
      (problem) => msg('saved.badRecent', { name: work.name, problem }),
    );
    if (opened) this.#work.forget(id);
    return opened;
  }

  async openFile(file: string): Promise<boolean> {
    let text: string;
    try {
      const res = await fetch(scenarioUrl(file));
      if (!res.ok) throw new Problem(msg('scenarios.problem.http', { status: res.status }));
      text = await res.text();
    } catch (e) {
      this.#notices.show('error', msg('scenarios.badFile', { file, problem: problemOf(e) }));
      return false;
    }
    // A prepared scenario opens at its start: its events are its story, played when the learner asks. The
    // library opens it again, so unchanged it need not be kept in Recent work.
    return this.#replace(
      { kind: 'text', text },
      msg('load.what.file', { file }),
      (problem) => msg('scenarios.badFile', { file, problem }),
      { reopenable: true, atStart: true },
    );
  }

  /** A scenario as JSON already read (`file` names it in messages), checked and folded in the load worker. */
  openJson(data: unknown, file: string): Promise<boolean> {
    return this.#replace({ kind: 'json', json: data }, msg('load.what.file', { file }), (problem) =>
      msg('scenarios.badFile', { file, problem }),
    );
  }

  /** A JSON scenario, or an image exported by the app (its scenario opens like a share link). */
  async importFile(file: File): Promise<boolean> {
    let source: LoadSource;
    try {
      if (file.size > MAX_FILE_BYTES) throw new Problem(msg('scenarios.problem.tooBig', { limit: '8 MB' }));
      const bytes = new Uint8Array(await file.arrayBuffer());
      const image = await imageSource(bytes, file);
      source = image ?? { kind: 'text', text: new TextDecoder().decode(bytes) };
    } catch (e) {
      this.#notices.show('error', msg('scenarios.badFile', { file: file.name, problem: problemOf(e) }), true);
      return false;
    }
    return this.#replace(source, msg('load.what.file', { file: file.name }), (problem) =>
      msg('scenarios.badFile', { file: file.name, problem }),
    );
  }

  newEmpty(): Promise<boolean> {
    return this.#replace(
      { kind: 'json', json: EMPTY_SCENARIO },
      msg('load.what.file', { file: '' }),
      (problem) => msg('scenarios.badFile', { file: '', problem }),
      { reopenable: true },
    );
  }

  /** Downloads the current work as a JSON file. */
  downloadWork(): void {
    downloadText(fileNameFor(this.#scenario.scenario?.name ?? 'scenario'), this.exportJson());
  }

  exportJson(): string {
    return JSON.stringify(this.#scenario.toJson(), null, 2);
  }

  async shareLink(): Promise<{ url: string } | { error: Message }> {
    const { encodeShare, MAX_LINK_CHARS } = await loadShareLink();
    const payload = await encodeShare(this.#scenario.toJson());
    if (payload.length > MAX_LINK_CHARS) {
      return {
        error: msg('scenarios.shareTooBig', {
          size: payload.length.toLocaleString('en-US'),
          limit: MAX_LINK_CHARS.toLocaleString('en-US'),
        }),
      };
    }
    // this page with the fragment replaced (a URL's first '#' starts its fragment)
    return { url: `${location.href.split('#')[0]}#/sandbox?s=${payload}` };
  }

  /**
   * Reads, checks and folds `source` in the load worker, with progress and a Cancel button (`progress`); the
   * session is not touched here, so a refusal or a cancel leaves the current work as it was.
   */
  async #fold(source: LoadSource, what: Message): Promise<LoadResult> {
    const task = startLoad(source, (done, total) => this.progress.report(done, total));
    this.progress.begin(what, task);
    return task.result;
  }

  /** Makes a folded scenario the current one. */
  async #adopt(result: Extract<LoadResult, { ok: true }>, opts: { atStart?: boolean } = {}): Promise<void> {
    // The fold is done and its worlds are here. The new world is drawn in a task of its own, apart from the
    // task that received the last message (and measured apart: test/e2e/loadNoFreeze.spec.ts).
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Cosmos, markets or faults, if this scenario or its log has them, load now (their own chunks), before the
    // session folds on (the worker's scenario has no events: they are the log).
    await modulesFor({ ...result.folded.scenario, events: result.folded.events });
    performance.mark?.('restaking-lab:adopt');
    this.#scenario.adopt(result.folded, result.view, opts);
  }

  /**
   * Replaces the current work with what `source` holds, once it is folded: the current work is kept in Recent
   * work first (unless it is an unchanged prepared scenario); if it cannot be kept, nothing is replaced and the
   * learner is told how to keep it.
   */
  async #replace(
    source: LoadSource,
    what: Message,
    refused: (problem: string) => Message,
    opts: { reopenable?: boolean; atStart?: boolean } = {},
  ): Promise<boolean> {
    const result = await this.#fold(source, what);
    if (!result.ok) {
      if (result.stage === 'cancelled') this.#notices.show('info', msg('load.cancelled'), true);
      else this.#notices.show('error', refused(result.message), true);
      return false;
    }
    // the Recent work list is read before it is written (see SavedWork.ready)
    await this.#work.ready();
    const previous = this.#scenario.toJson();
    let kept: { id: string; name: string; events: number; dropped: number } | null = null;
    const previousText = previous && JSON.stringify(previous);
    if (previous && previousText !== this.#reopenable && !BUILT_IN.has(previousText!)) {
      const keep = this.#work.keep(previous);
      const { name, events } = describeWork(previous);
      if (!keep.ok) {
        this.#notices.show(
          'error',
          msg('saved.notKept', {
            name: describeWork(result.folded.scenarioJson as Json).name,
            previous: name,
            problem: keep.problem,
          }),
          true,
          { label: msg('saved.downloadWork'), run: () => this.downloadWork() },
        );
        return false;
      }
      kept = { id: this.#work.recent[0].id, name, events, dropped: keep.dropped };
    }
    await this.#adopt(result, opts);
    this.#reopenable = opts.reopenable ? JSON.stringify(this.#scenario.toJson()) : null;
    this.#loaded(kept);
    return true;
  }

  /** A scenario the learner opened: said (with the way back to the work it replaced), and autosaved. */
  #loaded(kept: { id: string; name: string; events: number; dropped: number } | null): void {
    const name = this.#scenario.scenario?.name ?? '';
    if (!kept) this.#notices.show('ok', msg('scenarios.loaded', { name }));
    else {
      const text = kept.dropped
        ? msg('saved.keptDropped', { name, previous: kept.name, events: kept.events, dropped: kept.dropped })
        : msg('saved.kept', { name, previous: kept.name, events: kept.events });
      this.#notices.show('info', text, false, {
        label: msg('saved.bringBack'),
        run: () => this.restoreRecent(kept.id),
      });
    }
    const json = this.#scenario.toJson();
    if (json) this.#work.saveSoon(json);
  }
}

export const [getLoader, setLoader] = createContext<ScenarioLoader>();
