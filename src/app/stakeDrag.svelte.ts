/**
 * Moving stake from a holder to a node, by pointer or by keyboard: the gesture is the stake-drag machine
 * (stakeDragMachine.ts) run as an actor; this store asks the world which targets are valid and how much can go,
 * says each change of phase in the live region, and turns a confirmed amount into engine events. The view renders
 * `phase`, `hover` and the pointer ghost.
 */
import { createContext } from 'svelte';
import { holderAccount } from '../engine/world';
import { ActorState } from './actorState.svelte';
import { DROPPABLE, dropPlan, splitNodeId, type DropTarget } from './dropActions';
import type { GraphView } from './graphView.svelte';
import { msg } from './messages/message';
import type { Notices } from './notices.svelte';
import type { ScenarioStore } from './scenario.svelte';
import type { Outcome } from './session.svelte';
import { stakeDragMachine, type Carried } from './stakeDragMachine';

export type DragPhase = 'idle' | 'carrying' | 'choosingAmount';
type Point = { x: number; y: number };
type Plan = Extract<ReturnType<typeof dropPlan>, { ok: true }>;

export class StakeDrag {
  readonly #scenario: ScenarioStore;
  readonly #graph: GraphView;
  readonly #notices: Notices;
  readonly #actor = new ActorState(stakeDragMachine);
  readonly #context = $derived(this.#actor.snapshot.context);
  readonly #phase = $derived<DragPhase>(
    this.#actor.snapshot.matches('carrying')
      ? 'carrying'
      : this.#actor.snapshot.matches('choosingAmount')
        ? 'choosingAmount'
        : 'idle',
  );
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced, never mutated: the derived sees each new one
  readonly #targetIds = $derived(new Set(this.#context.targets.map((t) => t.nodeId)));
  readonly #hover = $derived(this.#context.index >= 0 ? (this.#context.targets[this.#context.index] ?? null) : null);
  /** Where the pointer carries the stake (null when carried by keyboard). Not the machine's: it moves every frame. */
  #pointer = $state<Point | null>(null);
  #plan: Plan | null = null;

  constructor(scenario: ScenarioStore, graph: GraphView, notices: Notices) {
    this.#scenario = scenario;
    this.#graph = graph;
    this.#notices = notices;
  }

  get phase(): DragPhase {
    return this.#phase;
  }
  get holder(): Carried | null {
    return this.#context.holder;
  }
  get targets(): DropTarget[] {
    return this.#context.targets;
  }
  get index(): number {
    return this.#context.index;
  }
  /** The target under the pointer or chosen by keyboard. */
  get hover(): DropTarget | null {
    return this.#hover;
  }
  /** The target the amount picker is for. */
  get dropped(): DropTarget | null {
    return this.#context.dropped;
  }
  get asset(): string {
    return this.#context.asset;
  }
  get pointer(): Point | null {
    return this.#phase === 'carrying' ? this.#pointer : null;
  }

  isTarget(nodeId: string): boolean {
    return this.#phase === 'carrying' && this.#targetIds.has(nodeId);
  }

  /** The holder's ETH, or (for holders of tokens only) the total of what they hold, to decide whether to offer a chip. */
  available(holderId: string): bigint {
    const assets = this.#scenario.world?.ledger.assets ?? {};
    let total = 0n;
    for (const book of Object.values(assets)) total += book.balances.get(holderAccount(holderId)) ?? 0n;
    return total;
  }

  dropTargets(): DropTarget[] {
    return this.#graph.model.nodes
      .filter((n) => n.data.entity && DROPPABLE.has(n.data.entity.kind) && n.type !== 'group')
      .map((n) => {
        const { kind, ref } = splitNodeId(n.id);
        return { nodeId: n.id, kind, ref, name: n.data.name };
      });
  }

  pickUp(holderId: string, pointer: Point | null): void {
    const name = this.#scenario.world?.holders[holderId]?.name ?? holderId;
    const targets = this.dropTargets();
    this.#pointer = pointer;
    this.#plan = null;
    this.#actor.send({
      type: 'PICK_UP',
      holder: { id: holderId, name, available: this.available(holderId) },
      targets,
      keyboard: !pointer,
    });
    if (!targets.length) {
      this.#notices.show('info', msg('drag.noTargets', { holder: name }), true);
      return;
    }
    this.#notices.announce(msg('drag.pickedUp', { holder: name, count: targets.length }));
    if (!pointer) this.#announceTarget();
  }

  /** Next or previous target (keyboard). */
  move(delta: number): void {
    this.#actor.send({ type: 'MOVE', delta });
    this.#announceTarget();
  }

  /** The pointer moved to `point`, over the node `nodeId` (or none). */
  point(point: Point, nodeId: string | null): void {
    if (this.#phase !== 'carrying') return;
    this.#pointer = point;
    this.hoverNode(nodeId);
  }

  hoverNode(nodeId: string | null): void {
    const before = this.#hover?.nodeId;
    this.#actor.send({ type: 'HOVER', nodeId });
    if (this.#hover && this.#hover.nodeId !== before) this.#announceTarget();
  }

  /** Drops the carried stake on the hovered target: opens the amount picker, or says why it cannot go there. */
  drop(): boolean {
    const target = this.#hover;
    const holder = this.#context.holder;
    const world = this.#scenario.world;
    if (!target || !holder || !world) {
      this.cancel();
      return false;
    }
    const plan = dropPlan(world, holder.id, target);
    if (!plan.ok || plan.available <= 0n) {
      const reason = plan.ok
        ? msg('drop.nothingToPut', { holder: holder.name, asset: plan.asset, target: target.name })
        : plan.reason;
      this.#notices.show('error', msg('sandbox.refused', { reason }), true);
      this.#actor.send({ type: 'CANCEL' });
      return false;
    }
    this.#plan = plan;
    this.#actor.send({ type: 'DROP', available: plan.available, asset: plan.asset });
    return true;
  }

  /** Confirms the amount picker: the drop becomes engine events (a refusal is reported by the scenario store). */
  confirm(amount: string): Outcome | null {
    const holder = this.#context.holder;
    const target = this.#context.dropped;
    const plan = this.#plan;
    if (this.#phase !== 'choosingAmount' || !holder || !target || !plan) return null;
    const outcome = this.#scenario.dispatch(plan.events(amount));
    this.#actor.send({ type: 'DONE' });
    this.#plan = null;
    if (outcome.ok)
      this.#notices.announce(msg('drop.done', { holder: holder.name, amount, asset: plan.asset, target: target.name }));
    return outcome;
  }

  /** The stake goes back (Escape, a lost pointer, the picker closed), and the learner is told. */
  cancel(): void {
    const holder = this.#context.holder?.name ?? '';
    this.reset();
    this.#notices.announce(msg('drag.cancelled', { holder }));
  }

  /** Back to idle without a word (a new scenario was loaded). */
  reset(): void {
    this.#actor.send({ type: 'CANCEL' });
    this.#pointer = null;
    this.#plan = null;
  }

  /** Ends the actor when the page that owns it goes. */
  stop(): void {
    this.#actor.stop();
  }

  #announceTarget(): void {
    const target = this.#hover;
    if (!target) return;
    this.#notices.announce(
      msg('drag.target', {
        index: this.#context.index + 1,
        count: this.#context.targets.length,
        name: target.name,
        kind: msg(`kind.${target.kind === 'vault' ? 'lrt' : target.kind}`),
      }),
    );
  }
}

export const [getStakeDrag, setStakeDrag] = createContext<StakeDrag>();
