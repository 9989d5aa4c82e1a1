/**
 * The story player: plays a prepared scenario's events one after the other, each cascade step by step, or skips to
 * the end at once. The lifecycle is the story machine's (storyMachine.ts); the events come from the scenario's log
 * (a prepared scenario opens at its start, its events after the cursor), the playback of each from the cascade
 * player, whose end lets the story go on.
 */
import { createContext } from 'svelte';
import { ActorState } from './actorState.svelte';
import { storyMachine } from './storyMachine';
import type { CascadePlayer } from './cascade.svelte';
import type { ScenarioStore } from './scenario.svelte';

export class StoryPlayer {
  readonly #scenario: ScenarioStore;
  readonly #actor: ActorState<typeof storyMachine>;
  readonly #unsubscribe: () => void;
  /** True while the story applies its next event (so the sandbox does not take it for the learner's). */
  #telling = false;

  constructor(scenario: ScenarioStore, cascade: CascadePlayer) {
    this.#scenario = scenario;
    this.#actor = new ActorState(
      storyMachine.provide({
        actions: {
          tell: () => {
            this.#telling = true;
            try {
              scenario.tellNext();
            } finally {
              this.#telling = false;
            }
          },
        },
        guards: { more: () => scenario.canRedo },
      }),
    );
    this.#unsubscribe = cascade.onDone(() => this.#actor.send({ type: 'TOLD' }));
  }

  /** Whether the story is being played (an event told, or a rest before the next). */
  get playing(): boolean {
    return this.#actor.snapshot.value !== 'idle';
  }
  /** Whether the change being made is the story's own (its next event). */
  get telling(): boolean {
    return this.#telling;
  }

  play(): void {
    this.#actor.send({ type: 'PLAY' });
  }
  stop(): void {
    this.#actor.send({ type: 'STOP' });
  }
  /** Every event of the story applied at once: the world at its end. */
  skipToEnd(): void {
    this.stop();
    this.#scenario.goTo(this.#scenario.log.length);
  }
  /** Ends the player (its timer with it), when the page that owns it goes. */
  end(): void {
    this.#unsubscribe();
    this.#actor.stop();
  }
}

export const [getStory, setStory] = createContext<StoryPlayer>();
