/**
 * The stores the cascade replay widget reads: the session, the graph as laid out, and the cascade player, and
 * nothing a reader's edits would need (no drag, allocation editor, time player or selection). The replay only
 * tells the scenario's log step by step, so it carries none of the sandbox's gestures (EmbedStores does, for the
 * `sandbox` widget). Like every embed it never reads or writes the app's storage.
 */
import { CascadePlayer, setCascade } from '../cascade.svelte';
import { GraphView, setGraphView } from '../graphView.svelte';
import { ScenarioStore, setScenario } from '../scenario.svelte';

export class CascadeStores {
  readonly scenario = new ScenarioStore();
  readonly cascade = new CascadePlayer();
  readonly graph = new GraphView(this.scenario);
  /** Puts back what was playing when the widget was hidden (scrolled off screen, or a background tab). */
  #resumeWhenVisible: (() => void) | null = null;

  constructor() {
    // The graph shows the world as of the step being narrated, so a card changes at its step, not before.
    this.scenario.followSteps(() => this.cascade.world);
  }

  provide(): void {
    setScenario(this.scenario);
    setCascade(this.cascade);
    setGraphView(this.graph);
  }

  /**
   * Loads the scenario (a file's content, events included) and tells its whole log as one cascade, played step
   * by step (`autoplay`) or shown at once. Returns what is wrong with the scenario, or null.
   */
  load(json: unknown, autoplay: boolean): string | null {
    const problem = this.scenario.load(json);
    if (problem) return problem.message;
    const at = this.scenario.position;
    const trace = Array.from({ length: at }, (_, i) => this.scenario.worldAt(i + 1).trace).flat();
    this.cascade.play(trace, !autoplay, at > 0 ? () => this.scenario.stepWorlds(0, at) : null);
    return null;
  }

  /** The host's Play: the cascade resumes, or replays when it had ended. */
  play(): void {
    if (this.cascade.done) this.cascade.replay();
    else this.cascade.resume();
  }
  pause(): void {
    this.cascade.pause();
  }

  /** Off screen or in a background tab, nothing plays; back in view, what was playing goes on. */
  setVisible(visible: boolean): void {
    if (!visible && !this.#resumeWhenVisible) this.#resumeWhenVisible = this.hold();
    else if (visible && this.#resumeWhenVisible) {
      const resume = this.#resumeWhenVisible;
      this.#resumeWhenVisible = null;
      resume();
    }
  }

  /** Pauses, and returns what puts back what was playing. Widgets with more players add theirs. */
  protected hold(): () => void {
    const cascade = this.cascade.playing;
    this.pause();
    return () => {
      if (cascade) this.cascade.resume();
    };
  }

  stop(): void {
    this.cascade.stop();
  }
}
