/**
 * Moving stake from a holder to a node, by pointer or by keyboard (PhET's toolbox pattern): pick up, choose among
 * the valid targets, drop (which opens the amount picker) or cancel. The view renders `active`, `hover` and the
 * pointer ghost; every change of phase produces a sentence for the aria-live region.
 */
import type { DropTarget } from './dropActions';

export type DragPhase = 'idle' | 'carrying' | 'choosingAmount';

export class StakeDrag {
  phase = $state<DragPhase>('idle');
  holder = $state<{ id: string; name: string; available: bigint } | null>(null);
  targets = $state.raw<DropTarget[]>([]);
  /** The target under the pointer or chosen by keyboard. */
  index = $state(-1);
  /** Pointer position while dragging with a pointer (null for keyboard). */
  pointer = $state<{ x: number; y: number } | null>(null);
  /** The target the amount picker is for. */
  dropped = $state.raw<DropTarget | null>(null);
  /** The asset the drop spends (set when the drop is planned). */
  asset = $state('ETH');

  get hover(): DropTarget | null {
    return this.index >= 0 ? (this.targets[this.index] ?? null) : null;
  }

  pickUp(
    holder: { id: string; name: string; available: bigint },
    targets: DropTarget[],
    pointer: { x: number; y: number } | null,
  ): void {
    this.holder = holder;
    this.targets = targets;
    this.index = pointer ? -1 : targets.length ? 0 : -1;
    this.pointer = pointer;
    this.dropped = null;
    this.phase = 'carrying';
  }

  move(delta: number): void {
    if (this.phase !== 'carrying' || !this.targets.length) return;
    const n = this.targets.length;
    this.index = ((((this.index < 0 ? (delta > 0 ? -1 : 0) : this.index) + delta) % n) + n) % n;
  }

  hoverNode(nodeId: string | null): void {
    this.index = nodeId ? this.targets.findIndex((t) => t.nodeId === nodeId) : -1;
  }

  /** Drops on the hovered target; returns it (or null when there is none, which cancels). */
  drop(): DropTarget | null {
    const target = this.hover;
    if (!target) {
      this.cancel();
      return null;
    }
    this.dropped = target;
    this.pointer = null;
    this.phase = 'choosingAmount';
    return target;
  }

  cancel(): void {
    this.phase = 'idle';
    this.targets = [];
    this.index = -1;
    this.pointer = null;
    this.dropped = null;
  }

  isTarget(nodeId: string): boolean {
    return this.phase === 'carrying' && this.targets.some((t) => t.nodeId === nodeId);
  }
}
