/**
 * The stores an embedded widget reads, made from one scenario and nothing else: the session, the graph as drawn,
 * the selection, the cascade and time players, and what the graph's gestures need. Unlike the sandbox (Sandbox in
 * ../sandbox.svelte.ts) there is no saved work, no loader, no library and no layout preferences: an embed never
 * reads or writes the app's storage, and a reader's changes last as long as the page.
 */
import { AllocationEditor, setAllocations } from '../allocations';
import { CascadePlayer, setCascade } from '../cascade.svelte';
import { GraphView, setGraphView } from '../graphView.svelte';
import { msg } from '../messages/message';
import { Notices, setNotices } from '../notices.svelte';
import { ScenarioStore, setScenario, type ScenarioChange } from '../scenario.svelte';
import { Selection, setSelection } from '../selection.svelte';
import { StakeDrag, setStakeDrag } from '../stakeDrag.svelte';
import { TimePlayer, setTimePlayer } from '../timePlayer.svelte';
import { MODULES } from '../../engine/registry';
import { provideModules } from '../engineModules';

// The widgets fold any scenario at once (embedStores.load is synchronous): all six models come with them.
provideModules(MODULES);

export class EmbedStores {
  readonly scenario = new ScenarioStore();
  readonly notices = new Notices();
  readonly selection = new Selection();
  readonly cascade = new CascadePlayer();
  readonly graph = new GraphView(this.scenario);
  readonly time = new TimePlayer(this.scenario);
  readonly drag = new StakeDrag(this.scenario, this.graph, this.notices);
  readonly allocations = new AllocationEditor(this.scenario, this.notices);
  readonly #unsubscribe: () => void;
  /** What was playing when the widget was hidden (scrolled off screen, or the tab in the background). */
  #heldWhileHidden: { cascade: boolean; time: boolean } | null = null;

  constructor() {
    this.#unsubscribe = this.scenario.subscribe((change) => this.#follow(change));
    this.scenario.followSteps(() => this.cascade.world);
  }

  provide(): void {
    setScenario(this.scenario);
    setNotices(this.notices);
    setSelection(this.selection);
    setCascade(this.cascade);
    setGraphView(this.graph);
    setTimePlayer(this.time);
    setStakeDrag(this.drag);
    setAllocations(this.allocations);
  }

  /**
   * Loads the scenario (a file's content, events included); the whole log's cascade is then played step by step
   * (`autoplay`) or shown at once. Returns what is wrong with the scenario, or null.
   */
  load(json: unknown, autoplay: boolean): string | null {
    const problem = this.scenario.load(json);
    if (problem) return problem.message;
    // The whole log told as one cascade, each step drawn on its world (the worlds come in the same order).
    const at = this.scenario.position;
    const trace = Array.from({ length: at }, (_, i) => this.scenario.worldAt(i + 1).trace).flat();
    this.cascade.play(trace, !autoplay, at > 0 ? () => this.scenario.stepWorlds(0, at) : null);
    return null;
  }

  /** The host's or the reader's Play: the cascade resumes (or replays when it had ended). */
  play(): void {
    if (this.cascade.done) this.cascade.replay();
    else this.cascade.resume();
  }
  pause(): void {
    this.cascade.pause();
    this.time.stop();
  }

  /** Off screen or in a background tab, nothing plays; back in view, what was playing goes on. */
  setVisible(visible: boolean): void {
    if (!visible && !this.#heldWhileHidden) {
      this.#heldWhileHidden = { cascade: this.cascade.playing, time: this.time.playing };
      this.pause();
    } else if (visible && this.#heldWhileHidden) {
      const held = this.#heldWhileHidden;
      this.#heldWhileHidden = null;
      if (held.cascade) this.cascade.resume();
      if (held.time) this.time.start();
    }
  }

  stop(): void {
    this.time.stop();
    this.cascade.stop();
    this.drag.stop();
    this.#unsubscribe();
  }

  #follow(change: ScenarioChange): void {
    switch (change.type) {
      case 'loaded':
        this.selection.clear();
        this.graph.reset();
        this.drag.reset();
        return;
      case 'applied':
        if (change.animate) this.notices.dismiss();
        this.cascade.play(
          change.trace,
          !change.animate,
          change.animate ? this.scenario.stepWorlds(change.from, this.scenario.position) : null,
        );
        return;
      case 'moved':
        this.cascade.play(change.trace, true);
        return;
      case 'refused':
        this.notices.show(
          'error',
          msg(change.outcome.refused ? 'sandbox.refused' : 'sandbox.engineError', { reason: change.outcome.message }),
          true,
        );
        return;
    }
  }
}
