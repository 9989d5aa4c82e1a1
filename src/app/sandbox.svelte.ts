/**
 * The sandbox route's stores, made and wired together: the scenario session, the graph as drawn, the selection,
 * the cascade and time players, the stake drag, allocation edits, notices, layout preferences, the library and
 * the loader. Components never take this object: `provide()` gives each store its own small context, and a
 * widget reads only the stores it draws (a lesson or an embed makes just those, from a scenario).
 */
import { DEFAULT_NAMESPACE, type KeyValueStore } from './autosave';
import { AllocationEditor, setAllocations } from './allocations';
import { CascadePlayer, setCascade } from './cascade.svelte';
import { GraphView, setGraphView } from './graphView.svelte';
import { LayoutPrefs, setLayoutPrefs } from './layoutPrefs.svelte';
import { Library, setLibrary } from './library.svelte';
import { ModelSwitch, setModelSwitch } from './modelSwitch.svelte';
import { msg } from './messages/message';
import { Notices, setNotices } from './notices.svelte';
import { ScenarioStore, setScenario, type ScenarioChange } from './scenario.svelte';
import { ScenarioDraft, setDraft } from './scenarioDraft.svelte';
import { SavedWork, browserStorage, setSavedWork } from './savedWork.svelte';
import { ScenarioLoader, setLoader } from './scenarioLoader';
import { Selection, setSelection } from './selection.svelte';
import { StakeDrag } from './stakeDrag.svelte';
import { setStakeDrag } from './stakeDragContext';
import { StoryPlayer, setStory } from './story.svelte';
import { TimePlayer, setTimePlayer } from './timePlayer.svelte';

export class Sandbox {
  readonly scenario = new ScenarioStore();
  readonly notices = new Notices();
  readonly selection = new Selection();
  readonly layout = new LayoutPrefs();
  readonly library = new Library();
  readonly cascade = new CascadePlayer();
  readonly graph = new GraphView(this.scenario);
  readonly time = new TimePlayer(this.scenario);
  readonly drag = new StakeDrag(this.scenario, this.graph, this.notices);
  readonly allocations = new AllocationEditor(this.scenario, this.notices);
  readonly models = new ModelSwitch(this.scenario, this.notices);
  readonly work: SavedWork;
  readonly loader: ScenarioLoader;
  readonly story: StoryPlayer;
  /** The world's structure as the learner builds it (add, edit, delete entities). */
  readonly draft: ScenarioDraft;
  readonly #unsubscribe: () => void;

  /** `namespace`: where the work is stored (fuzz mode has its own); `store`: the browser's localStorage. */
  constructor({
    namespace = DEFAULT_NAMESPACE,
    store = browserStorage(),
  }: { namespace?: string; store?: KeyValueStore | null } = {}) {
    this.work = new SavedWork({ store, namespace });
    this.loader = new ScenarioLoader(this.scenario, this.notices, this.work);
    this.story = new StoryPlayer(this.scenario, this.cascade);
    this.draft = new ScenarioDraft(this.scenario, this.selection, this.notices, (json) => this.work.save(json));
    this.#unsubscribe = this.scenario.subscribe((change) => this.#follow(change));
    // The graph shows the world as of the cascade step being narrated.
    this.scenario.followSteps(() => this.cascade.world);
  }

  /** Gives each store to the components under the caller (call during the route component's initialisation). */
  provide(): void {
    setScenario(this.scenario);
    setNotices(this.notices);
    setSelection(this.selection);
    setLayoutPrefs(this.layout);
    setLibrary(this.library);
    setCascade(this.cascade);
    setGraphView(this.graph);
    setTimePlayer(this.time);
    setStakeDrag(this.drag);
    setAllocations(this.allocations);
    setLoader(this.loader);
    setStory(this.story);
    setSavedWork(this.work);
    setModelSwitch(this.models);
    setDraft(this.draft);
  }

  /** Opens what the route asks for, and the library beside it. */
  async start(route: { share: string | null; scenario: string | null }): Promise<void> {
    void this.library.load();
    await this.loader.start(route);
  }

  /** The page is going: timers and actors end. */
  stop(): void {
    this.time.stop();
    this.cascade.stop();
    this.drag.stop();
    this.story.end();
    this.work.stop();
    this.draft.stop();
    this.#unsubscribe();
  }

  #save(): void {
    const json = this.scenario.toJson();
    if (json) this.work.save(json);
  }

  /** What a change of the scenario means for the rest of the sandbox. */
  #follow(change: ScenarioChange): void {
    switch (change.type) {
      case 'loaded':
        this.story.stop();
        this.selection.clear();
        this.graph.reset();
        this.drag.reset();
        this.models.reset();
        this.cascade.play(change.trace, true);
        return;
      case 'applied':
        // An event the learner made answers the last notice (and ends the story); time passing leaves it up.
        if (change.animate) this.notices.dismiss();
        if (!this.story.telling && change.animate) this.story.stop();
        // Played step by step, each step is drawn on the world as of that step.
        this.cascade.play(
          change.trace,
          !change.animate,
          change.animate ? this.scenario.stepWorlds(change.from, this.scenario.position) : null,
        );
        this.#save();
        return;
      case 'moved': {
        this.story.stop();
        this.time.stop();
        // Shown at once; replayed, its steps are drawn on their worlds (asked for only then).
        const at = this.scenario.position;
        this.cascade.play(change.trace, true, at > 0 ? () => this.scenario.stepWorlds(at - 1, at) : null);
        this.#save();
        return;
      }
      case 'refused': {
        const { refused, message } = change.outcome;
        this.notices.show('error', msg(refused ? 'sandbox.refused' : 'sandbox.engineError', { reason: message }), true);
        return;
      }
    }
  }
}
