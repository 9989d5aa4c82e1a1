/**
 * A predict question's right answer, computed by the engine from the step's outcome: never typed by hand.
 * `values` holds each compared value as text, so the reveal can say why ("0.007813 ETH against 0.0015 ETH").
 */
import { evaluateCheck } from './check';
import { formatValue } from './format';
import type { Predict } from './lesson';
import type { Observation } from './observation';
import { resolve, ResolveError } from './resolve';
import { asFraction, compareFractions } from './value';

export type Answer =
  | { ok: true; choice: string; values: Record<string, string> }
  | { ok: false; error: string };

export function computeAnswer(predict: Predict, obs: Observation): Answer {
  const rule = predict.answer;
  try {
    if (rule.kind === 'largest') {
      let best: { id: string; f: { num: bigint; den: bigint } } | null = null;
      let tie = false;
      const values: Record<string, string> = {};
      for (const [id, { path, pathText }] of Object.entries(rule.values)) {
        const v = resolve(path, obs);
        const f = asFraction(v);
        if (!f) return { ok: false, error: `predict: "${pathText}" is not a number, so it cannot be the largest` };
        values[id] = formatValue(v);
        const c = best ? compareFractions(f, best.f) : 1;
        if (c > 0) {
          best = { id, f };
          tie = false;
        } else if (c === 0) tie = true;
      }
      if (!best || tie) return { ok: false, error: 'predict: the largest value is tied, so no choice is right' };
      return { ok: true, choice: best.id, values };
    }
    if (rule.kind === 'bucket') {
      const v = resolve(rule.path, obs);
      const f = asFraction(v);
      if (!f) return { ok: false, error: `predict: "${rule.pathText}" is not a number` };
      const hits = Object.entries(rule.ranges).filter(
        ([, [lo, hi]]) => (lo === null || compareFractions(f, lo) >= 0) && (hi === null || compareFractions(f, hi) < 0),
      );
      if (hits.length !== 1) {
        return {
          ok: false,
          error: `predict: ${formatValue(v)} falls in ${hits.length === 0 ? 'no range' : 'several ranges'}; ranges are [low, high) and must not overlap`,
        };
      }
      return { ok: true, choice: hits[0][0], values: { value: formatValue(v) } };
    }
    const holding = Object.entries(rule.checks).filter(([, c]) => evaluateCheck(c, obs).pass);
    if (holding.length !== 1) {
      return { ok: false, error: `predict: ${holding.length === 0 ? 'no' : 'more than one'} choice's check holds` };
    }
    return { ok: true, choice: holding[0][0], values: {} };
  } catch (e) {
    if (e instanceof ResolveError) return { ok: false, error: `predict: ${e.message}` };
    throw e;
  }
}
