/**
 * Plays an event's trace step by step: which step is current, which entities it touches, and the narration so
 * far. The lifecycle and its timer are the cascade machine's (cascadeMachine.ts), run as an actor in the app layer
 * (never in the engine); the view only reads `current`, `touched` and `shown`, and animates with CSS classes.
 */
import { createContext } from 'svelte';
import type { TraceStep } from '../engine/trace';
import type { World } from '../engine/world';
import { ActorState } from './actorState.svelte';
import { cascadeMachine } from './cascadeMachine';
import { attackableIn, beatsOf } from './cascadeBeats';

export { CASCADE_SPEEDS } from './cascadeMachine';
export type CascadeState = 'idle' | 'playing' | 'paused' | 'done';

/** The world as of each step of a trace, or a function that gives them when first needed. */
export type StepWorlds = readonly World[] | (() => readonly World[] | null) | null;

export class CascadePlayer {
  readonly #actor = new ActorState(cascadeMachine);
  readonly #context = $derived(this.#actor.snapshot.context);
  readonly #current = $derived(this.#context.index >= 0 ? (this.#context.steps[this.#context.index] ?? null) : null);
  /** The step to highlight in the graph: only while a cascade is being played or stepped through. */
  readonly #highlighted = $derived(this.#context.live ? this.#current : null);
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new set for each step, never mutated
  readonly #touched = $derived<ReadonlySet<string>>(new Set(this.#highlighted?.entities ?? []));
  /**
   * The engine's world as of each step of the trace (Timeline.stepWorlds), or how to get them: a trace shown at once
   * (a move in the log) asks for them only if it is replayed step by step.
   */
  #worlds = $state.raw<StepWorlds>(null);
  #resolved: { from: StepWorlds; worlds: readonly World[] | null } | null = null;
  /** The world as of the step shown, while a trace is played with its worlds; null otherwise (the world is final). */
  readonly #world = $derived.by(() => {
    if (!this.#context.live || this.#context.index < 0 || !this.#worlds) return null;
    return this.#stepWorlds()?.[this.#context.index] ?? null;
  });
  /**
   * Services the steps so far say can now be attacked at a profit. The same map while its content stays the same:
   * every card reads it, and a new map at each step would make all of them check again.
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- never mutated
  #lastAttackable: ReadonlyMap<string, string> = new Map();
  readonly #attackable = $derived.by<ReadonlyMap<string, string>>(() => {
    const next = attackableIn(this.shown);
    const last = this.#lastAttackable;
    const same = next.size === last.size && [...next].every(([id, name]) => last.get(id) === name);
    return same ? last : (this.#lastAttackable = next);
  });
  readonly #beat = $derived(this.#context.stops.filter((i) => i <= this.#context.index).length);

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
  /** The world as of the step being shown (null when the world at the cursor is the one to draw). */
  get world(): World | null {
    return this.#world;
  }
  /** Where playback stops, as step indices (a run of routine steps is one stop). */
  get stops(): number[] {
    return this.#context.stops;
  }
  /** How many beats are shown (1-based "Step i of n"), and how many there are. */
  get beat(): number {
    return this.#beat;
  }
  get beats(): number {
    return this.#context.stops.length;
  }
  /** Services that, as of the step shown, can be attacked at a profit: engine id -> name. */
  get attackable(): ReadonlyMap<string, string> {
    return this.#attackable;
  }
  /** Steps narrated so far, in order. */
  get shown(): TraceStep[] {
    return this.#context.steps.slice(0, this.#context.index + 1);
  }
  get done(): boolean {
    return this.#context.index >= this.#context.steps.length - 1;
  }

  /**
   * Starts playing a new trace from its first beat (or shows it all at once when `instant`); `worlds`, the world as
   * of each step, lets the graph show each step as it happens. Routine steps are grouped into one beat.
   */
  play(steps: TraceStep[], instant = false, worlds: StepWorlds = null): void {
    this.#worlds = Array.isArray(worlds) && worlds.length !== steps.length ? null : worlds;
    this.#actor.send({ type: instant ? 'SHOW' : 'PLAY', steps, stops: beatsOf(steps) });
  }
  /** The worlds of the trace being played, asked for once (null when there are none or they do not fit). */
  #stepWorlds(): readonly World[] | null {
    const from = this.#worlds;
    if (this.#resolved?.from !== from) {
      const worlds = typeof from === 'function' ? from() : from;
      this.#resolved = { from, worlds: worlds && worlds.length === this.#context.steps.length ? worlds : null };
    }
    return this.#resolved.worlds;
  }

  /** Calls `listener` each time a trace has been shown to its end; returns the unsubscribe. */
  onDone(listener: () => void): () => void {
    // a new trace shown at once re-enters 'done' with new steps: that is a new end too
    return this.#actor.onEnter('done', listener, (snapshot) => snapshot.context.steps);
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
