/**
 * Opening and saving scenarios: what the route asks for (a share link, a prepared scenario, the autosave, or the
 * starter), a file from the library or the learner's disk, a new empty one, export and share links. Each failure
 * is a notice saying what was wrong, and the current work stays.
 */
import { createContext } from 'svelte';
import * as autosave from './autosave';
import { DEFAULT_SCENARIO, EMPTY_SCENARIO } from './defaultScenario';
import { msg, type Message } from './messages/message';
import type { Notices } from './notices.svelte';
import type { ScenarioStore } from './scenario.svelte';
import { scenarioUrl } from './scenarioIndex';
import { errorMessage } from './session.svelte';
import { startLoad, type LoadResult } from './loadClient';
import type { LoadSource } from './loadFold';
import { LoadProgress } from './loadProgress.svelte';
import { dropScenarioParams } from './urlParams';

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

export class ScenarioLoader {
  readonly #scenario: ScenarioStore;
  readonly #notices: Notices;
  /** The load under way (a worker folding it), for the progress bar and its Cancel button. */
  readonly progress = new LoadProgress();

  constructor(scenario: ScenarioStore, notices: Notices) {
    this.#scenario = scenario;
    this.#notices = notices;
  }

  /** Opens what the route asks for. The autosave (or the starter) loads first, so a bad link never leaves an
   * empty sandbox. */
  async start(route: { share: string | null; scenario: string | null }): Promise<void> {
    // Out of the address bar before anything is folded: a reload cannot fold the link again.
    if (route.share || route.scenario) dropScenarioParams();
    let restoredProblem: string | null = null;
    let restored = false;
    try {
      const saved = await autosave.restore();
      if (saved) {
        const result = await this.#fold({ kind: 'json', json: saved.scenario }, msg('load.what.saved'));
        if (result.ok) restored = true;
        else if (result.stage === 'cancelled') this.#notices.show('warn', msg('load.cancelledSaved'), true);
        else restoredProblem = result.message;
      }
    } catch (e) {
      restoredProblem = errorMessage(e);
    }
    if (!restored) this.#scenario.load(DEFAULT_SCENARIO);
    if (restoredProblem) this.#notices.show('warn', msg('scenarios.badSaved', { problem: restoredProblem }));

    if (route.share) await this.openShare(route.share);
    else if (route.scenario) await this.openFile(route.scenario);
    else if (restored) this.#notices.show('info', msg('scenarios.restored', { count: this.#scenario.position }));
  }

  async openShare(payload: string): Promise<boolean> {
    dropScenarioParams();
    const result = await this.#fold({ kind: 'share', payload }, msg('load.what.link'));
    if (result.ok) this.#loaded();
    else if (result.stage === 'cancelled') this.#cancelled();
    else this.#notices.show('error', msg('scenarios.badLink', { problem: result.message }), true);
    return result.ok;
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
    // A prepared scenario opens at its start: its events are its story, played when the learner asks.
    return this.#openText(text, file, { atStart: true });
  }

  async importFile(file: File): Promise<boolean> {
    let text: string;
    try {
      if (file.size > MAX_FILE_BYTES) throw new Problem(msg('scenarios.problem.tooBig', { limit: '8 MB' }));
      text = await file.text();
    } catch (e) {
      this.#notices.show('error', msg('scenarios.badFile', { file: file.name, problem: problemOf(e) }), true);
      return false;
    }
    return this.#openText(text, file.name);
  }

  /** A scenario as JSON already read (`file` names it in messages), checked and folded in the load worker. */
  async openJson(data: unknown, file: string): Promise<boolean> {
    const result = await this.#fold({ kind: 'json', json: data }, msg('load.what.file', { file }));
    if (result.ok) this.#loaded();
    else if (result.stage === 'cancelled') this.#cancelled();
    else this.#notices.show('error', msg('scenarios.badFile', { file, problem: result.message }), true);
    return result.ok;
  }

  /** A scenario file's text, read, checked and folded in the load worker. */
  async #openText(text: string, file: string, opts: { atStart?: boolean } = {}): Promise<boolean> {
    const result = await this.#fold({ kind: 'text', text }, msg('load.what.file', { file }), opts);
    if (result.ok) this.#loaded();
    else if (result.stage === 'cancelled') this.#cancelled();
    else this.#notices.show('error', msg('scenarios.badFile', { file, problem: result.message }), true);
    return result.ok;
  }

  /**
   * Reads, checks and folds `source` in the load worker, with progress and a Cancel button (`progress`); the
   * session changes only when the fold is done, so a refusal or a cancel leaves the current work as it was.
   */
  async #fold(source: LoadSource, what: Message, opts: { atStart?: boolean } = {}): Promise<LoadResult> {
    const task = startLoad(source, (done, total) => this.progress.report(done, total));
    this.progress.begin(what, task);
    const result = await task.result;
    if (result.ok) {
      // The fold is done and its worlds are here. The new world is drawn in a task of its own, apart from the
      // task that received the last message (and measured apart: test/e2e/loadNoFreeze.spec.ts).
      await new Promise((resolve) => setTimeout(resolve, 0));
      performance.mark?.('restaking-lab:adopt');
      this.#scenario.adopt(result.folded, result.view, opts);
    }
    return result;
  }

  #cancelled(): void {
    this.#notices.show('info', msg('load.cancelled'), true);
  }

  newEmpty(): void {
    this.#scenario.load(EMPTY_SCENARIO);
    this.#loaded();
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

  /** A scenario the learner opened: said, and autosaved (a restored one is already saved). */
  #loaded(): void {
    this.#notices.show('ok', msg('scenarios.loaded', { name: this.#scenario.scenario?.name ?? '' }));
    autosave.persist(this.#scenario);
  }
}

export const [getLoader, setLoader] = createContext<ScenarioLoader>();
