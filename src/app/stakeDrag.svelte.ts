/**
 * Moving stake from a holder to a node, by pointer or by keyboard. The first view only draws the chips (a holder's
 * wallet, an operator's unallocated stake): what a drop means (dropActions.ts) and the gesture's actor
 * (stakeDragCore.svelte.ts, the stake-drag machine run as an actor) load at a first pick-up, or before it on idle
 * (`load`). A pick-up made before they are there is kept and starts the drag as soon as they are; until then
 * nothing is carried, and every question about a drag answers "idle". A page that drags at once (a lesson, an
 * embed) gives the loaded module to the constructor and never waits.
 */
import { holderAccount } from '../engine/world';
import { operatorUnallocated } from './allocationTarget';
import type { DragSourceKind, DropTarget } from './dropActions';
import type { GraphView } from './graphView.svelte';
import type { Notices } from './notices.svelte';
import type { ScenarioStore } from './scenario.svelte';
import type { Outcome } from './session.svelte';
import type { StakeDragCore } from './stakeDragCore.svelte';
import type { Carried } from './stakeDragMachine';
import type { Blocked, DragPhase, Plan, Point } from './stakeDragWords';

export type StakeDragRules = typeof import('./stakeDragCore.svelte');

/** The module once loaded (one per page: every drag of the page shares it). */
let rules: StakeDragRules | null = null;
let loading: Promise<StakeDragRules> | null = null;
/** Loads what a drop means and the gesture's actor, once; a failed load can be tried again. */
export function loadStakeDragRules(): Promise<StakeDragRules> {
  loading ??= import('./stakeDragCore.svelte').then(
    (m) => (rules = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

interface Waiting {
  id: string;
  pointer: Point | null;
  source: DragSourceKind;
}

export class StakeDrag {
  readonly #scenario: ScenarioStore;
  readonly #graph: GraphView;
  readonly #notices: Notices;
  #core = $state.raw<StakeDragCore | null>(null);
  /** A pick-up made before the drag's module was there: it starts when the module comes. */
  #waiting: Waiting | null = null;
  #stopped = false;

  /** `loaded`: the drag's module, for a page that imports it with its own code (the drag is then ready at once). */
  constructor(scenario: ScenarioStore, graph: GraphView, notices: Notices, loaded?: StakeDragRules) {
    this.#scenario = scenario;
    this.#graph = graph;
    this.#notices = notices;
    if (loaded) rules ??= loaded;
    this.#ready();
  }

  /** The drag's actor, made as soon as its module is on the page (null before). */
  #ready(): StakeDragCore | null {
    if (!this.#core && rules && !this.#stopped)
      this.#core = new rules.StakeDragCore(this.#scenario, this.#graph, this.#notices, (source, id) =>
        source === 'operator' ? this.operatorAvailable(id) : this.available(id),
      );
    return this.#core;
  }

  /** Loads the drag's module (a first pick-up, or on idle once the first view is drawn): resolves when it is ready. */
  async load(): Promise<void> {
    await loadStakeDragRules();
    this.#ready();
  }

  get phase(): DragPhase {
    return this.#core?.phase ?? 'idle';
  }
  get holder(): Carried | null {
    return this.#core?.holder ?? null;
  }
  get targets(): DropTarget[] {
    return this.#core?.targets ?? [];
  }
  get index(): number {
    return this.#core?.index ?? -1;
  }
  /** The target under the pointer or chosen by keyboard. */
  get hover(): DropTarget | null {
    return this.#core?.hover ?? null;
  }
  /** The target the amount picker is for. */
  get dropped(): DropTarget | null {
    return this.#core?.dropped ?? null;
  }
  get asset(): string {
    return this.#core?.asset ?? 'ETH';
  }
  get pointer(): Point | null {
    return this.#core?.pointer ?? null;
  }
  /** Which of the plan's ways the learner chose in the picker (an operator, for a drop on a service). */
  get choice(): number {
    return this.#core?.choice ?? 0;
  }
  set choice(choice: number) {
    if (this.#core) this.#core.choice = choice;
  }

  isTarget(nodeId: string): boolean {
    return this.#core?.isTarget(nodeId) ?? false;
  }

  /** While carrying: why `nodeId` cannot take the stake and what would make it possible (null for a target). */
  blocked(nodeId: string): Blocked | null {
    return this.#core?.blocked(nodeId) ?? null;
  }

  /** The blocked node under the pointer, if any. */
  get blockedHover(): Blocked | null {
    return this.#core?.blockedHover ?? null;
  }

  /** The plan the amount picker is for (its ways and steps). */
  get plan(): Plan | null {
    return this.#core?.plan ?? null;
  }

  /** The holder's ETH, or (for holders of tokens only) the total of what they hold, to decide whether to offer a chip. */
  available(holderId: string): bigint {
    const assets = this.#scenario.world?.ledger.assets ?? {};
    let total = 0n;
    for (const book of Object.values(assets)) total += book.balances.get(holderAccount(holderId)) ?? 0n;
    return total;
  }

  /** An operator's unallocated stake (what its chip carries to a service). */
  operatorAvailable(operatorId: string): bigint {
    const world = this.#scenario.world;
    return world ? operatorUnallocated(world, operatorId) : 0n;
  }

  /**
   * Picks up what `holderId` (a holder, or an operator's unallocated stake) can put in: at once when the drag's
   * module is on the page, else as soon as it is (a later pick-up, a drop or a cancel in between replaces it).
   */
  pickUp(holderId: string, pointer: Point | null, source: DragSourceKind = 'holder'): void {
    const core = this.#ready();
    if (core) {
      core.pickUp(holderId, pointer, source);
      return;
    }
    const waiting: Waiting = { id: holderId, pointer, source };
    this.#waiting = waiting;
    this.load().then(
      () => {
        if (this.#waiting !== waiting) return;
        this.#waiting = null;
        this.#core?.pickUp(waiting.id, waiting.pointer, waiting.source);
      },
      () => {
        if (this.#waiting === waiting) this.#waiting = null;
      },
    );
  }

  /** Next or previous target (keyboard). */
  move(delta: number): void {
    this.#core?.move(delta);
  }

  /** The pointer moved to `point`, over the node `nodeId` (or none). */
  point(point: Point, nodeId: string | null): void {
    this.#core?.point(point, nodeId);
  }

  hoverNode(nodeId: string | null): void {
    this.#core?.hoverNode(nodeId);
  }

  /** Drops the carried stake on the hovered target: opens the amount picker, or says why it cannot go there. */
  drop(): boolean {
    // let go before the drag could start: nothing was carried
    this.#waiting = null;
    return this.#core?.drop() ?? false;
  }

  /** Confirms the amount picker: the drop becomes engine events (a refusal is reported by the scenario store). */
  confirm(amount: string, choice = this.choice): Outcome | null {
    return this.#core?.confirm(amount, choice) ?? null;
  }

  /** The stake goes back (Escape, a lost pointer, the picker closed), and the learner is told. */
  cancel(): void {
    this.#waiting = null;
    this.#core?.cancel();
  }

  /** Back to idle without a word (a new scenario was loaded). */
  reset(): void {
    this.#waiting = null;
    this.#core?.reset();
  }

  /** Ends the actor when the page that owns it goes. */
  stop(): void {
    this.#stopped = true;
    this.#waiting = null;
    this.#core?.stop();
  }
}
