/**
 * Plays an event's trace step by step: which step is current, which entities it touches, and the narration so
 * far. The lifecycle and its timer are the cascade machine's (cascadeMachine.ts), run as an actor in the app layer
 * (never in the engine); the view only reads `current`, `touched` and `shown`, and animates with CSS classes.
 */
import { createContext } from 'svelte';
import type { TraceStep } from '../engine/trace';
import { ActorState } from './actorState.svelte';
import { cascadeMachine } from './cascadeMachine';

export { CASCADE_SPEEDS } from './cascadeMachine';
export type CascadeState = 'idle' | 'playing' | 'paused' | 'done';

export class CascadePlayer {
  readonly #actor = new ActorState(cascadeMachine);
  readonly #context = $derived(this.#actor.snapshot.context);
  readonly #current = $derived(this.#context.index >= 0 ? (this.#context.steps[this.#context.index] ?? null) : null);
  /** The step to highlight in the graph: only while a cascade is being played or stepped through. */
  readonly #highlighted = $derived(this.#context.live ? this.#current : null);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new set for each step, never mutated
  readonly #touched = $derived<ReadonlySet<string>>(new Set(this.#highlighted?.entities ?? []));

  get state(): CascadeState {
    return this.#actor.snapshot.value as CascadeState;
  }
  get steps(): TraceStep[] {
    return this.#context.steps;
  }
  /** Index of the step being shown; -1 before the first. */
  get index(): number {
    return this.#context.index;
  }
  get playing(): boolean {
    return this.state === 'playing';
  }
  get speed(): number {
    return this.#context.speed;
  }
  /** Whether the current step is being shown as part of playback (false when a trace is shown all at once). */
  get live(): boolean {
    return this.#context.live;
  }
  get current(): TraceStep | null {
    return this.#current;
  }
  get highlighted(): TraceStep | null {
    return this.#highlighted;
  }
  /** Engine ids touched by the highlighted step. */
  get touched(): ReadonlySet<string> {
    return this.#touched;
  }
  /** Steps narrated so far, in order. */
  get shown(): TraceStep[] {
    return this.#context.steps.slice(0, this.#context.index + 1);
  }
  get done(): boolean {
    return this.#context.index >= this.#context.steps.length - 1;
  }

  /** Starts playing a new trace from its first step (or shows it all at once when `instant`). */
  play(steps: TraceStep[], instant = false): void {
    this.#actor.send({ type: instant ? 'SHOW' : 'PLAY', steps });
  }
  resume(): void {
    this.#actor.send({ type: 'RESUME' });
  }
  pause(): void {
    this.#actor.send({ type: 'PAUSE' });
  }
  next(): void {
    this.#actor.send({ type: 'NEXT' });
  }
  back(): void {
    this.#actor.send({ type: 'BACK' });
  }
  replay(): void {
    this.#actor.send({ type: 'REPLAY' });
  }
  showAll(): void {
    this.#actor.send({ type: 'SHOW_ALL' });
  }
  setSpeed(speed: number): void {
    this.#actor.send({ type: 'SPEED', speed });
  }
  /** Ends the player (its timer with it), when the page that owns it goes. */
  stop(): void {
    this.#actor.stop();
  }
}

export const [getCascade, setCascade] = createContext<CascadePlayer>();
