/**
 * What the stake drag (stakeDrag.svelte.ts) and its part loaded on demand (stakeDragCore.svelte.ts) share: the
 * drag's phases, and a blocked place's reason said as one sentence.
 */
import type { DropPlan, DropTarget, Refusal } from './dropActions';
import { msg, type Message } from './messages/message';

export type DragPhase = 'idle' | 'carrying' | 'choosingAmount';
export type Point = { x: number; y: number };
export type Plan = Extract<DropPlan, { ok: true }>;
/** A node that cannot take what is carried: why, and what would make it possible. */
export type Blocked = Refusal & { target: DropTarget };

/** A refusal and its offer as one sentence. */
export const whyMessage = (r: Refusal): Message =>
  r.offer ? msg('drop.why', { reason: r.reason, offer: r.offer }) : r.reason;
