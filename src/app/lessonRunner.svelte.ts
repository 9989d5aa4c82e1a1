/**
 * A lesson running in the browser: the runner machine (src/lessons/machine.ts) as an actor read through runes,
 * and the stores the lesson's widgets read (the same as the sandbox's, without autosave), holding the current
 * step's world. Each step starts from its own start state (the scenario and the events before it, in the
 * session's log, so the learner's own actions can be undone but not the start); every change the learner makes
 * is reported to the machine as ACTED with what happened since the step began. "Show me" plays the step's
 * events from its start, as one undoable gesture. Progress is saved on every change.
 */
import type { EventJson } from './session.svelte';
import { ActorState } from './actorState.svelte';
import { AllocationEditor, setAllocations } from './allocations';
import { CascadePlayer, setCascade } from './cascade.svelte';
import { GraphView, setGraphView } from './graphView.svelte';
import { msg } from './messages/message';
import { Notices, setNotices } from './notices.svelte';
import { ScenarioStore, setScenario, type ScenarioChange } from './scenario.svelte';
import { Selection, setSelection } from './selection.svelte';
import { StakeDrag } from './stakeDrag.svelte';
import { setStakeDrag } from './stakeDragContext';
// a lesson's steps ask for drags: the drag comes with the lesson (the sandbox route loads it on demand)
import * as stakeDragRules from './stakeDragCore.svelte';
import { TimePlayer, setTimePlayer } from './timePlayer.svelte';
import { saveProgress } from './lessonProgress';
import { parseEvents } from '../engine/scenario/validate';
import {
  createLessonMachine,
  play,
  toProgress,
  type Observation,
  type PreparedLesson,
  type Progress,
} from '../lessons/api';
import type { ScenarioRef } from '../lessons/lesson';
import { MODULES } from '../engine/registry';
import { provideModules } from './engineModules';
import { registerAllCardParts } from './cards/allParts';

// The lesson page's bundle holds all six models already (src/lessons folds with sim.ts): the session may use them,
// and draws their cards.
provideModules(MODULES);
registerAllCardParts();

type LessonMachine = ReturnType<typeof createLessonMachine>;

/** A step's start as the session holds it: a scenario (with its own events) and the events put on top. */
interface StartLog {
  scenario: Record<string, unknown>;
  log: EventJson[];
}

function scenarioJson(ref: ScenarioRef, read: (file: string) => unknown): Record<string, unknown> {
  return ('file' in ref ? read(ref.file) : ref.inline) as Record<string, unknown>;
}

/** Each step's start log, following prepare.ts: a step continues from where the previous one's "show me" ends. */
export function startLogs(prepared: PreparedLesson, read: (file: string) => unknown): StartLog[] {
  const out: StartLog[] = [];
  let lessonStart: StartLog | null = null;
  let previousEnd: StartLog | null = null;
  for (const { step } of prepared.lesson.steps.map((s) => ({ step: s }))) {
    const fromLesson = (): StartLog => {
      if (!lessonStart) {
        const json = scenarioJson(prepared.lesson.meta.scenario, read);
        lessonStart = { scenario: json, log: ((json.events as EventJson[] | undefined) ?? []).slice() };
      }
      return lessonStart;
    };
    let base: StartLog;
    if (step.start?.fromPrevious && previousEnd) base = previousEnd;
    else if (step.start?.scenario) {
      const json = scenarioJson(step.start.scenario, read);
      base = { scenario: json, log: ((json.events as EventJson[] | undefined) ?? []).slice() };
    } else if (step.start || !previousEnd) base = fromLesson();
    else base = previousEnd;
    const start: StartLog = {
      scenario: base.scenario,
      log: [...base.log, ...((step.start?.input ?? []) as EventJson[])],
    };
    out.push(start);
    previousEnd = { scenario: start.scenario, log: [...start.log, ...((step.showMe[0]?.input ?? []) as EventJson[])] };
  }
  return out;
}

export class LessonRunner {
  readonly scenario = new ScenarioStore();
  readonly notices = new Notices();
  readonly selection = new Selection();
  readonly cascade = new CascadePlayer();
  readonly graph = new GraphView(this.scenario);
  readonly time = new TimePlayer(this.scenario);
  readonly drag = new StakeDrag(this.scenario, this.graph, this.notices, stakeDragRules);
  readonly allocations = new AllocationEditor(this.scenario, this.notices);
  readonly runner: ActorState<LessonMachine>;
  readonly starts: StartLog[];
  /** Why the last save failed (a full storage), or null. */
  saveError = $state<string | null>(null);
  /** Where the current step's own events begin in the session's log. */
  #startAt = 0;
  #step = -1;
  #showMe: unknown = null;
  readonly #unsubscribe: () => void;

  constructor(
    readonly prepared: PreparedLesson,
    read: (file: string) => unknown,
    progress?: Progress,
    step?: number,
  ) {
    this.starts = startLogs(prepared, read);
    this.runner = new ActorState(createLessonMachine(prepared), { input: { progress, step } });
    this.#unsubscribe = this.scenario.subscribe((change) => this.#follow(change));
    this.#sync();
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

  get context() {
    return this.runner.snapshot.context;
  }
  get stepIndex(): number {
    return this.runner.snapshot.context.stepIndex;
  }
  /** The learner reached the end once (reviewing its steps afterwards keeps it finished). */
  get finished(): boolean {
    return this.runner.snapshot.context.finished;
  }
  /** 'predict' | 'act' | 'reveal' within the step, or 'sandbox' at the end. */
  get phase(): 'predict' | 'act' | 'reveal' | 'sandbox' {
    const v = this.runner.snapshot.value;
    if (typeof v === 'string') return 'sandbox';
    return Object.values(v)[0] as 'predict' | 'act' | 'reveal';
  }
  /** What happened since the step started: the learner's events, replayed from the step's start state. */
  get observation(): Observation {
    void this.scenario.revision;
    const start = this.prepared.steps[this.stepIndex].start;
    const own = this.scenario.log.slice(this.#startAt, Math.max(this.#startAt, this.scenario.position));
    const parsed = parseEvents(own);
    if (!parsed.ok || own.length === 0) return start;
    try {
      return play(start.world, parsed.value, 0, 'learner');
    } catch {
      return start;
    }
  }

  send(event: Parameters<ActorState<LessonMachine>['send']>[0]): void {
    this.runner.send(event);
    this.#sync();
  }

  /** Restarts the step from its start state. */
  resetStep(): void {
    this.send({ type: 'RESET_STEP' });
    this.#enter(this.stepIndex);
  }

  /** Undo the learner's last action, never past the step's start. */
  undo(): void {
    if (this.scenario.position > this.#startAt) this.scenario.undo();
  }
  get canUndo(): boolean {
    return this.scenario.position > this.#startAt;
  }

  stop(): void {
    this.time.stop();
    this.cascade.stop();
    this.drag.stop();
    this.#unsubscribe();
    this.runner.stop();
  }

  #enter(i: number): void {
    const { scenario, log } = this.starts[i];
    this.#load(scenario, log);
  }

  /** The lesson's final state (the last step's start and its "show me"), for a lesson reopened on its end. */
  #enterEnd(): void {
    const last = this.starts.length - 1;
    const { scenario, log } = this.starts[last];
    const showMe = (this.prepared.steps[last].step.showMe[0]?.input ?? []) as EventJson[];
    this.#load(scenario, [...log, ...showMe]);
  }

  #load(scenario: Record<string, unknown>, log: EventJson[]): void {
    const problem = this.scenario.load({ ...scenario, events: log });
    if (problem) this.notices.show('error', msg('sandbox.engineError', { reason: problem.message }), true);
    this.#startAt = log.length;
  }

  /** After every machine change: a new step loads its start; "show me" plays; progress is saved. */
  #sync(): void {
    const ctx = this.runner.snapshot.context;
    if (this.#step === -1 && this.phase === 'sandbox') {
      // Reopened on the completion screen: the free sandbox starts from where the lesson ends.
      this.#step = ctx.stepIndex;
      this.#enterEnd();
    } else if (ctx.stepIndex !== this.#step) {
      this.#step = ctx.stepIndex;
      this.#enter(ctx.stepIndex);
    }
    if (ctx.showMe && ctx.showMe !== this.#showMe) {
      this.#showMe = ctx.showMe;
      this.#enter(ctx.stepIndex);
      const input = (this.prepared.steps[ctx.stepIndex].step.showMe[0]?.input ?? []) as EventJson[];
      this.scenario.dispatch(input);
    }
    this.saveError = saveProgress(toProgress(this.runner.snapshot.context), {
      title: this.prepared.lesson.meta.title,
      steps: this.prepared.steps.length,
    });
  }

  #follow(change: ScenarioChange): void {
    if (change.type === 'loaded') {
      this.selection.clear();
      this.graph.reset(true); // every step starts from the lesson's scenario: its cards keep their order
      this.drag.reset();
      this.cascade.play(change.trace, true);
      return;
    }
    if (change.type === 'refused') {
      const { refused, message } = change.outcome;
      this.notices.show('error', msg(refused ? 'sandbox.refused' : 'sandbox.engineError', { reason: message }), true);
      return;
    }
    this.cascade.play(change.trace, change.type === 'moved' || !change.animate);
    if (change.type === 'applied' && change.animate) this.notices.dismiss();
    if (this.phase !== 'act') return;
    const obs = this.observation;
    this.send({ type: 'ACTED', world: obs.world, trace: obs.trace, events: obs.events });
  }
}
