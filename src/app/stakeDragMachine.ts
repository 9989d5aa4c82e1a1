/**
 * Moving stake from a holder to a node, by pointer or by keyboard (PhET's toolbox pattern), as a statechart:
 * idle -> carrying (aiming, or hovering a valid target) -> choosing the amount (dropped) -> idle. Escape (CANCEL)
 * returns the stake from any phase; a drop with no target under it cancels too. Which targets are valid and how
 * much can go is the app's question (dropActions.ts); the machine holds the gesture.
 */
import { assign, not, setup } from 'xstate';
import type { DragSourceKind, DropTarget } from './dropActions';

export interface Carried {
  /** A holder's wallet, or an operator's unallocated stake (which only services take). */
  source: DragSourceKind;
  id: string;
  name: string;
  /** What the holder can put in, in gwei of the asset the drop spends. */
  available: bigint;
}

export interface StakeDragContext {
  holder: Carried | null;
  targets: DropTarget[];
  /** The target under the pointer or chosen by keyboard; -1 for none. */
  index: number;
  /** The target the amount picker is for. */
  dropped: DropTarget | null;
  /** The asset the drop spends (known once the drop is planned). */
  asset: string;
}

export type StakeDragEvent =
  | { type: 'PICK_UP'; holder: Carried; targets: DropTarget[]; keyboard: boolean }
  | { type: 'MOVE'; delta: number }
  | { type: 'HOVER'; nodeId: string | null }
  | { type: 'DROP'; available: bigint; asset: string }
  | { type: 'CANCEL' }
  | { type: 'DONE' };

const EMPTY: StakeDragContext = { holder: null, targets: [], index: -1, dropped: null, asset: 'ETH' };

export const stakeDragMachine = setup({
  types: { context: {} as StakeDragContext, events: {} as StakeDragEvent },
  guards: {
    hasTargets: ({ event }) => event.type === 'PICK_UP' && event.targets.length > 0,
    onTarget: ({ context }) => context.index >= 0 && context.index < context.targets.length,
  },
  actions: {
    clear: assign(() => EMPTY),
    pickUp: assign(({ event }) =>
      event.type === 'PICK_UP'
        ? { ...EMPTY, holder: event.holder, targets: event.targets, index: event.keyboard ? 0 : -1 }
        : {},
    ),
    move: assign(({ context, event }) => {
      if (event.type !== 'MOVE' || !context.targets.length) return {};
      const n = context.targets.length;
      const from = context.index < 0 ? (event.delta > 0 ? -1 : 0) : context.index;
      return { index: (((from + event.delta) % n) + n) % n };
    }),
    hover: assign(({ context, event }) =>
      event.type === 'HOVER'
        ? { index: event.nodeId ? context.targets.findIndex((t) => t.nodeId === event.nodeId) : -1 }
        : {},
    ),
    drop: assign(({ context, event }) =>
      event.type === 'DROP' && context.holder
        ? {
            dropped: context.targets[context.index] ?? null,
            holder: { ...context.holder, available: event.available },
            asset: event.asset,
          }
        : {},
    ),
  },
}).createMachine({
  id: 'stakeDrag',
  initial: 'idle',
  context: EMPTY,
  on: {
    // A new pick-up replaces whatever was carried; a holder with nowhere to go stays put.
    PICK_UP: [
      { guard: 'hasTargets', target: '.carrying', reenter: true, actions: 'pickUp' },
      { target: '.idle', actions: 'clear' },
    ],
    CANCEL: { target: '.idle', actions: 'clear' },
  },
  states: {
    idle: {},
    carrying: {
      initial: 'aiming',
      on: {
        MOVE: { actions: 'move' },
        HOVER: { actions: 'hover' },
        // Let go over nothing: the stake goes back.
        DROP: { target: 'idle', actions: 'clear' },
      },
      states: {
        aiming: { always: { guard: 'onTarget', target: 'hovering' } },
        hovering: {
          always: { guard: not('onTarget'), target: 'aiming' },
          on: { DROP: { target: '#stakeDrag.choosingAmount', actions: 'drop' } },
        },
      },
    },
    choosingAmount: {
      on: { DONE: { target: 'idle', actions: 'clear' } },
    },
  },
});
