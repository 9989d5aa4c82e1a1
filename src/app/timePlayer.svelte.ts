/**
 * Time passing in the sandbox: one step of the chosen unit (an epoch, a day, a week) on request, or one a second
 * while playing. A step the engine refuses stops the clock (the scenario store reports the refusal).
 */
import { createContext } from 'svelte';
import { EPOCHS_PER_DAY } from '../engine/time';
import type { EventJson } from './session.svelte';
import type { ScenarioStore } from './scenario.svelte';

export type TimeUnit = 'epoch' | 'day' | 'week';
export const TIME_UNITS: readonly TimeUnit[] = ['epoch', 'day', 'week'];
const TICK_MS = 1000;

export function timeEvent(unit: TimeUnit): EventJson {
  switch (unit) {
    case 'epoch':
      return { type: 'AdvanceTime', epochs: 1 };
    case 'day':
      return { type: 'AdvanceTime', days: 1 };
    case 'week':
      return { type: 'AdvanceTime', days: 7 };
  }
}

export class TimePlayer {
  readonly #scenario: ScenarioStore;
  #unit = $state<TimeUnit>('day');
  #playing = $state(false);
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(scenario: ScenarioStore) {
    this.#scenario = scenario;
  }

  get unit(): TimeUnit {
    return this.#unit;
  }
  get playing(): boolean {
    return this.#playing;
  }
  get epoch(): number {
    // the world drawn: a cascade being played shows its clock as of the step narrated (time passing inside a fault)
    return this.#scenario.shown?.epoch ?? 0;
  }
  get day(): number {
    return Math.floor(this.epoch / EPOCHS_PER_DAY);
  }

  setUnit(unit: TimeUnit): void {
    this.#unit = unit;
  }

  /** Moves time on by one unit; false (and the clock stopped) when the engine refuses. */
  step(): boolean {
    const outcome = this.#scenario.dispatch(timeEvent(this.#unit), false);
    if (!outcome.ok) this.stop();
    return outcome.ok;
  }

  start(): void {
    if (this.#playing) return;
    this.#playing = true;
    this.#timer = setInterval(() => this.step(), TICK_MS);
  }

  stop(): void {
    this.#playing = false;
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}

export const [getTimePlayer, setTimePlayer] = createContext<TimePlayer>();
