/**
 * Feedback as data: what the learner's action did (read from the step's trace) and which goal checks passed or
 * failed and why (the actual value against the wanted one), as message keys with parameters. The UI owns the
 * words; the lesson runner owns the facts.
 */
import type { SimEvent } from '../engine/events';
import type { TraceStep } from '../engine/trace';
import { evaluateCheck, type CheckResult, type Message } from './check';
import type { Step } from './lesson';
import type { Observation } from './observation';

export interface ActionSummary {
  /** Event types the learner applied during the step, in order. */
  events: string[];
  /** Distinct trace-step kinds those events produced, in order of first appearance. */
  kinds: string[];
  /** The trace's own sentences (engine message keys when it has them), for "what your action did". */
  sentences: string[];
  message: Message;
}

export interface CheckFeedback {
  line: number;
  check: string;
  pass: boolean;
  message: Message;
}

export type Feedback =
  | { kind: 'acted'; pass: boolean; action: ActionSummary; checks: CheckFeedback[]; message: Message }
  | { kind: 'answer'; choice: string; correct: string; right: boolean; values: Record<string, string>; message: Message };

export function summarizeAction(events: readonly SimEvent[], trace: readonly TraceStep[]): ActionSummary {
  const kinds: string[] = [];
  for (const s of trace) if (!kinds.includes(s.kind)) kinds.push(s.kind);
  const types = events.map((e) => e.type);
  return {
    events: types,
    kinds,
    sentences: trace.filter((s) => s.parent === null).map((s) => s.text),
    message:
      types.length === 0
        ? { key: 'lesson.action.none', params: {} }
        : { key: 'lesson.action.did', params: { events: types.join(', '), count: types.length, kinds: kinds.join(', ') } },
  };
}

export function evaluateGoal(step: Step, obs: Observation): CheckResult[] {
  return step.goal.map((c) => evaluateCheck(c, obs));
}

export function actedFeedback(step: Step, obs: Observation): Feedback & { kind: 'acted' } {
  const results = evaluateGoal(step, obs);
  const pass = results.every((r) => r.pass);
  const failed = results.filter((r) => !r.pass).length;
  return {
    kind: 'acted',
    pass,
    action: summarizeAction(obs.events, obs.trace),
    checks: results.map((r) => ({ line: r.check.line, check: r.check.source, pass: r.pass, message: r.message })),
    message: pass
      ? { key: 'lesson.goal.met', params: { step: step.title } }
      : { key: 'lesson.goal.notMet', params: { step: step.title, failed, total: results.length } },
  };
}
