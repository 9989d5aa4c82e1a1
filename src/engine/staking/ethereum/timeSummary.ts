/**
 * One trace step per time-advancing event for the chain's continuous processes: rewards and penalties of every
 * tracked validator, movements merged per validator and reason, and one sentence that says what
 * happened overall. Lifecycle transitions get their own steps, parented to it.
 */
import { say } from '../../messages/say';
import type { Movement } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { setMessage, type Tracer } from '../../trace';
import { validatorName } from '../../accountNames';

export interface TimeSummary {
  stepId: number;
  from: number;
  to: number;
  reward: bigint;
  penalty: bigint;
  inactivity: bigint;
  earners: Set<string>;
  /** Validators that paid penalties (flag or inactivity), with what they paid. */
  losers: Map<string, bigint>;
  /**
   * The step's movements merged per validator and reason, keyed by the validator id (not a built string: a day
   * of 1,000 validators must cost well under a millisecond).
   */
  merged: Map<string, Movement>[];
}

const REWARD = 0;
const PENALTY = 1;
const INACTIVITY = 2;

const summaries = new WeakMap<Tracer, TimeSummary>();

export function timeSummary(ctx: Ctx, from: number): TimeSummary {
  let s = summaries.get(ctx.trace);
  if (!s) {
    const stepId = ctx.trace.step({
      kind: 'eth.epochs',
      layer: 'chain',
      entities: [],
      amounts: {},
      text: '',
    });
    s = {
      stepId,
      from,
      to: from,
      reward: 0n,
      penalty: 0n,
      inactivity: 0n,
      earners: new Set(),
      losers: new Map(),
      merged: [new Map(), new Map(), new Map()],
    };
    summaries.set(ctx.trace, s);
  }
  return s;
}

export function recordReward(s: TimeSummary, id: string, m: Movement): void {
  if (m.amount === 0n) return;
  s.reward += m.amount;
  s.earners.add(id);
  merge(s.merged[REWARD], id, m);
}

export function recordPenalty(s: TimeSummary, id: string, m: Movement, inactivity: boolean): void {
  if (m.amount === 0n) return;
  if (inactivity) s.inactivity += m.amount;
  else s.penalty += m.amount;
  s.losers.set(id, (s.losers.get(id) ?? 0n) + m.amount);
  merge(s.merged[inactivity ? INACTIVITY : PENALTY], id, m);
}

function merge(map: Map<string, Movement>, id: string, m: Movement): void {
  const same = map.get(id);
  if (same) same.amount += m.amount;
  else map.set(id, { ...m });
}

/** Flushes the movements into the step and rewrites its sentence to cover everything so far. */
export function finishSummary(ctx: Ctx, s: TimeSummary, to: number): void {
  s.to = to;
  const step = ctx.trace.steps.find((x) => x.id === s.stepId);
  if (!step) return;
  // Only this module writes this step's movements, so they can be rebuilt from the merged maps.
  step.movements = s.merged.flatMap((map) => [...map.values()]);
  const ids = new Set([...s.earners, ...s.losers.keys()]);
  step.entities = [...ids];
  step.amounts = { rewards: s.reward, penalties: s.penalty, inactivityPenalties: s.inactivity };
  // The first three losers by name, the rest as one total.
  const named = [...s.losers.entries()]
    .slice(0, 3)
    .map(([validator, lost]) => ({ validator: validatorName(ctx.world, validator), lost }));
  setMessage(
    step,
    say('ethereum.epochs', {
      epochs: s.to - s.from,
      earners: s.earners.size,
      reward: s.reward,
      named,
      moreCount: Math.max(0, s.losers.size - 3),
      moreLost: s.penalty + s.inactivity - named.reduce((a, b) => a + b.lost, 0n),
      inactivity: s.inactivity,
    }),
  );
}
