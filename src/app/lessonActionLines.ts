/**
 * "What your actions did" as lines: each telling step of a lesson step's trace in its own sentence, and a run of
 * routine ones (a day's oracle report that only gains, the chain's rewards, fee mints) as one line that opens to
 * list them, as the sandbox's narration groups them (cascadeBeats.ts). A week of a Lido-like pool is seven
 * reports: the learner should read what changed, not the same sentence seven times.
 */
import type { TraceStep } from '../engine/trace';
import { isRoutine } from './cascadeBeats';

export type ActionLine = { kind: 'told'; text: string } | { kind: 'routine'; texts: string[] };

/** The trace's top-level steps (what each action did; their children are the detail) as lines, in order. */
export function actionLines(trace: readonly TraceStep[]): ActionLine[] {
  const lines: ActionLine[] = [];
  for (const step of trace) {
    if (step.parent !== null) continue;
    const last = lines[lines.length - 1];
    if (!isRoutine(step)) lines.push({ kind: 'told', text: step.text });
    else if (last?.kind === 'routine') last.texts.push(step.text);
    else lines.push({ kind: 'routine', texts: [step.text] });
  }
  // one routine step alone is no run: it reads as itself (a week's rewards are the point of lesson 2's step)
  return lines.map((l) => (l.kind === 'routine' && l.texts.length === 1 ? { kind: 'told', text: l.texts[0] } : l));
}
