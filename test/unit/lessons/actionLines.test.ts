/**
 * "What your actions did" groups routine steps as the sandbox's narration does: a week of a Lido-like pool is one
 * line for its seven daily reports that only gain, while a report that carries a loss, a slash or time passing
 * is told in its own sentence.
 */
import { describe, expect, it } from 'vitest';
import { actionLines } from '../../../src/app/lessonActionLines';
import type { TraceStep } from '../../../src/engine/trace';

let id = 0;
const step = (kind: string, text: string, amounts: Record<string, bigint> = {}, parent: number | null = null) =>
  ({ id: id++, parent, kind, layer: 'liquid', entities: [], amounts, movements: [], text }) as TraceStep;
const report = (day: number, pre: bigint, post: bigint) =>
  step('lido.report', `report ${day}`, { preTotalPooledEther: pre, postTotalPooledEther: post });

describe('actionLines', () => {
  it('tells time passing, then one line for a week of gaining reports and the rewards before them', () => {
    const trace = [
      step('time.advance', 'Time passes: 7 days'),
      step('eth.epochs', 'validators earned'),
      ...[1, 2, 3, 4, 5, 6, 7].map((d) => report(d, 100n, 101n)),
    ];
    const lines = actionLines(trace);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({ kind: 'told', text: 'Time passes: 7 days' });
    expect(lines[1].kind).toBe('routine');
    expect(lines[1].kind === 'routine' && lines[1].texts).toHaveLength(8);
  });

  it('tells a report that carries a loss in its own sentence, splitting the routine run', () => {
    const lines = actionLines([report(1, 100n, 101n), report(2, 101n, 102n), report(3, 102n, 90n), report(4, 90n, 91n)]);
    expect(lines.map((l) => l.kind)).toEqual(['routine', 'told', 'told']);
    expect(lines[1]).toEqual({ kind: 'told', text: 'report 3' });
  });

  it('reads one routine step alone as itself, and leaves out the children of a step', () => {
    const parent = step('fault', 'Op1 is slashed');
    const lines = actionLines([parent, step('restaking.slash', 'a child', {}, parent.id), step('eth.epochs', 'earned')]);
    expect(lines).toEqual([
      { kind: 'told', text: 'Op1 is slashed' },
      { kind: 'told', text: 'earned' },
    ]);
  });
});
