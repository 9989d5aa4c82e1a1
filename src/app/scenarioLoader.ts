/**
 * Opening and saving scenarios: what the route asks for (a share link, a prepared scenario, the autosave, or the
 * starter), a file from the library or the learner's disk, a new empty one, a recent work, export and share links.
 * Each failure is a notice saying what was wrong, and the current work stays. Whatever replaces the current work
 * keeps it in Recent work first (and says so, with a way back); if it cannot be kept, nothing replaces it.
 */
import { createContext } from 'svelte';
import { readJsonOrThrow } from '../engine/scenario/readJson';
import { DEFAULT_SCENARIO, EMPTY_SCENARIO } from './defaultScenario';
import { downloadText, fileNameFor } from './download';
import { msg, type Message } from './messages/message';
import type { Notices } from './notices.svelte';
import { describeWork } from './recentWork';
import { parseRoute } from './route';
import { dropLoadParams } from './router.svelte';
import type { SavedWork } from './savedWork.svelte';
import type { ScenarioStore } from './scenario.svelte';
import { scenarioUrl } from './scenarioIndex';
import { errorMessage } from './session.svelte';

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

export class ScenarioLoader {
  readonly #scenario: ScenarioStore;
  readonly #notices: Notices;
  readonly #work: SavedWork;
  /** The work as last opened from where it can be opened again (the starter, a prepared scenario, a new empty
   * one): unchanged, it need not be kept in Recent work. */
  #reopenable: string | null = null;

  constructor(scenario: ScenarioStore, notices: Notices, work: SavedWork) {
    this.#scenario = scenario;
    this.#notices = notices;
    this.#work = work;
  }

  /** Opens what the route asks for. The autosave (or the starter) loads first, so a bad link never leaves an
   * empty sandbox; the link's parameter leaves the address bar first, so a reload restores the autosave. */
  async start(route: { share: string | null; scenario: string | null }): Promise<void> {
    dropLoadParams();
    let restored = false;
    const opened = this.#work.open();
    if (opened.kind === 'saved') {
      const problem = this.#scenario.load(opened.saved.scenario);
      if (problem) this.#work.setAside(`its scenario was refused: ${problem.message}`);
      else restored = true;
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
    let data: unknown;
    try {
      const { decodeShare } = await loadShareLink();
      data = await decodeShare(payload);
    } catch (e) {
      this.#notices.show('error', msg('scenarios.badLink', { problem: problemOf(e) }), true);
      return false;
    }
    return this.#replace(data, (problem) => msg('scenarios.badLink', { problem }), false);
  }

  /** Opens a work kept in Recent work (the current one is kept in its place). */
  restoreRecent(id: string): boolean {
    const work = this.#work.find(id);
    if (!work) return false;
    const opened = this.#replace(
      work.scenario,
      (problem) => msg('saved.badRecent', { name: work.name, problem }),
      false,
    );
    if (opened) this.#work.forget(id);
    return opened;
  }

  async openFile(file: string): Promise<boolean> {
    try {
      const res = await fetch(scenarioUrl(file));
      if (!res.ok) throw new Problem(msg('scenarios.problem.http', { status: res.status }));
      return this.openJson(readJsonOrThrow(await res.text()), file, true);
    } catch (e) {
      this.#notices.show('error', msg('scenarios.badFile', { file, problem: problemOf(e) }));
      return false;
    }
  }

  /** `reopenable`: the file is a prepared scenario (the library opens it again), not the learner's own. */
  openJson(data: unknown, file: string, reopenable = false): boolean {
    return this.#replace(data, (problem) => msg('scenarios.badFile', { file, problem }), reopenable);
  }

  async importFile(file: File): Promise<boolean> {
    let data: unknown;
    try {
      if (file.size > MAX_FILE_BYTES) throw new Problem(msg('scenarios.problem.tooBig', { limit: '8 MB' }));
      data = readJsonOrThrow(await file.text());
    } catch (e) {
      const problem = e instanceof SyntaxError ? msg('scenarios.problem.notJson', { detail: e.message }) : problemOf(e);
      this.#notices.show('error', msg('scenarios.badFile', { file: file.name, problem }), true);
      return false;
    }
    return this.openJson(data, file.name);
  }

  newEmpty(): boolean {
    return this.#replace(EMPTY_SCENARIO, (problem) => msg('scenarios.badFile', { file: '', problem }), true);
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
   * Replaces the current work with `json`: the current work is kept in Recent work first (unless it is an
   * unchanged prepared scenario); if it cannot be kept, nothing is replaced and the learner is told how to keep it.
   */
  #replace(json: unknown, refused: (problem: string) => Message, reopenable: boolean): boolean {
    const previous = this.#scenario.toJson();
    let kept: { id: string; name: string; events: number; dropped: number } | null = null;
    const previousText = previous && JSON.stringify(previous);
    if (previous && previousText !== this.#reopenable && !BUILT_IN.has(previousText!)) {
      const result = this.#work.keep(previous);
      const { name, events } = describeWork(previous);
      if (!result.ok) {
        this.#notices.show(
          'error',
          msg('saved.notKept', {
            name: describeWork((json ?? {}) as Json).name,
            previous: name,
            problem: result.problem,
          }),
          true,
          { label: msg('saved.downloadWork'), run: () => this.downloadWork() },
        );
        return false;
      }
      kept = { id: this.#work.recent[0].id, name, events, dropped: result.dropped };
    }
    const problem = this.#scenario.load(json);
    if (problem) {
      this.#notices.show('error', refused(problem.message), true);
      return false;
    }
    this.#reopenable = reopenable ? JSON.stringify(this.#scenario.toJson()) : null;
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
    if (json) this.#work.save(json);
  }
}

export const [getLoader, setLoader] = createContext<ScenarioLoader>();
