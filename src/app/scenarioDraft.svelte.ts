/**
 * The world the learner is building, as the sandbox holds it from the start: whether the builder's palette is open,
 * and the builder's editing (draftEditor.svelte.ts: add, edit, delete an entity, with their own undo and redo),
 * loaded with the builder's rules when the palette or an entity's editor first opens rather than with the sandbox's
 * first view. Until then an edit changes nothing and there is nothing to undo.
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Notices } from './notices.svelte';
import type { ScenarioStore } from './scenario.svelte';
import type { Selection } from './selection.svelte';
import type { DraftEditor } from './draftEditor.svelte';
import type { BuildKind, DraftJson, EntityRef, FieldName, Problem } from './worldDraft';

/** What an edit answers before the builder is loaded (the old store answered the same before its rules). */
const NOT_LOADED: Problem = { key: 'build.notFound' };

export class ScenarioDraft {
  readonly #scenario: ScenarioStore;
  readonly #selection: Selection;
  readonly #notices: Notices;
  readonly #save: (json: DraftJson) => void;
  /** The palette is shown (a new empty scenario opens it; the toolbar's Build button toggles it). */
  open = $state(false);
  #editor = $state.raw<DraftEditor | null>(null);
  #loading: Promise<void> | null = null;
  #stopped = false;

  constructor(scenario: ScenarioStore, selection: Selection, notices: Notices, save: (json: DraftJson) => void) {
    this.#scenario = scenario;
    this.#selection = selection;
    this.#notices = notices;
    this.#save = save;
  }

  stop(): void {
    this.#stopped = true;
    this.#editor?.stop();
  }

  /** Loads the builder (its editing and rules); the palette and the entity editor await it before they are shown. */
  ready(): Promise<void> {
    this.#loading ??= Promise.all([import('./draftEditor.svelte'), import('./worldDraft')]).then(
      ([{ DraftEditor }, rules]) => {
        if (this.#editor || this.#stopped) return;
        this.#editor = new DraftEditor(this.#scenario, this.#selection, this.#notices, this.#save, rules);
      },
    );
    // a failed fetch (offline, a new version deployed) may be tried again
    this.#loading.catch(() => (this.#loading = null));
    return this.#loading;
  }

  /** Whether the builder is loaded (an edit before then changes nothing). */
  get loaded(): boolean {
    return this.#editor !== null;
  }

  get canUndo(): boolean {
    return this.#editor?.canUndo ?? false;
  }
  get canRedo(): boolean {
    return this.#editor?.canRedo ?? false;
  }
  /**
   * The scenario as a file holds it, with its whole log: events after the cursor (a story not yet played, steps
   * undone) stay with the world as it is edited.
   */
  get json(): DraftJson | null {
    const json = this.#scenario.toJson();
    return json && { ...json, events: this.#scenario.log };
  }

  /** Adds an entity of `kind` (the graph places it in its column) and selects it, so its inspector opens. */
  add(kind: BuildKind): Problem | null {
    return this.#editor ? this.#editor.add(kind) : NOT_LOADED;
  }

  /** Sets a field; a value the format refuses changes nothing and its reason is returned for the field. */
  edit(ref: EntityRef, field: FieldName, value: string): Problem | null {
    return this.#editor ? this.#editor.edit(ref, field, value) : NOT_LOADED;
  }

  /** Deletes an entity (and what names it); the notice offers the way back. */
  remove(ref: EntityRef, name: string): Problem | null {
    return this.#editor ? this.#editor.remove(ref, name) : NOT_LOADED;
  }

  undo(): void {
    this.#editor?.undo();
  }

  redo(): void {
    this.#editor?.redo();
  }

  /** Names the world (the file's `name`, 1-120 characters, shown in the library and the title bar). */
  rename(name: string): Problem | null {
    return this.#editor ? this.#editor.rename(name) : NOT_LOADED;
  }

  /** Another scenario was opened: its edits start a history of their own. */
  forget(): void {
    this.#editor?.forget();
  }
}

const DRAFT = Symbol('scenario draft');
export const setDraft = (draft: ScenarioDraft): ScenarioDraft => setContext(DRAFT, draft);
export const getDraft = (): ScenarioDraft => getContext<ScenarioDraft>(DRAFT);
/** The draft where the sandbox gives one; a lesson's inspector has none (its world is not built there). */
export const findDraft = (): ScenarioDraft | null => (hasContext(DRAFT) ? getContext<ScenarioDraft>(DRAFT) : null);
