/**
 * The builder's editing, loaded with its rules (worldDraft.ts) when the palette or an entity's editor first opens,
 * not with the sandbox's first view (ScenarioDraft, scenarioDraft.svelte.ts, holds it once loaded): structural
 * edits (add, edit, delete an entity, rename the world) with their own undo and redo. A structural edit changes the
 * scenario (the initial state), not the event log, so each one loads the edited scenario again with the same
 * events; events that no longer apply (they name what was deleted) are dropped from the first one the engine
 * refuses, and the learner is told how many. The edited work is saved like any other (autosave, Recent work).
 */
import { msg, type Message } from './messages/message';
import './messages/draft';
import type { Notices } from './notices.svelte';
import type { ScenarioStore } from './scenario.svelte';
import type { Selection } from './selection.svelte';
import type { BuildKind, Change, DraftJson, EntityRef, FieldName, Problem } from './worldDraft';

/** The builder's rules (worldDraft.ts), loaded beside this store. */
export type DraftRules = typeof import('./worldDraft');

/** A state undo or redo returns to: the scenario with its whole log, and how many of its events were applied. */
interface Kept {
  json: DraftJson;
  position: number;
}

/** How many structural edits undo can go back over. */
const HISTORY = 50;

export class DraftEditor {
  readonly #scenario: ScenarioStore;
  readonly #selection: Selection;
  readonly #notices: Notices;
  readonly #save: (json: DraftJson) => void;
  readonly #rules: DraftRules;
  #past = $state.raw<Kept[]>([]);
  #future = $state.raw<Kept[]>([]);
  /** True while this store loads an edited scenario (any other load starts a new history). */
  #editing = false;
  readonly #unsubscribe: () => void;

  constructor(
    scenario: ScenarioStore,
    selection: Selection,
    notices: Notices,
    save: (json: DraftJson) => void,
    rules: DraftRules,
  ) {
    this.#rules = rules;
    this.#scenario = scenario;
    this.#selection = selection;
    this.#notices = notices;
    this.#save = save;
    this.#unsubscribe = scenario.subscribe((change) => {
      if (change.type === 'loaded' && !this.#editing) this.forget();
    });
  }

  stop(): void {
    this.#unsubscribe();
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }
  get canRedo(): boolean {
    return this.#future.length > 0;
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
    const json = this.json;
    if (!json) return { key: 'build.notFound' };
    const change = this.#rules.addEntity(json, kind);
    const name = change.ok ? this.#rules.readField(change.json, change.ref, 'name') || change.ref.id : '';
    const problem = this.#apply(json, change, msg('build.added', { name }));
    // Said where the learner looks: the palette's button or the drop on the graph has no field to show it beside.
    if (problem) this.#notices.show('error', problemMessage(problem), true);
    return problem;
  }

  /** Sets a field; a value the format refuses changes nothing and its reason is returned for the field. */
  edit(ref: EntityRef, field: FieldName, value: string): Problem | null {
    const json = this.json;
    if (!json) return { key: 'build.notFound' };
    return this.#apply(json, this.#rules.editField(json, ref, field, value), null);
  }

  /** Deletes an entity (and what names it); the notice offers the way back. */
  remove(ref: EntityRef, name: string): Problem | null {
    const json = this.json;
    if (!json) return { key: 'build.notFound' };
    const change = this.#rules.removeEntity(json, ref);
    if (!change.ok) return change.problem;
    const before = this.#kept(json);
    const dropped = this.#load(change.json, before.position);
    if (dropped === false) return { key: 'build.invalidField', field: null, message: this.#lastProblem };
    this.#remember(before);
    this.#selection.clear();
    const text = dropped ? msg('build.removedDropped', { name, count: dropped }) : msg('build.removed', { name });
    this.#notices.show('info', text, true, { label: msg('build.undo'), run: () => this.undo() });
    return null;
  }

  undo(): void {
    const json = this.json;
    const previous = this.#past.at(-1);
    if (!json || !previous) return;
    const now = this.#kept(json);
    if (!this.#step(previous)) return;
    this.#past = this.#past.slice(0, -1);
    this.#future = [...this.#future, now];
  }

  redo(): void {
    const json = this.json;
    const next = this.#future.at(-1);
    if (!json || !next) return;
    const now = this.#kept(json);
    if (!this.#step(next)) return;
    this.#future = this.#future.slice(0, -1);
    this.#past = [...this.#past, now].slice(-HISTORY);
  }

  /** Goes to a kept state (undo, redo); the notice of the step undone goes with it. */
  #step(kept: Kept): boolean {
    const dropped = this.#load(kept.json, kept.position);
    if (dropped === false) return false;
    this.#notices.dismiss();
    this.#said(dropped);
    return true;
  }

  /** Names the world (the file's `name`, 1-120 characters, shown in the library and the title bar). */
  rename(name: string): Problem | null {
    const json = this.json;
    if (!json) return { key: 'build.notFound' };
    const change = this.#rules.renameWorld(json, name);
    if (!change.ok) return change.problem;
    const before = this.#kept(json);
    const dropped = this.#load(change.json, before.position);
    if (dropped === false) return { key: 'build.invalidField', field: null, message: this.#lastProblem };
    this.#remember(before);
    this.#said(dropped);
    return null;
  }

  /** Another scenario was opened: its edits start a history of their own. */
  forget(): void {
    this.#past = [];
    this.#future = [];
  }

  #apply(before: DraftJson, change: Change, said: Message | null): Problem | null {
    if (!change.ok) return change.problem;
    const kept = this.#kept(before);
    const dropped = this.#load(change.json, kept.position);
    if (dropped === false) return { key: 'build.invalidField', field: null, message: this.#lastProblem };
    this.#remember(kept);
    // a change the learner made answers the last notice ("Loaded …"), as an event does in the sandbox
    this.#notices.dismiss();
    this.#selection.select(this.#rules.nodeIdOf(change.ref));
    this.#said(dropped);
    if (dropped === 0 && said) this.#notices.announce(said);
    return null;
  }

  #kept(json: DraftJson): Kept {
    return { json, position: this.#scenario.position };
  }

  #remember(before: Kept): void {
    this.#past = [...this.#past, before].slice(-HISTORY);
    this.#future = [];
  }

  /** Says how many events were dropped, if any (true then); false when nothing loaded. */
  #said(dropped: number | false): boolean {
    if (dropped === false) return false;
    if (dropped > 0) this.#notices.show('warn', msg('build.eventsDropped', { count: dropped }), true);
    return true;
  }

  #lastProblem = '';

  /**
   * Loads `json` with as many of its events as still apply, and returns how many were dropped; false (and nothing
   * changed) if the scenario itself is refused. The cursor and the selection are kept: editing a field must not
   * close the inspector being typed in.
   */
  #load(json: DraftJson, position: number): number | false {
    const selected = this.#selection.id;
    const events = Array.isArray(json.events) ? (json.events as unknown[]) : [];
    let keep = events.length;
    for (;;) {
      this.#editing = true;
      let problem;
      try {
        problem = this.#scenario.load({ ...json, events: events.slice(0, keep) });
      } finally {
        this.#editing = false;
      }
      if (!problem) break;
      // "$.events[3] (DelegateTo): …": the engine refused that event; the ones before it still apply.
      const at = /^\$\.events\[(\d+)\]/.exec(problem.message);
      const index = at ? Number(at[1]) : -1;
      if (index < 0 || index >= keep) {
        this.#lastProblem = problem.message;
        return false;
      }
      keep = index;
    }
    // the cursor stays where it was: a story not yet played stays ahead of it
    if (position < keep) this.#scenario.goTo(position);
    if (selected) this.#selection.select(selected);
    const saved = this.#scenario.toJson();
    if (saved) this.#save(saved);
    return events.length - keep;
  }
}

/** A refusal as one sentence (a field's name before the format's reason when there is one). */
export function problemMessage(problem: Problem): Message {
  if (problem.key !== 'build.invalidField') return msg(problem.key);
  return problem.field
    ? msg('build.invalidField', { field: msg(problem.field), message: problem.message })
    : msg('sandbox.refused', { reason: problem.message });
}
