/**
 * What the clicker drives on each page (presenter.svelte.ts's PresenterTarget): the sandbox (a cascade beat by
 * beat, then the scenario's story event by event) and a lesson (a cascade beat by beat, then the lesson's own
 * steps). Which move a click makes is presenterSteps.ts's pure decision; here it is carried out with the page's
 * stores. The students' link never carries `?present` (nor the projector's theme), and the sandbox's is the ordinary share link, which on a
 * student's device keeps their own work in Recent work before it opens (scenarioLoader.ts).
 */
import type { CascadePlayer } from './cascade.svelte';
import type { LessonRunner } from './lessonRunner.svelte';
import type { Sandbox } from './sandbox.svelte';
import type { PresenterTarget, PresenterWhere } from './presenter.svelte';
import { lessonBack, lessonForward, sandboxBack, sandboxForward, type CascadeView, type Move } from './presenterSteps';
import { lessonHash, studentUrl } from './studentLink';

const view = (c: CascadePlayer): CascadeView => ({ beat: c.beat, beats: c.beats, done: c.done, live: c.live });
const cascadeWhere = (c: CascadePlayer): PresenterWhere['cascade'] =>
  c.live && c.beats > 1 ? { beat: c.beat, beats: c.beats } : null;

/** A new event's cascade waits on its first beat: the class moves on at the teacher's click, not a timer. */
function holdFirstBeat(cascade: CascadePlayer): void {
  if (cascade.playing) cascade.pause();
}

export function sandboxTarget(sandbox: Sandbox): PresenterTarget {
  const { cascade, scenario, story, loader } = sandbox;
  return {
    kind: 'sandbox',
    notes: '',
    get where(): PresenterWhere {
      return { title: scenario.scenario?.name ?? '', lesson: null, cascade: cascadeWhere(cascade) };
    },
    get caption() {
      return cascade.highlighted;
    },
    forward(): Move {
      const move = sandboxForward(view(cascade), scenario.canRedo);
      if (move === 'cascadeNext') cascade.next();
      else if (move === 'storyNext') {
        story.stop();
        scenario.tellNext();
        holdFirstBeat(cascade);
      }
      return move;
    },
    back(): Move {
      const move = sandboxBack(view(cascade), scenario.canUndo);
      if (move === 'cascadeBack') cascade.back();
      else if (move === 'storyBack') {
        story.stop();
        scenario.undo();
      }
      return move;
    },
    reset(): void {
      if (cascade.beats < 2) return;
      cascade.replay();
      holdFirstBeat(cascade);
    },
    async studentLink() {
      const result = await loader.shareLink();
      if ('error' in result) return result;
      return { url: studentUrl(result.url) };
    },
    refit: () => sandbox.graph.refit(),
  };
}

export function lessonTarget(runner: LessonRunner): PresenterTarget {
  const { cascade } = runner;
  const lesson = runner.prepared.lesson;
  return {
    kind: 'lesson',
    notes: lesson.meta.teacherNotes.trim(),
    get where(): PresenterWhere {
      const i = runner.stepIndex;
      return {
        title: lesson.meta.title,
        lesson: {
          step: i + 1,
          steps: lesson.steps.length,
          stepTitle: lesson.steps[i]?.title ?? '',
          phase: runner.phase,
        },
        cascade: cascadeWhere(cascade),
      };
    },
    get caption() {
      return cascade.highlighted;
    },
    forward(): Move {
      const move = lessonForward(view(cascade), runner.phase);
      if (move === 'cascadeNext') cascade.next();
      else if (move === 'showMe') {
        runner.send({ type: 'SHOW_ME' });
        holdFirstBeat(cascade);
      } else if (move === 'lessonNext') runner.send({ type: 'NEXT' });
      return move;
    },
    back(): Move {
      const move = lessonBack(view(cascade), runner.stepIndex, runner.phase);
      if (move === 'cascadeBack') cascade.back();
      else if (move === 'lessonBack') runner.send({ type: 'BACK' });
      return move;
    },
    reset(): void {
      if (runner.phase !== 'sandbox') runner.resetStep();
    },
    async studentLink() {
      const step = lesson.steps[runner.stepIndex] ?? lesson.steps[0];
      return { url: studentUrl(location.href, lessonHash(lesson.meta.id, step.id)) };
    },
    refit: () => runner.graph.refit(),
  };
}
