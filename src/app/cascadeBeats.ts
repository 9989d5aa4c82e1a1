/**
 * The beats of a cascade: where playback stops. A trace mixes the steps that tell the story (a slash, a rate
 * falling, a service becoming attackable) with routine ones that time passing brings anyway (the chain's rewards,
 * a daily oracle report that gains, a fee mint): a Lido double-sign settled over 19 days is 44 steps, about 36 of
 * them routine. Each telling step is a beat of its own; a run of routine steps is one beat, told as one line that
 * opens to show them. Pure data from the engine's trace.
 */
import type { TraceStep } from '../engine/trace';

/** Steps that time passing brings whatever happens (rewards, fee mints, reports that only gain). */
const ROUTINE = new Set([
  'eth.epochs',
  'eth.finality',
  'lido.fee',
  'lido.report.skipped',
  'rocket.report',
  'cosmos.rewards.day',
  'cosmos.rewards.validator',
  'cosmos.rewards.communityPool',
  'cosmos.rewards.withdraw',
  'cosmos.commission',
  'service.rewards',
]);

export function isRoutine(step: TraceStep): boolean {
  if (step.kind === 'lido.report') {
    // a report that carries a loss is the story (the stETH rate falls); one that gains is routine
    const { preTotalPooledEther: pre, postTotalPooledEther: post } = step.amounts;
    return pre === undefined || post === undefined || post >= pre;
  }
  return ROUTINE.has(step.kind);
}

/** A run of the trace told as one line: a telling step alone, or routine steps together. */
export interface Run {
  /** Index of its first step in the trace. */
  start: number;
  /** Index of its last step (the beat where playback stops). */
  end: number;
  routine: boolean;
}

/** The trace cut into runs, in order: each telling step is one run, consecutive routine steps one run. */
export function runsOf(trace: readonly TraceStep[]): Run[] {
  const runs: Run[] = [];
  trace.forEach((step, i) => {
    const routine = isRoutine(step);
    const last = runs[runs.length - 1];
    if (routine && last?.routine && last.end === i - 1) last.end = i;
    else runs.push({ start: i, end: i, routine });
  });
  return runs;
}

/** Where playback stops: the last step of each run. */
export function beatsOf(trace: readonly TraceStep[]): number[] {
  return runsOf(trace).map((r) => r.end);
}

/** Days of time passing a step tells, when it is the clock moving (a fault settling, or time advanced). */
export function daysPassing(step: TraceStep, epochsPerDay: number): number | null {
  if (step.kind !== 'time.advance') return null;
  const epochs = (step.message?.params as Record<string, unknown> | undefined)?.epochs;
  return typeof epochs === 'number' ? epochs / epochsPerDay : null;
}

/**
 * Services the security steps say can now be attacked at a profit (the engine's cost of corruption below the profit
 * from corruption), as engine id -> name (the name the step's sentence uses).
 */
export function attackableIn(steps: readonly TraceStep[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of steps) {
    if (s.layer !== 'security') continue;
    const params = (s.message?.params ?? {}) as Record<string, unknown>;
    for (const id of s.entities) {
      if (params.nowPays === true) out.set(id, typeof params.avs === 'string' ? params.avs : id);
      else out.delete(id);
    }
  }
  return out;
}
