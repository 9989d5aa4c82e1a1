/**
 * Editing an operator's allocation to an AVS from its edge: which allocation an edge edits, when a change would
 * take effect (the engine schedules the same delay), and the ModifyAllocation event, confirmed in words.
 */
import { createContext } from 'svelte';
import { EPOCHS_PER_DAY } from '../engine/time';
import { allocationDelayEpochs, allocationEvent, allocationLookup, type AllocationTarget } from './allocationTarget';
import { splitNodeId } from './nodeId';
import type { World } from '../engine/world';
import { msg, type Message } from './messages/message';
import type { Notices } from './notices.svelte';
import type { ScenarioStore } from './scenario.svelte';
import type { Outcome } from './session.svelte';

export class AllocationEditor {
  readonly #scenario: ScenarioStore;
  readonly #notices: Notices;
  /** Each world's allocation index (a world shown is never changed in place: src/engine/timeline.ts shares it). */
  readonly #lookups = new WeakMap<World, ReturnType<typeof allocationLookup>>();

  constructor(scenario: ScenarioStore, notices: Notices) {
    this.#scenario = scenario;
    this.#notices = notices;
  }

  /** The allocation an operator -> AVS edge edits, or null for other edges. */
  allocationFor(sourceNodeId: string, targetNodeId: string): AllocationTarget | null {
    const world = this.#scenario.world;
    const from = splitNodeId(sourceNodeId);
    const to = splitNodeId(targetNodeId);
    if (!world || from.kind !== 'operator' || to.kind !== 'avs') return null;
    // Every edge of the graph asks: the index is built once per world, not once per edge.
    let find = this.#lookups.get(world);
    if (!find) this.#lookups.set(world, (find = allocationLookup(world)));
    return find(from.ref, to.ref);
  }

  /** The delay before a change to `percent` takes effect, as a message. */
  delay(a: AllocationTarget, percent: number): Message {
    const world = this.#scenario.world;
    const epochs = world ? allocationDelayEpochs(world, a, percent) : 0;
    if (epochs === 0) return msg('alloc.delay.now');
    const days = epochs / EPOCHS_PER_DAY;
    return msg(BigInt(percent) * 10n ** 16n > a.magnitude ? 'alloc.delay.allocation' : 'alloc.delay.deallocation', {
      days: Math.round(days * 10) / 10,
      epochs,
    });
  }

  /** Sends the ModifyAllocation event; a refusal is reported by the scenario store like any other. */
  commit(a: AllocationTarget, percent: number): Outcome {
    const delay = this.delay(a, percent);
    const outcome = this.#scenario.dispatch(allocationEvent(a, percent));
    const world = this.#scenario.world;
    if (outcome.ok && world) {
      const operator = world.restaking.operators[a.operator]?.name ?? a.operator;
      const avs = world.restaking.avss[a.avs]?.name ?? a.avs;
      this.#notices.show('ok', msg('alloc.done', { operator, avs, percent, delay }), true);
    }
    return outcome;
  }
}

export const [getAllocations, setAllocations] = createContext<AllocationEditor>();
