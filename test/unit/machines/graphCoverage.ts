/**
 * Model-based coverage of a flat engine machine with xstate/graph: explore every snapshot reachable with the given
 * events (getAdjacencyMap), then report which states were reached and, for every guarded transition the machine
 * declares, whether its guard was seen both true and false on the way. Guards are read from the machine itself
 * (machine.root), so a new guarded transition is covered by the same test without editing it.
 */
import { expect } from 'vitest';
import type { AnyStateMachine, EventObject } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';

type Guard = (args: { context: unknown; event: EventObject }, params: unknown) => boolean;
interface TransitionDef {
  guard?: unknown;
}
interface FlatRoot {
  states: Record<string, { transitions: Map<string, TransitionDef[]> }>;
}

/** JSON that also takes the bigints the restaking machines hold (magnitudes). */
export const serialize = (x: unknown): string =>
  JSON.stringify(x, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));

export interface Coverage {
  /** State values reached from the initial snapshot. */
  reached: Set<string>;
  /** "state.EVENT[guard]" -> the outcomes the guard had there. */
  guards: Map<string, Set<boolean>>;
}

export function exploreMachine(
  machine: AnyStateMachine,
  events: (snapshot: { value: unknown; context: unknown }) => EventObject[],
  input?: unknown,
): Coverage {
  const root = machine.root as unknown as FlatRoot;
  const impl = machine.implementations.guards as Record<string, Guard>;
  const guards = new Map<string, Set<boolean>>();
  for (const [key, node] of Object.entries(root.states)) {
    for (const [type, defs] of node.transitions) {
      for (const d of defs) if (typeof d.guard === 'string') guards.set(`${key}.${type}[${d.guard}]`, new Set());
    }
  }
  const map = getAdjacencyMap(machine, {
    events: events as never,
    input: input as never,
    serializeState: (s) =>
      serialize({ value: (s as { value: unknown }).value, context: (s as { context: unknown }).context }),
    serializeEvent: (e) => serialize(e),
  });
  const reached = new Set<string>();
  for (const { state } of Object.values(map)) {
    const s = state as { value: unknown; context: unknown };
    const key = String(s.value);
    reached.add(key);
    for (const event of events(s)) {
      for (const d of root.states[key].transitions.get(event.type) ?? []) {
        if (typeof d.guard !== 'string') continue;
        guards.get(`${key}.${event.type}[${d.guard}]`)!.add(impl[d.guard]({ context: s.context, event }, undefined));
      }
    }
  }
  return { reached, guards };
}

/** Every state of the machine reached, and every guarded transition's guard seen both true and false. */
export function expectFullCoverage(c: Coverage, machine: AnyStateMachine): void {
  const states = Object.keys((machine.root as unknown as FlatRoot).states);
  expect([...c.reached].sort()).toEqual([...states].sort());
  const oneWay = [...c.guards].filter(([, seen]) => seen.size !== 2).map(([k, seen]) => `${k}: ${[...seen]}`);
  expect(oneWay).toEqual([]);
  expect(c.guards.size).toBeGreaterThan(0);
}
