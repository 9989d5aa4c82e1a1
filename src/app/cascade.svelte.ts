/**
 * Plays an event's trace step by step: which step is current, which entities it touches, and the narration so
 * far. Timing lives here (setTimeout in the app layer, never in the engine); the view only reads `current`,
 * `touched` and `shown`, and animates with CSS classes.
 */
import type { TraceStep } from '../engine/trace';

export const CASCADE_SPEEDS = [0.5, 1, 2, 4] as const;
const BASE_MS = 1100;

export class CascadePlayer {
  steps = $state.raw<TraceStep[]>([]);
  /** Index of the step being shown; -1 before the first. */
  index = $state(-1);
  playing = $state(false);
  speed = $state<number>(1);
  /** Reduced motion: the narration still plays, nothing moves. */
  reducedMotion = $state(false);

  /** Whether the current step is being shown as part of playback (false when a trace is shown all at once). */
  live = $state(false);

  private timer: ReturnType<typeof setTimeout> | null = null;

  get current(): TraceStep | null {
    return this.index >= 0 ? (this.steps[this.index] ?? null) : null;
  }

  /** Steps narrated so far, in order. */
  get shown(): TraceStep[] {
    return this.steps.slice(0, this.index + 1);
  }

  /** Engine ids touched by the current step. */
  get touched(): ReadonlySet<string> {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fresh read-only set per read, never mutated
    return new Set(this.live ? (this.current?.entities ?? []) : []);
  }

  /** The step to highlight in the graph: only while a cascade is being played or stepped through. */
  get highlighted(): TraceStep | null {
    return this.live ? this.current : null;
  }

  get done(): boolean {
    return this.index >= this.steps.length - 1;
  }

  /** Starts playing a new trace from its first step (or shows it all at once when `instant`). */
  play(steps: TraceStep[], instant = false): void {
    this.stop();
    this.steps = steps;
    if (instant || steps.length <= 1) {
      this.index = steps.length - 1;
      this.live = false;
      return;
    }
    this.live = true;
    this.index = 0;
    this.resume();
  }

  resume(): void {
    if (this.done) return;
    this.playing = true;
    this.schedule();
  }

  pause(): void {
    this.playing = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  stop(): void {
    this.pause();
  }

  next(): void {
    this.live = true;
    if (!this.done) this.index += 1;
    if (this.done) this.pause();
  }

  replay(): void {
    this.play(this.steps);
  }

  showAll(): void {
    this.pause();
    this.index = this.steps.length - 1;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.playing) return;
      this.next();
      if (this.playing) this.schedule();
    }, BASE_MS / this.speed);
  }
}
