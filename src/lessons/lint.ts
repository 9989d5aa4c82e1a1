/**
 * What `npm run lessons:check` checks, beyond parsing: against the step's own states, every placeholder
 * resolves, the predict answer is computable (prepare.ts), and the goal is a real task: it FAILS on the step's
 * start state (a goal that is already met teaches nothing) and PASSES after each show-me.
 */
import { evaluateCheck } from './check';
import type { LessonIssue } from './lesson';
import type { Observation } from './observation';
import type { PreparedLesson } from './prepare';
import { fillBlocks } from './text';
import type { Block } from './markdown';

export function lintLesson(p: PreparedLesson): LessonIssue[] {
  const { file } = p.lesson;
  const issues: LessonIssue[] = [];
  const at = (line: number, message: string) => issues.push({ file, line, message });
  const resolves = (blocks: readonly Block[], obs: Observation, when: string) => {
    for (const e of fillBlocks(blocks, obs).errors) at(e.line, `{{${e.pathText}}} does not resolve ${when}: ${e.reason}`);
  };
  for (const ps of p.steps) {
    const { step, start, outcomes } = ps;
    const outcome = outcomes[0] ?? start;
    resolves(step.narration, start, "on the step's start state");
    step.hints.forEach((h) => resolves(h, start, "on the step's start state"));
    if (step.predict) {
      resolves(step.predict.question, start, "on the step's start state");
      step.predict.choices.forEach((c) => resolves(c.label, start, "on the step's start state"));
    }
    resolves(step.reveal, outcome, "on the step's outcome (after its first show-me)");
    if (step.goal.length) {
      const before = step.goal.map((c) => evaluateCheck(c, start));
      if (before.every((r) => r.pass)) {
        at(
          step.goal[0].line,
          'the goal already holds on the step\'s start state, so it asks nothing of the learner (make one check fail before the show-me)',
        );
      }
      outcomes.forEach((o, i) => {
        for (const r of step.goal.map((c) => evaluateCheck(c, o))) {
          if (!r.pass) {
            const why = Object.entries(r.message.params)
              .filter(([k]) => k !== 'check')
              .map(([k, v]) => `${k} ${v}`)
              .join(', ');
            at(r.check.line, `"${r.check.source}" fails after show-me #${i + 1} (line ${step.showMe[i].line}): ${r.message.key}${why ? ` (${why})` : ''}`);
          }
        }
      });
    }
  }
  const first = p.lesson.steps[0]?.line ?? 1;
  if (!p.lesson.steps.some((s) => s.goal.length && !s.challenge)) {
    at(first, 'a lesson needs at least one hands-on step with a ```goal before its challenge');
  }
  if (!p.lesson.steps.some((s) => s.predict)) at(first, 'a lesson needs at least one ```predict question');
  return issues;
}
