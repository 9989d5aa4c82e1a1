/**
 * The stake drag once loaded (stakeDrag.svelte.ts loads it at a first pick-up, or on idle after the first view):
 * the gesture is the stake-drag machine (stakeDragMachine.ts) run as an actor; this asks the world which targets
 * are valid and how much can go (dropActions.ts), says each change of phase in the live region, and turns a
 * confirmed amount into engine events.
 */
import { ActorState } from './actorState.svelte';
import { planDrop, type DragSourceKind, type DropPlan, type DropTarget } from './dropActions';
import type { GraphView } from './graphView.svelte';
import { msg } from './messages/message';
import './messages/drop';
import { assetLabel } from './cards/facts';
import { splitNodeId } from './nodeId';
import type { Notices } from './notices.svelte';
import type { ScenarioStore } from './scenario.svelte';
import type { Outcome } from './session.svelte';
import { whyMessage, type Blocked, type DragPhase, type Plan, type Point } from './stakeDragWords';
import { stakeDragMachine, type Carried } from './stakeDragMachine';

export class StakeDragCore {
  readonly #scenario: ScenarioStore;
  readonly #graph: GraphView;
  readonly #notices: Notices;
  readonly #availableOf: (source: DragSourceKind, id: string) => bigint;
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
  #plan = $state.raw<Plan | null>(null);
  /** Every node's answer for what is carried, made at pick-up (the world does not change while carrying). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced at each pick-up, never mutated
  #plans = $state.raw<ReadonlyMap<string, DropPlan>>(new Map());
  /** The node under the pointer, target or not (a blocked one says why). */
  #over = $state<string | null>(null);
  /** Which of the plan's ways the learner chose in the picker (an operator, for a drop on a service). */
  choice = $state(0);

  /** `availableOf`: what a holder's or an operator's chip carries (the chip's own question, asked at pick-up). */
  constructor(
    scenario: ScenarioStore,
    graph: GraphView,
    notices: Notices,
    availableOf: (source: DragSourceKind, id: string) => bigint,
  ) {
    this.#scenario = scenario;
    this.#graph = graph;
    this.#notices = notices;
    this.#availableOf = availableOf;
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

  /** While carrying: why `nodeId` cannot take the stake and what would make it possible (null for a target). */
  blocked(nodeId: string): Blocked | null {
    if (this.#phase !== 'carrying') return null;
    const plan = this.#plans.get(nodeId);
    if (!plan || plan.ok) return null;
    const { kind, ref } = splitNodeId(nodeId);
    const name = this.#graph.model.nodes.find((n) => n.id === nodeId)?.data.name ?? ref;
    return { ...plan, target: { nodeId, kind, ref, name } };
  }

  /** The blocked node under the pointer, if any. */
  get blockedHover(): Blocked | null {
    return this.#over ? this.blocked(this.#over) : null;
  }

  /** The plan the amount picker is for (its ways and steps). */
  get plan(): Plan | null {
    return this.#plan;
  }

  /** Every node of the graph (groups aside) as a place to drop on. */
  places(): DropTarget[] {
    return this.#graph.model.nodes
      .filter((n) => n.data.entity && n.type !== 'group')
      .map((n) => {
        const { kind, ref } = splitNodeId(n.id);
        return { nodeId: n.id, kind, ref, name: n.data.name };
      });
  }

  /** The places that can take what `source` carries (the rest say why not). */
  dropTargets(source: DragSourceKind = 'holder', id?: string): DropTarget[] {
    const world = this.#scenario.world;
    if (!world || id === undefined) return [];
    return this.places().filter((t) => t.nodeId !== `${source}:${id}` && planDrop(world, source, id, t).ok);
  }

  pickUp(holderId: string, pointer: Point | null, source: DragSourceKind = 'holder'): void {
    const world = this.#scenario.world;
    const name =
      (source === 'operator' ? world?.restaking.operators[holderId]?.name : world?.holders[holderId]?.name) ?? holderId;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built here, then held read-only
    const plans = new Map<string, DropPlan>();
    const targets: DropTarget[] = [];
    if (world)
      for (const t of this.places()) {
        if (t.nodeId === `${source}:${holderId}`) continue;
        const plan = planDrop(world, source, holderId, t);
        plans.set(t.nodeId, plan);
        if (plan.ok) targets.push(t);
      }
    this.#plans = plans;
    this.#pointer = pointer;
    this.#over = null;
    this.#plan = null;
    this.choice = 0;
    const available = this.#availableOf(source, holderId);
    this.#actor.send({
      type: 'PICK_UP',
      holder: { source, id: holderId, name, available },
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
    const overBefore = this.#over;
    this.#over = nodeId;
    this.#actor.send({ type: 'HOVER', nodeId });
    if (this.#hover && this.#hover.nodeId !== before) this.#announceTarget();
    else if (nodeId !== overBefore) this.#announceBlocked(nodeId);
  }

  /** Drops the carried stake on the hovered target: opens the amount picker, or says why it cannot go there. */
  drop(): boolean {
    const target = this.#hover;
    const holder = this.#context.holder;
    const world = this.#scenario.world;
    if (!target || !holder || !world) {
      // Let go over a place that cannot take it: say why (and what would), then the stake goes back.
      const blocked = this.blockedHover;
      if (blocked) {
        this.#notices.show('error', msg('sandbox.refused', { reason: whyMessage(blocked) }), true);
        this.reset();
        return false;
      }
      this.cancel();
      return false;
    }
    const plan = this.#plans.get(target.nodeId) ?? planDrop(world, holder.source, holder.id, target);
    if (!plan.ok || plan.available <= 0n) {
      const reason = plan.ok
        ? msg('drop.nothingToPut', { holder: holder.name, asset: plan.asset, target: target.name })
        : plan.reason;
      this.#notices.show('error', msg('sandbox.refused', { reason }), true);
      this.#actor.send({ type: 'CANCEL' });
      return false;
    }
    this.#plan = plan;
    this.choice = 0;
    this.#actor.send({ type: 'DROP', available: plan.available, asset: plan.asset });
    return true;
  }

  /** Confirms the amount picker: the drop becomes engine events (a refusal is reported by the scenario store). */
  confirm(amount: string, choice = this.choice): Outcome | null {
    const holder = this.#context.holder;
    const target = this.#context.dropped;
    const plan = this.#plan;
    if (this.#phase !== 'choosingAmount' || !holder || !target || !plan) return null;
    const way = plan.choices[choice] ?? plan.choices[0];
    const outcome = this.#scenario.dispatch(way.events(amount));
    this.#actor.send({ type: 'DONE' });
    this.#plan = null;
    const asset = assetLabel(plan.asset);
    if (outcome.ok)
      this.#notices.announce(
        way.via
          ? msg('drop.doneVia', { holder: holder.name, amount, asset, target: target.name, via: way.via.name })
          : msg('drop.done', { holder: holder.name, amount, asset, target: target.name }),
      );
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
    this.#over = null;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced, never mutated
    this.#plans = new Map();
  }

  /** Ends the actor when the page that owns it goes. */
  stop(): void {
    this.#actor.stop();
  }

  #announceBlocked(nodeId: string | null): void {
    const blocked = nodeId ? this.blocked(nodeId) : null;
    if (blocked)
      this.#notices.announce(msg('drag.blocked', { target: blocked.target.name, reason: whyMessage(blocked) }));
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
