/**
 * An xstate actor read as runes: the snapshot is `$state.raw`, replaced on every change the actor reports, so a
 * store's getters (and the components reading them) follow the machine. Events go in through `send`.
 */
import { createActor, type ActorOptions, type AnyActorLogic, type EventFromLogic, type SnapshotFrom } from 'xstate';

export class ActorState<Logic extends AnyActorLogic> {
  readonly #actor;
  #snapshot: SnapshotFrom<Logic> = $state.raw() as SnapshotFrom<Logic>;

  constructor(logic: Logic, options?: ActorOptions<Logic>) {
    this.#actor = createActor(logic, options);
    this.#snapshot = this.#actor.getSnapshot();
    this.#actor.subscribe((snapshot) => {
      this.#snapshot = snapshot;
    });
    this.#actor.start();
  }

  get snapshot(): SnapshotFrom<Logic> {
    return this.#snapshot;
  }

  send(event: EventFromLogic<Logic>): void {
    this.#actor.send(event);
  }

  /**
   * Calls `listener` each time the actor enters `state` (a top-level state value), or is in it again with a new
   * `key` (a machine that re-enters the state it is in for a new task); returns the unsubscribe.
   */
  onEnter(
    state: string,
    listener: () => void,
    key: (snapshot: SnapshotFrom<Logic>) => unknown = () => null,
  ): () => void {
    const first = this.#actor.getSnapshot();
    let was = { value: (first as { value?: unknown }).value, key: key(first) };
    const sub = this.#actor.subscribe((snapshot) => {
      const now = { value: (snapshot as { value?: unknown }).value, key: key(snapshot) };
      const entered = now.value === state && (was.value !== state || was.key !== now.key);
      was = now;
      if (entered) listener();
    });
    return () => sub.unsubscribe();
  }

  /** Stops the actor (its timers with it); the last snapshot stays readable. */
  stop(): void {
    this.#actor.stop();
  }
}
