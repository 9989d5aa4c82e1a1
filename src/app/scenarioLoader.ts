/**
 * Opening and saving scenarios: what the route asks for (a share link, a prepared scenario, the autosave, or the
 * starter), a file from the library or the learner's disk, a new empty one, export and share links. Each failure
 * is a notice saying what was wrong, and the current work stays.
 */
import { createContext } from 'svelte';
import { readJsonOrThrow } from '../engine/scenario/readJson';
import * as autosave from './autosave';
import { DEFAULT_SCENARIO, EMPTY_SCENARIO } from './defaultScenario';
import { msg, type Message } from './messages/message';
import type { Notices } from './notices.svelte';
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

export class ScenarioLoader {
  readonly #scenario: ScenarioStore;
  readonly #notices: Notices;

  constructor(scenario: ScenarioStore, notices: Notices) {
    this.#scenario = scenario;
    this.#notices = notices;
  }

  /** Opens what the route asks for. The autosave (or the starter) loads first, so a bad link never leaves an
   * empty sandbox. */
  async start(route: { share: string | null; scenario: string | null }): Promise<void> {
    let restoredProblem: string | null = null;
    let restored = false;
    try {
      const saved = autosave.restore();
      if (saved) {
        const problem = this.#scenario.load(saved.scenario);
        if (problem) restoredProblem = problem.message;
        else restored = true;
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
    try {
      const { decodeShare } = await loadShareLink();
      const problem = this.#scenario.load(await decodeShare(payload));
      if (problem) throw new Error(problem.message);
      this.#loaded();
      return true;
    } catch (e) {
      this.#notices.show('error', msg('scenarios.badLink', { problem: problemOf(e) }), true);
      return false;
    }
  }

  async openFile(file: string): Promise<boolean> {
    try {
      const res = await fetch(scenarioUrl(file));
      if (!res.ok) throw new Problem(msg('scenarios.problem.http', { status: res.status }));
      // A prepared scenario opens at its start: its events are its story, played when the learner asks.
      return this.openJson(readJsonOrThrow(await res.text()), file, { atStart: true });
    } catch (e) {
      this.#notices.show('error', msg('scenarios.badFile', { file, problem: problemOf(e) }));
      return false;
    }
  }

  openJson(data: unknown, file: string, opts: { atStart?: boolean } = {}): boolean {
    const problem = this.#scenario.load(data, opts);
    if (problem) {
      this.#notices.show('error', msg('scenarios.badFile', { file, problem: problem.message }), true);
      return false;
    }
    this.#loaded();
    return true;
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
