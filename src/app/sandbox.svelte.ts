/**
 * The sandbox controller: the session (engine state), the cascade player, the stake drag, the selection and the
 * messages the UI shows or announces. Components get it from context and call its methods; they hold no logic.
 */
import { getContext, setContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { Session, errorMessage, type EventJson, type Outcome } from './session.svelte';
import { CascadePlayer } from './cascade.svelte';
import { StakeDrag } from './stakeDrag.svelte';
import { buildWorldView, type WorldView } from './worldView';
import { buildGraph, type GraphModel } from './graphModel';
import {
  DROPPABLE,
  allocationDelayEpochs,
  allocationEvent,
  allocationTarget,
  dropPlan,
  splitNodeId,
  type AllocationTarget,
  type DropTarget,
} from './dropActions';
// Share links are made or opened on request: their code loads then, not with the sandbox route.
const loadShareLink = () => import('./shareLink');
import * as autosave from './autosave';
import { readJsonOrThrow } from '../engine/scenario/readJson';
import { loadScenarioIndex, scenarioUrl, type ScenarioIndexEntry } from './scenarioIndex';
import { DEFAULT_SCENARIO, EMPTY_SCENARIO } from './defaultScenario';
import type { MessageKey } from '../ui/messages/en';
import { EPOCHS_PER_DAY } from '../engine/time';
import { formatEth } from '../engine/ledger/amount';
import { holderAccount } from '../engine/world';

/** A message for the UI to render from its catalogue (the app layer holds keys, not text). */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number | Message>;
}
const msg = (key: MessageKey, params?: Message['params']): Message => ({ key, params });
export type Notice = { kind: 'error' | 'info' | 'ok' | 'warn'; text: Message } | null;
export type TimeUnit = 'epoch' | 'day' | 'week';
export type SideTab = 'inspector' | 'narration';

/** The side panel's width limits (CSS px): at least a readable inspector, at most 60% of the window. */
export const SIDE_MIN = 288;
export function clampSideWidth(width: number, viewport: number): number {
  const max = Math.max(SIDE_MIN, Math.min(viewport * 0.6, 1200));
  return Math.round(Math.max(SIDE_MIN, Math.min(max, width)));
}

const LAYOUT_KEY = 'restaking-lab:layout:v1';
interface SavedLayout {
  sideWidth: number | null;
  sideCollapsed: boolean;
}
function readLayout(): SavedLayout {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(LAYOUT_KEY);
    const v = raw ? (JSON.parse(raw) as Partial<SavedLayout>) : {};
    return {
      sideWidth: typeof v.sideWidth === 'number' && Number.isFinite(v.sideWidth) ? v.sideWidth : null,
      sideCollapsed: v.sideCollapsed === true,
    };
  } catch {
    return { sideWidth: null, sideCollapsed: false };
  }
}

const KEY = Symbol('sandbox');

export class Sandbox {
  readonly session = new Session();
  readonly cascade = new CascadePlayer();
  readonly drag = new StakeDrag();

  selected = $state<string | null>(null);
  notice = $state.raw<Notice>(null);
  /** The latest sentence for the assertive live region (drag and drop, refusals). */
  announcement = $state.raw<Message | null>(null);
  expandOperators = $state(false);
  /** Bumped when the graph should be fitted to the view again (a new scenario, operators expanded). */
  layoutKey = $state(0);
  readonly positions = new SvelteMap<string, { x: number; y: number }>();
  library = $state.raw<ScenarioIndexEntry[]>([]);
  timePlaying = $state(false);
  timeUnit = $state<TimeUnit>('day');
  reducedMotion = $state(false);
  /** Side panel: which view shows when inspector and narration share it as tabs, its width (null: the default), collapsed. */
  sideTab = $state<SideTab>('inspector');
  sideWidth = $state<number | null>(null);
  sideCollapsed = $state(false);

  view = $derived.by<WorldView>(() =>
    this.session.world ? buildWorldView(this.session.world) : { entities: [], links: [] },
  );
  graph = $derived.by<GraphModel>(() =>
    buildGraph(this.view, { expandOperators: this.expandOperators, positions: this.positions }),
  );

  private timeTimer: ReturnType<typeof setInterval> | null = null;

  constructor(reducedMotion = false) {
    this.reducedMotion = reducedMotion;
    this.cascade.reducedMotion = reducedMotion;
    const layout = readLayout();
    this.sideWidth = layout.sideWidth;
    this.sideCollapsed = layout.sideCollapsed;
  }

  // ---- layout of the side panel ------------------------------------------------------------------------------

  setSideWidth(width: number | null, viewport: number): void {
    this.sideWidth = width === null ? null : clampSideWidth(width, viewport);
    this.saveLayout();
  }

  setSideCollapsed(collapsed: boolean): void {
    this.sideCollapsed = collapsed;
    this.saveLayout();
  }

  /** Opens the side panel on a view (a selection shows the inspector, a cascade the narration). */
  showSide(tab: SideTab): void {
    this.sideTab = tab;
  }

  private saveLayout(): void {
    try {
      localStorage.setItem(
        LAYOUT_KEY,
        JSON.stringify({ sideWidth: this.sideWidth, sideCollapsed: this.sideCollapsed }),
      );
    } catch {
      /* storage may be unavailable (private mode): the layout just is not remembered */
    }
  }

  // ---- loading -------------------------------------------------------------------------------------------

  /** Opens what the route asks for: a share link, a prepared scenario, the autosave, or the starter. */
  async start(route: { share: string | null; scenario: string | null }): Promise<void> {
    loadScenarioIndex().then(
      (list) => (this.library = list),
      () => (this.library = []),
    );
    // Something to fall back on first, so a bad link or file never leaves an empty sandbox.
    let restoredProblem: string | null = null;
    let restored = false;
    try {
      const saved = autosave.restore();
      if (saved) {
        const problem = this.session.load(saved.scenario);
        if (problem) restoredProblem = problem.message;
        else restored = true;
      }
    } catch (e) {
      restoredProblem = errorMessage(e);
    }
    if (!restored) this.session.load(DEFAULT_SCENARIO);
    if (restoredProblem) this.notice = { kind: 'warn', text: msg('scenarios.badSaved', { problem: restoredProblem }) };

    if (route.share) await this.openShare(route.share);
    else if (route.scenario) await this.openFile(route.scenario);
    else if (restored)
      this.notice = { kind: 'info', text: msg('scenarios.restored', { count: this.session.position }) };
    this.cascade.play(this.session.lastTrace, true);
  }

  async openShare(payload: string): Promise<boolean> {
    try {
      const { decodeShare } = await loadShareLink();
      const data = await decodeShare(payload);
      const problem = this.session.load(data);
      if (problem) throw new Error(problem.message);
      this.afterLoad();
      return true;
    } catch (e) {
      this.notice = { kind: 'error', text: msg('scenarios.badLink', { problem: errorMessage(e) }) };
      this.announcement = this.notice.text;
      return false;
    }
  }

  async openFile(file: string): Promise<boolean> {
    try {
      const res = await fetch(scenarioUrl(file));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return this.openJson(readJsonOrThrow(await res.text()), file);
    } catch (e) {
      this.notice = { kind: 'error', text: msg('scenarios.badFile', { file, problem: errorMessage(e) }) };
      return false;
    }
  }

  openJson(data: unknown, file: string): boolean {
    const problem = this.session.load(data);
    if (problem) {
      this.notice = { kind: 'error', text: msg('scenarios.badFile', { file, problem: problem.message }) };
      this.announcement = this.notice.text;
      return false;
    }
    this.afterLoad();
    return true;
  }

  async importFile(file: File): Promise<boolean> {
    let data: unknown;
    try {
      if (file.size > 8_000_000) throw new Error('it is larger than 8 MB');
      data = readJsonOrThrow(await file.text());
    } catch (e) {
      this.notice = {
        kind: 'error',
        text: msg('scenarios.badFile', {
          file: file.name,
          problem: e instanceof SyntaxError ? `it is not valid JSON (${e.message})` : errorMessage(e),
        }),
      };
      this.announcement = this.notice.text;
      return false;
    }
    return this.openJson(data, file.name);
  }

  newEmpty(): void {
    this.session.load(EMPTY_SCENARIO);
    this.afterLoad();
  }

  private afterLoad(): void {
    this.selected = null;
    this.positions.clear();
    this.expandOperators = false;
    this.layoutKey++;
    this.drag.cancel();
    this.notice = { kind: 'ok', text: msg('scenarios.loaded', { name: this.session.scenario?.name ?? '' }) };
    this.cascade.play(this.session.lastTrace, true);
    this.persist();
  }

  persist(): void {
    const json = this.session.toJson();
    if (json) autosave.save(json);
  }

  exportJson(): string {
    return JSON.stringify(this.session.toJson(), null, 2);
  }

  async shareLink(): Promise<{ url: string } | { error: Message }> {
    const { encodeShare, MAX_LINK_CHARS } = await loadShareLink();
    const payload = await encodeShare(this.session.toJson());
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

  // ---- events ----------------------------------------------------------------------------------------------

  /** Sends an event to the engine; on refusal shows its sentence and keeps the state as it was. */
  dispatch(event: EventJson | EventJson[]): Outcome {
    const outcome = Array.isArray(event) ? this.session.dispatchAll(event) : this.session.dispatch(event);
    if (outcome.ok) {
      this.notice = null;
      this.cascade.play(outcome.trace);
      this.persist();
    } else {
      const text = outcome.refused
        ? msg('sandbox.refused', { reason: outcome.message })
        : msg('sandbox.engineError', { reason: outcome.message });
      this.notice = { kind: 'error', text };
      this.announcement = text;
    }
    return outcome;
  }

  undo(): void {
    this.stopTime();
    this.session.undo();
    this.cascade.play(this.session.lastTrace, true);
    this.persist();
  }

  redo(): void {
    this.stopTime();
    this.session.redo();
    this.cascade.play(this.session.lastTrace, true);
    this.persist();
  }

  scrub(n: number): void {
    this.stopTime();
    this.session.goTo(n);
    this.cascade.play(this.session.lastTrace, true);
    this.persist();
  }

  // ---- time ------------------------------------------------------------------------------------------------

  timeEvent(): EventJson {
    switch (this.timeUnit) {
      case 'epoch':
        return { type: 'AdvanceTime', epochs: 1 };
      case 'day':
        return { type: 'AdvanceTime', days: 1 };
      case 'week':
        return { type: 'AdvanceTime', days: 7 };
    }
  }

  stepTime(): boolean {
    const outcome = this.session.dispatch(this.timeEvent());
    if (!outcome.ok) {
      this.stopTime();
      this.notice = { kind: 'error', text: msg('sandbox.engineError', { reason: outcome.message }) };
      return false;
    }
    this.cascade.play(outcome.trace, true);
    this.persist();
    return true;
  }

  startTime(): void {
    if (this.timePlaying) return;
    this.timePlaying = true;
    this.timeTimer = setInterval(() => this.stepTime(), 1000);
  }

  stopTime(): void {
    this.timePlaying = false;
    if (this.timeTimer) clearInterval(this.timeTimer);
    this.timeTimer = null;
  }

  get day(): number {
    return Math.floor((this.session.world?.epoch ?? 0) / EPOCHS_PER_DAY);
  }

  // ---- stake drag ------------------------------------------------------------------------------------------

  /** The holder's ETH, or (for holders of tokens only) the total of what they hold, to decide whether to offer a chip. */
  holderAvailable(holderId: string): bigint {
    const assets = this.session.world?.ledger.assets ?? {};
    let total = 0n;
    for (const book of Object.values(assets)) total += book.balances.get(holderAccount(holderId)) ?? 0n;
    return total;
  }

  dropTargets(): DropTarget[] {
    return this.graph.nodes
      .filter((n) => n.data.entity && DROPPABLE.has(n.data.entity.kind) && n.type !== 'group')
      .map((n) => {
        const { kind, ref } = splitNodeId(n.id);
        return { nodeId: n.id, kind, ref, name: n.data.name };
      });
  }

  pickUp(holderId: string, pointer: { x: number; y: number } | null): void {
    const name = this.session.world?.holders[holderId]?.name ?? holderId;
    const targets = this.dropTargets();
    this.drag.pickUp({ id: holderId, name, available: this.holderAvailable(holderId) }, targets, pointer);
    if (!targets.length) {
      this.announcement = msg('drag.noTargets', { holder: name });
      this.notice = { kind: 'info', text: msg('drag.noTargets', { holder: name }) };
      this.drag.cancel();
      return;
    }
    this.announcement = msg('drag.pickedUp', { holder: name, count: targets.length });
    if (!pointer) this.announceTarget();
  }

  announceTarget(): void {
    const target = this.drag.hover;
    if (target) {
      this.announcement = msg('drag.target', {
        index: this.drag.index + 1,
        count: this.drag.targets.length,
        name: target.name,
        kind: msg(`kind.${target.kind === 'vault' ? 'lrt' : target.kind}`),
      });
    }
  }

  cancelDrag(): void {
    const holder = this.drag.holder?.name ?? '';
    this.drag.cancel();
    this.announcement = msg('drag.cancelled', { holder });
  }

  /** Drops the carried stake on the hovered target: opens the amount picker, or says why it cannot go there. */
  drop(): boolean {
    const target = this.drag.hover;
    const holder = this.drag.holder;
    const world = this.session.world;
    if (!target || !holder || !world) {
      this.cancelDrag();
      return false;
    }
    const plan = dropPlan(world, holder.id, target);
    if (!plan.ok) {
      const text = msg('sandbox.refused', { reason: plan.reason });
      this.notice = { kind: 'error', text };
      this.announcement = text;
      this.drag.cancel();
      return false;
    }
    if (plan.available <= 0n) {
      const text = msg('sandbox.refused', {
        reason: `${holder.name} has no ${plan.asset} to put into ${target.name}.`,
      });
      this.notice = { kind: 'error', text };
      this.announcement = text;
      this.drag.cancel();
      return false;
    }
    this.plan = plan;
    this.drag.holder = { ...holder, available: plan.available };
    this.drag.asset = plan.asset;
    this.drag.drop();
    return true;
  }

  private plan: Extract<ReturnType<typeof dropPlan>, { ok: true }> | null = null;

  /** Confirms the amount picker: the drop becomes engine events. */
  confirmDrop(amount: string): Outcome | null {
    const holder = this.drag.holder;
    const target = this.drag.dropped;
    const plan = this.plan;
    if (!holder || !target || !plan) return null;
    const outcome = this.dispatch(plan.events(amount));
    this.drag.cancel();
    this.plan = null;
    if (outcome.ok)
      this.announcement = msg('drop.done', { holder: holder.name, amount, asset: plan.asset, target: target.name });
    return outcome;
  }

  formatAvailable(): string {
    return formatEth(this.drag.holder?.available ?? 0n);
  }

  // ---- allocations ---------------------------------------------------------------------------------------

  /** The allocation an operator -> AVS edge edits, or null for other edges. */
  allocationFor(sourceNodeId: string, targetNodeId: string): AllocationTarget | null {
    const world = this.session.world;
    const from = splitNodeId(sourceNodeId);
    const to = splitNodeId(targetNodeId);
    if (!world || from.kind !== 'operator' || to.kind !== 'avs') return null;
    return allocationTarget(world, from.ref, to.ref);
  }

  /** The delay before a change to `percent` takes effect, as a message (the engine schedules the same). */
  allocationDelay(a: AllocationTarget, percent: number): Message {
    const world = this.session.world;
    const epochs = world ? allocationDelayEpochs(world, a, percent) : 0;
    if (epochs === 0) return msg('alloc.delay.now');
    const days = epochs / EPOCHS_PER_DAY;
    return msg(BigInt(percent) * 10n ** 16n > a.magnitude ? 'alloc.delay.allocation' : 'alloc.delay.deallocation', {
      days: Math.round(days * 10) / 10,
      epochs,
    });
  }

  /** Sends the ModifyAllocation event; a refusal shows the engine's sentence (dispatch does that). */
  commitAllocation(a: AllocationTarget, percent: number): Outcome {
    const delay = this.allocationDelay(a, percent);
    const outcome = this.dispatch(allocationEvent(a, percent));
    const world = this.session.world;
    if (outcome.ok && world) {
      const operator = world.restaking.operators[a.operator]?.name ?? a.operator;
      const avs = world.restaking.avss[a.avs]?.name ?? a.avs;
      const text = msg('alloc.done', { operator, avs, percent, delay });
      this.notice = { kind: 'ok', text };
      this.announcement = text;
    }
    return outcome;
  }

  // ---- layout ----------------------------------------------------------------------------------------------

  rememberPosition(id: string, position: { x: number; y: number }): void {
    this.positions.set(id, position);
  }

  resetLayout(): void {
    this.positions.clear();
    this.layoutKey++;
  }

  setExpandOperators(expand: boolean): void {
    this.expandOperators = expand;
    this.layoutKey++;
  }
}

export function setSandbox(sandbox: Sandbox): Sandbox {
  return setContext(KEY, sandbox);
}

export function getSandbox(): Sandbox {
  return getContext<Sandbox>(KEY);
}
