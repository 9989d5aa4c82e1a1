// @vitest-environment jsdom
/**
 * A lesson's cards keep their order from step to step (issue 14): every step of lesson 9 ("Shared security math")
 * starts again from its scenario, and Alice's stake moves from Op1 (step 2) to Op3 (step 3); laid out afresh, the
 * barycentre sweeps moved Alice's card from first to third among the holders, and the learner lost track of her.
 * Read from the runner's graph, top to bottom, as the learner sees the columns.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { LessonRunner } from '../../src/app/lessonRunner.svelte';
import { loadLesson, type PreparedLesson } from '../../src/lessons/api';
import type { GraphModel } from '../../src/app/graphModel';
import { Sandbox } from '../../src/app/sandbox.svelte';

const read = (file: string): unknown => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8'));
const lesson = (file: string): PreparedLesson => {
  const l = loadLesson({ file, text: readFileSync(file, 'utf8') }, read);
  if ('reason' in l) throw new Error(l.reason);
  return l;
};
/** The cards of one kind, top to bottom. */
const column = (model: GraphModel, kind: string): string[] =>
  model.nodes
    .filter((n) => n.type === kind)
    .sort((a, b) => a.position.y - b.position.y)
    .map((n) => n.id);

beforeEach(() => localStorage.clear());

describe("a lesson's cards keep their order across its steps", () => {
  it('lesson 9: the holders and operators stay in the order of step 1 through every step and the slash', () => {
    const runner = new LessonRunner(lesson('lessons/09-security-math.md'), read);
    const holders = () => column(runner.graph.model, 'holder');
    const operators = () => column(runner.graph.model, 'operator');
    // step 1, as first drawn: holders by name, no crossing
    const first = ['holder:alice', 'holder:r1', 'holder:r2', 'holder:r3'];
    const ops = ['operator:op1', 'operator:op2', 'operator:op3'];
    expect(holders()).toEqual(first);
    expect(operators()).toEqual(ops);
    runner.send({ type: 'ANSWER', choice: 'unsafe' });
    runner.send({ type: 'NEXT' });
    // step 2: Alice restakes with Op1 (show me)
    expect(runner.stepIndex).toBe(1);
    runner.send({ type: 'SHOW_ME' });
    expect(runner.phase).toBe('reveal');
    runner.cascade.showAll();
    expect(runner.graph.model.edges.some((e) => e.source === 'holder:alice' && e.target === 'operator:op1')).toBe(true);
    expect(holders()).toEqual(first);
    runner.send({ type: 'NEXT' });
    // step 3 starts with Alice's stake at Op3, the bottom operator: she stays first
    expect(runner.stepIndex).toBe(2);
    expect(runner.graph.model.edges.some((e) => e.source === 'holder:alice' && e.target === 'operator:op3')).toBe(true);
    expect(holders()).toEqual(first);
    expect(operators()).toEqual(ops);
    // the bridge slashes Op3 whole: its card stays last, Restaker 3 (now holding nothing restaked) stays last
    runner.send({ type: 'ANSWER', choice: 'attackable' });
    runner.send({ type: 'SHOW_ME' });
    expect(runner.phase).toBe('reveal');
    runner.cascade.showAll();
    expect(runner.graph.model.nodes.find((n) => n.id === 'operator:op3')?.data.entity?.slashed).toBeTruthy();
    expect(holders()).toEqual(first);
    expect(operators()).toEqual(ops);
    runner.send({ type: 'NEXT' });
    // the challenge starts again from the scenario
    expect(runner.stepIndex).toBe(3);
    expect(holders()).toEqual(first);
    expect(operators()).toEqual(ops);
    runner.stop();
  });

  it('the same lesson opened at step 3 lays its cards out afresh (there is no earlier drawing to keep)', () => {
    const prepared = lesson('lessons/09-security-math.md');
    const runner = new LessonRunner(prepared, read, {
      version: 1,
      lesson: prepared.lesson.meta.id,
      step: 2,
      completed: [],
      answers: {},
      finished: false,
    });
    // Alice's one link goes to Op3, the third operator: the sweeps draw her beside it, with no crossing
    expect(column(runner.graph.model, 'holder')).toEqual(['holder:r1', 'holder:r2', 'holder:alice', 'holder:r3']);
    runner.stop();
  });
});

describe("the sandbox's cards keep their order as the world changes", () => {
  it('an event keeps the order; "Reset layout" orders afresh; another scenario is laid out afresh', () => {
    const s = new Sandbox();
    expect(s.scenario.load(read('lesson-security-math.json') as Record<string, unknown>)).toBeNull();
    const holders = () => column(s.graph.model, 'holder');
    const first = ['holder:alice', 'holder:r1', 'holder:r2', 'holder:r3'];
    expect(holders()).toEqual(first);
    const outcome = s.scenario.dispatch([
      { type: 'RestakeDeposit', holder: 'alice', strategy: 'eth', amount: '30' },
      { type: 'DelegateTo', staker: 'alice', operator: 'op3' },
    ]);
    if (!outcome.ok) throw new Error(outcome.message);
    // each frame of the cascade, up to the world after it (Alice's edge to Op3 drawn), keeps the order
    s.cascade.pause();
    for (let i = 0; i <= s.cascade.steps.length && !s.cascade.done; i++) {
      expect(holders()).toEqual(first);
      s.cascade.next();
    }
    s.cascade.showAll();
    expect(s.graph.model.edges.some((e) => e.source === 'holder:alice' && e.target === 'operator:op3')).toBe(true);
    expect(holders()).toEqual(first);
    // the learner asks for the computed layout again: the sweeps put Alice beside Op3
    s.graph.resetLayout();
    expect(holders()).toEqual(['holder:r1', 'holder:r2', 'holder:alice', 'holder:r3']);
    // a new scenario keeps nothing of the last one's order (its holders by name, then by the sweeps)
    expect(s.scenario.load(read('lesson-security-math.json') as Record<string, unknown>)).toBeNull();
    expect(holders()).toEqual(first);
    s.stop();
  });
});
