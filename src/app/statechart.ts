/**
 * A statechart drawing of an engine machine, read from the machine itself (`machine.root`), never redrawn by
 * hand: states in columns left to right by their distance from the initial state (breadth first), arrows
 * labelled by event, each guarded arrow with its named guard, and the machine's named delays (its `meta`). Since
 * the engine steps these very machines (src/engine/machines/step.ts), what is drawn is the rule that runs. The
 * engine's machines are flat (no nested or parallel states), which is all this lays out. Which entity uses which
 * machine, and the state value the world stores for it, is `machinesFor`.
 */
import type { AnyStateMachine } from 'xstate';
import type { MachineDelay, MachineMeta } from '../engine/machines/step';
import { holderAccount, type World } from '../engine/world';
import type { Entity } from './worldView';
import { validatorMachine } from '../engine/staking/ethereum/validatorMachine';
import { allocationChangeMachine } from '../engine/restaking/machines/allocationMachine';
import { withdrawalMachine } from '../engine/restaking/machines/withdrawalMachine';
import { withdrawalRequestMachine } from '../engine/liquid/lido/withdrawalRequestMachine';
import { minipoolMachine } from '../engine/liquid/rocket/minipoolMachine';
import { slashRequestMachine } from '../engine/services/slashRequestMachine';
import { splitNodeId } from './nodeId';

export interface ChartState {
  key: string;
  x: number;
  y: number;
  initial: boolean;
  final: boolean;
  column: number;
}

export interface ChartEdge {
  from: string;
  to: string;
  event: string;
  guarded: boolean;
  /** The named guard (e.g. `withdrawableEpochReached`), or null for an unguarded transition. */
  guard: string | null;
  /** A transition without a target (it only updates the context, e.g. schedules a date): drawn as a self-loop. */
  internal: boolean;
  /** The n-th edge between the same two states (their labels are stacked). */
  lane: number;
  kind: 'forward' | 'self' | 'back';
}

/** An edge's label as drawn: the event, then its guard in brackets (UML's `event [guard]`). */
export const edgeLabel = (e: ChartEdge): string => (e.guard ? `${e.event} [${e.guard}]` : e.event);

export interface Statechart {
  id: string;
  states: ChartState[];
  edges: ChartEdge[];
  width: number;
  height: number;
  /** Box size of a state. */
  box: { w: number; h: number };
  /** The delays the machine's rules use (from its meta), in epochs. */
  delays: MachineDelay[];
}

export const BOX = { w: 104, h: 34 };
const GAP_X = 64;
const GAP_Y = 40;
const PAD = 28;

interface Node {
  key: string;
  type: string;
  transitions: Map<string, Array<{ target?: Array<{ key: string }>; guard?: unknown }>>;
}

/** A guard's name: the engine's machines name every guard (a string in the transition definition). */
function guardName(guard: unknown): string | null {
  if (guard === undefined || guard === null) return null;
  if (typeof guard === 'string') return guard;
  const type = (guard as { type?: unknown }).type;
  return typeof type === 'string' ? type : 'guard';
}

/** Lays out a flat machine: columns by breadth-first depth from the initial state, rows in declaration order. */
export function statechartOf(machine: AnyStateMachine): Statechart {
  const root = machine.root as unknown as {
    states: Record<string, Node>;
    initial?: { target?: Array<{ key: string }> };
  };
  const keys = Object.keys(root.states);
  const initial = root.initial?.target?.[0]?.key ?? keys[0];
  const depth = new Map<string, number>([[initial, 0]]);
  const queue = [initial];
  const edges: ChartEdge[] = [];
  while (queue.length) {
    const k = queue.shift()!;
    for (const [event, defs] of root.states[k].transitions) {
      for (const d of defs) {
        for (const t of d.target ?? []) {
          if (!depth.has(t.key)) {
            depth.set(t.key, depth.get(k)! + 1);
            queue.push(t.key);
          }
        }
        void event;
      }
    }
  }
  // States not reachable from the initial one still get drawn, after the rest.
  let last = Math.max(0, ...depth.values());
  for (const k of keys) if (!depth.has(k)) depth.set(k, ++last);

  const columns = new Map<number, string[]>();
  for (const k of keys) {
    const c = depth.get(k)!;
    columns.set(c, [...(columns.get(c) ?? []), k]);
  }
  const maxRows = Math.max(...[...columns.values()].map((c) => c.length));
  const height = PAD * 2 + maxRows * BOX.h + (maxRows - 1) * GAP_Y + 24;
  const states: ChartState[] = keys.map((key) => {
    const column = depth.get(key)!;
    const inColumn = columns.get(column)!;
    const row = inColumn.indexOf(key);
    const colHeight = inColumn.length * BOX.h + (inColumn.length - 1) * GAP_Y;
    return {
      key,
      column,
      x: PAD + column * (BOX.w + GAP_X),
      y: PAD + 12 + (maxRows * BOX.h + (maxRows - 1) * GAP_Y - colHeight) / 2 + row * (BOX.h + GAP_Y),
      initial: key === initial,
      final: root.states[key].type === 'final',
    };
  });
  const lanes = new Map<string, number>();
  for (const k of keys) {
    for (const [event, defs] of root.states[k].transitions) {
      for (const d of defs) {
        const targets = d.target?.length ? d.target.map((t) => t.key) : [k];
        for (const to of targets) {
          const a = depth.get(k)!;
          const b = depth.get(to)!;
          const pair = `${k}->${to}`;
          const lane = lanes.get(pair) ?? 0;
          lanes.set(pair, lane + 1);
          const guard = guardName(d.guard);
          edges.push({
            from: k,
            to,
            event,
            guarded: guard !== null,
            guard,
            internal: !d.target?.length,
            lane,
            kind: to === k ? 'self' : b > a ? 'forward' : 'back',
          });
        }
      }
    }
  }
  const columnsCount = Math.max(...depth.values()) + 1;
  return {
    id: machine.id,
    states,
    edges,
    width: PAD * 2 + columnsCount * BOX.w + (columnsCount - 1) * GAP_X,
    height,
    box: BOX,
    delays: (machine.root.meta as MachineMeta | undefined)?.delays ?? [],
  };
}

/** An SVG path for an edge, with the point where its label goes. */
export function edgePath(chart: Statechart, edge: ChartEdge, index = 0): { d: string; lx: number; ly: number } {
  const a = chart.states.find((s) => s.key === edge.from)!;
  const b = chart.states.find((s) => s.key === edge.to)!;
  const { w, h } = chart.box;
  // Labels of parallel edges (the same two states) stack upwards, one line each.
  const stack = edge.lane * 11;
  if (edge.kind === 'self') {
    const x = a.x + w / 2;
    const y = a.y;
    return {
      d: `M${x - 14},${y} C${x - 26},${y - 30} ${x + 26},${y - 30} ${x + 14},${y}`,
      lx: x,
      ly: y - 26 - stack,
    };
  }
  if (edge.kind === 'back') {
    // Under the boxes, curving back to the left.
    const x1 = a.x + w / 2;
    const x2 = b.x + w / 2;
    const y = Math.max(a.y, b.y) + h;
    const dip = 30 + index * 8;
    return {
      d: `M${x1},${a.y + h} C${x1},${y + dip} ${x2},${y + dip} ${x2},${b.y + h}`,
      lx: (x1 + x2) / 2,
      ly: y + dip - 4 + stack,
    };
  }
  const x1 = a.x + w;
  const y1 = a.y + h / 2;
  const x2 = b.x;
  const y2 = b.y + h / 2;
  const mx = (x1 + x2) / 2;
  // Arrows that skip a column bow upward so they do not cross the boxes between.
  if (b.column - a.column > 1) {
    const top = Math.min(y1, y2) - h - 6;
    return {
      d: `M${a.x + w / 2},${a.y} C${a.x + w / 2},${top} ${b.x + w / 2},${top} ${b.x + w / 2},${b.y}`,
      lx: mx + w / 2 - (x2 - x1) / 2 + (x2 - x1) / 2,
      ly: top + 10 - stack,
    };
  }
  return { d: `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`, lx: mx, ly: (y1 + y2) / 2 - 6 - stack };
}

/** One machine that applies to an entity, with how many of its instances sit in each state. */
export interface EntityMachine {
  /** Message-free title: the machine id, e.g. "validator"; the UI names it. */
  id: string;
  machine: AnyStateMachine;
  /** state value -> number of instances there (one instance for a validator). */
  counts: Record<string, number>;
  /** Instances in total; 0 means the machine applies but nothing is in it yet. */
  total: number;
}

function tally(id: string, machine: AnyStateMachine, values: string[]): EntityMachine {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return { id, machine, counts, total: values.length };
}

/** The machines whose state the world stores for this entity (or for things it owns). */
export function machinesFor(world: World, entity: Entity): EntityMachine[] {
  const { kind, ref } = splitNodeId(entity.id);
  const rs = world.restaking;
  switch (kind) {
    case 'validator': {
      const v = world.ethereum?.validators?.[ref];
      return v ? [tally('validator', validatorMachine, [v.status])] : [];
    }
    case 'operator': {
      const changes = Object.values(rs?.allocations ?? {})
        .filter((a) => a.operator === ref && a.change)
        .map((a) => a.change as string);
      return [tally('allocationChange', allocationChangeMachine, changes)];
    }
    case 'avs': {
      const reqs = Object.values(rs?.slashRequests ?? {})
        .filter((r) => r.avs === ref)
        .map((r) => r.status as string);
      return [tally('slashRequest', slashRequestMachine, reqs)];
    }
    case 'holder': {
      const out: EntityMachine[] = [];
      const account = holderAccount(ref);
      const own = Object.values(world.ethereum?.validators ?? {})
        .filter((v) => v.owner === ref)
        .map((v) => v.status as string);
      if (own.length) out.push(tally('validator', validatorMachine, own));
      const stakerIds = new Set(
        Object.values(rs?.stakers ?? {})
          .filter((s) => s.account === account)
          .map((s) => s.id),
      );
      const wds = Object.values(rs?.withdrawals ?? {})
        .filter((w) => stakerIds.has(w.staker) || w.recipient === account)
        .map((w) => w.status as string);
      if (wds.length || stakerIds.size) out.push(tally('withdrawal', withdrawalMachine, wds));
      const reqs: string[] = [];
      for (const p of Object.values(world.liquid?.lido ?? {})) {
        for (const r of Object.values(lidoRequests(p))) if (r.owner === ref || r.owner === account) reqs.push(r.status);
      }
      if (reqs.length) out.push(tally('withdrawalRequest', withdrawalRequestMachine, reqs));
      return out;
    }
    case 'lstPool': {
      const lido = world.liquid?.lido?.[ref];
      if (lido)
        return [
          tally(
            'withdrawalRequest',
            withdrawalRequestMachine,
            Object.values(lidoRequests(lido)).map((r) => r.status),
          ),
        ];
      const rocket = world.liquid?.rocket?.[ref];
      if (rocket)
        return [
          tally(
            'minipool',
            minipoolMachine,
            Object.values(rocket.minipools ?? {}).map((m) => m.status as string),
          ),
        ];
      return [];
    }
    default:
      return [];
  }
}

function lidoRequests(p: unknown): Record<string, { owner: string; status: string }> {
  return (p as { requests?: Record<string, { owner: string; status: string }> }).requests ?? {};
}
