/**
 * The stores an embedded widget reads, made from one scenario and nothing else: the session, the graph as drawn,
 * the selection, the cascade and time players, and what the graph's gestures need. Unlike the sandbox (Sandbox in
 * ../sandbox.svelte.ts) there is no saved work, no loader, no library and no layout preferences: an embed never
 * reads or writes the app's storage, and a reader's changes last as long as the page.
 */
import { AllocationEditor, setAllocations } from '../allocations';
import { msg } from '../messages/message';
import { Notices, setNotices } from '../notices.svelte';
import type { ScenarioChange } from '../scenario.svelte';
import { Selection, setSelection } from '../selection.svelte';
import { StakeDrag } from '../stakeDrag.svelte';
import { setStakeDrag } from '../stakeDragContext';
// the sandbox widget is all gestures: the drag comes with it (the sandbox route loads it on demand)
import * as stakeDragRules from '../stakeDragCore.svelte';
import { TimePlayer, setTimePlayer } from '../timePlayer.svelte';
import { MODULES } from '../../engine/registry';
import { provideModules } from '../engineModules';
import { registerAllCardParts } from '../cards/allParts';
import { CascadeStores } from './cascadeStores.svelte';

// The widgets fold any scenario at once (embedStores.load is synchronous): all six models come with them, and
// their cards.
provideModules(MODULES);
registerAllCardParts();

export class EmbedStores extends CascadeStores {
  readonly notices = new Notices();
  readonly selection = new Selection();
  readonly time = new TimePlayer(this.scenario);
  readonly drag = new StakeDrag(this.scenario, this.graph, this.notices, stakeDragRules);
  readonly allocations = new AllocationEditor(this.scenario, this.notices);
  readonly #unsubscribe: () => void;

  constructor() {
    super();
    this.#unsubscribe = this.scenario.subscribe((change) => this.#follow(change));
  }

  override provide(): void {
    super.provide();
    setNotices(this.notices);
    setSelection(this.selection);
    setTimePlayer(this.time);
    setStakeDrag(this.drag);
    setAllocations(this.allocations);
  }

  override pause(): void {
    super.pause();
    this.time.stop();
  }

  protected override hold(): () => void {
    const time = this.time.playing;
    const resume = super.hold();
    return () => {
      resume();
      if (time) this.time.start();
    };
  }

  override stop(): void {
    this.time.stop();
    super.stop();
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
