import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { createLessonMachine, stepState, toProgress, type LessonEvent } from '../../../src/lessons/machine';
import { play } from '../../../src/lessons/prepare';
import type { Observation } from '../../../src/lessons/observation';
import { prepared, TINY } from './fixtures';

const lesson = prepared('lessons/tiny.md', TINY);
const [pay, read, challenge] = lesson.steps;

const acted = (o: Observation): LessonEvent => ({ type: 'ACTED', world: o.world, trace: o.trace, events: o.events });
/** A wrong action on the first step: Alice sends Bob 1 ETH instead of at least 2. */
const tooLittle = play(pay.start.world, [{ type: 'Transfer', from: 'alice', to: 'bob', amount: 1_000_000_000n, asset: 'ETH' }], 0, 'test');

function start() {
  const actor = createActor(createLessonMachine(lesson), { input: {} });
  actor.start();
  return actor;
}

describe('the lesson runner', () => {
  it('asks the question first, and reveals the engine-computed answer', () => {
    const actor = start();
    expect(actor.getSnapshot().value).toEqual({ [stepState('pay-bob')]: 'predict' });
    actor.send({ type: 'ANSWER', choice: 'nonsense' });
    expect(actor.getSnapshot().value).toEqual({ [stepState('pay-bob')]: 'predict' });
    actor.send({ type: 'ANSWER', choice: 'less' });
    const { value, context } = actor.getSnapshot();
    expect(value).toEqual({ [stepState('pay-bob')]: 'act' });
    // Bob ends the show-me with 2 ETH: the bucket [1, null) ("more") is the engine's answer
    expect(context.feedback).toMatchObject({ kind: 'answer', choice: 'less', correct: 'more', right: false });
    expect(context.answers).toEqual({ 'pay-bob': 'less' });
  });

  it('rejects a wrong action with what it did and why the goal is not met; hints unlock after it', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', choice: 'more' });
    actor.send({ type: 'HINT' });
    expect(actor.getSnapshot().context.hintsShown).toBe(0);
    actor.send(acted(tooLittle));
    const { value, context } = actor.getSnapshot();
    expect(value).toEqual({ [stepState('pay-bob')]: 'act' });
    expect(context.tries).toBe(1);
    expect(context.feedback).toMatchObject({
      kind: 'acted',
      pass: false,
      action: { events: ['Transfer'], kinds: ['transfer'] },
      message: { key: 'lesson.goal.notMet', params: { failed: 1, total: 2 } },
    });
    const checks = context.feedback?.kind === 'acted' ? context.feedback.checks : [];
    expect(checks.map((c) => [c.check, c.pass])).toEqual([
      ['event Transfer', true],
      ['holder:bob.balance >= 2 ETH', false],
    ]);
    expect(checks[1].message.params).toMatchObject({ actual: '1 ETH', wanted: '2 ETH', op: '>=' });
    actor.send({ type: 'HINT' });
    actor.send({ type: 'HINT' });
    expect(actor.getSnapshot().context.hintsShown).toBe(1);
    actor.send({ type: 'RETRY' });
    expect(actor.getSnapshot().context.feedback).toBeNull();
  });

  it('plays show-me, passes the goal, goes on, back, resets, and ends in the sandbox', () => {
    const actor = start();
    actor.send({ type: 'ANSWER', choice: 'more' });
    actor.send({ type: 'SHOW_ME' });
    expect(actor.getSnapshot().context.showMe).toEqual(pay.step.showMe[0].events);
    actor.send(acted(pay.outcomes[0]));
    expect(actor.getSnapshot().value).toEqual({ [stepState('pay-bob')]: 'reveal' });
    expect(actor.getSnapshot().context).toMatchObject({ completed: ['pay-bob'], shownMe: ['pay-bob'], showMe: null });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toEqual({ [stepState('read')]: 'reveal' });
    actor.send({ type: 'BACK' });
    // answered already: the step opens at work without asking again; RESET_STEP marks it not done
    expect(actor.getSnapshot().value).toEqual({ [stepState('pay-bob')]: 'act' });
    actor.send({ type: 'RESET_STEP' });
    expect(actor.getSnapshot().value).toEqual({ [stepState('pay-bob')]: 'act' });
    expect(actor.getSnapshot().context.completed).toEqual(['read']);
    actor.send(acted(pay.outcomes[0]));
    actor.send({ type: 'NEXT' });
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toEqual({ [stepState('give-bob-5')]: 'act' });
    // the challenge's second solution passes too
    actor.send(acted(challenge.outcomes[1]));
    actor.send({ type: 'NEXT' });
    expect(actor.getSnapshot().value).toBe('sandbox');
    expect(actor.getSnapshot().context.finished).toBe(true);
    expect(toProgress(actor.getSnapshot().context).finished).toBe(true);
    // "Review the steps": back to the first step, and the lesson stays finished
    actor.send({ type: 'REVIEW' });
    expect(actor.getSnapshot().value).toEqual({ [stepState('pay-bob')]: 'act' });
    expect(toProgress(actor.getSnapshot().context)).toMatchObject({ step: 0, finished: true });
    void read;
  });

  it('reopens a finished lesson on its completion screen, or on the step the address names', () => {
    const progress = {
      version: 1 as const,
      lesson: 'tiny',
      step: 2,
      completed: ['pay-bob', 'read', 'give-bob-5'],
      answers: { 'pay-bob': 'more' },
      finished: true,
    };
    const reopened = createActor(createLessonMachine(lesson), { input: { progress } }).start();
    expect(reopened.getSnapshot().value).toBe('sandbox');
    expect(toProgress(reopened.getSnapshot().context)).toEqual(progress);
    reopened.send({ type: 'REVIEW' });
    expect(reopened.getSnapshot().value).toEqual({ [stepState('pay-bob')]: 'act' });

    const reviewing = createActor(createLessonMachine(lesson), { input: { progress, step: 1 } }).start();
    expect(reviewing.getSnapshot().value).toEqual({ [stepState('read')]: 'reveal' });
    expect(toProgress(reviewing.getSnapshot().context).finished).toBe(true);
    // a lesson not finished resumes at the saved step even without an address
    const unfinished = createActor(createLessonMachine(lesson), { input: { progress: { ...progress, finished: false } } }).start();
    expect(unfinished.getSnapshot().value).toEqual({ [stepState('give-bob-5')]: 'act' });
  });

  it('resumes from saved progress', () => {
    const actor = createActor(createLessonMachine(lesson), {
      input: { progress: { version: 1, lesson: 'tiny', step: 2, completed: ['pay-bob', 'read'], answers: { 'pay-bob': 'more' }, finished: false } },
    });
    actor.start();
    expect(actor.getSnapshot().value).toEqual({ [stepState('give-bob-5')]: 'act' });
    expect(toProgress(actor.getSnapshot().context)).toEqual({
      version: 1,
      lesson: 'tiny',
      step: 2,
      completed: ['pay-bob', 'read'],
      answers: { 'pay-bob': 'more' },
      finished: false,
    });
  });

  it('reaches the sandbox through every step (xstate/graph shortest paths)', () => {
    const machine = createLessonMachine(lesson);
    const events: LessonEvent[] = [
      { type: 'ANSWER', choice: 'more' },
      acted(tooLittle),
      acted(pay.outcomes[0]),
      acted(challenge.outcomes[0]),
      { type: 'NEXT' },
      { type: 'BACK' },
      { type: 'HINT' },
    ];
    const paths = getShortestPaths(machine, {
      events,
      serializeEvent: (e) => `${e.type}#${events.indexOf(e)}`,
      serializeState: (s) => JSON.stringify([s.value, s.context.answers, [...s.context.completed].sort(), s.context.tries > 0, s.context.hintsShown]),
      limit: 5000,
    });
    const toSandbox = paths.filter((p) => p.state.value === 'sandbox');
    expect(toSandbox.length).toBeGreaterThan(0);
    const shortest = toSandbox.reduce((a, b) => (a.steps.length <= b.steps.length ? a : b));
    expect(shortest.steps.map((s) => s.event.type)).toEqual(['xstate.init', 'ANSWER', 'ACTED', 'NEXT', 'NEXT', 'ACTED', 'NEXT']);
    const visited = new Set(paths.map((p) => JSON.stringify(p.state.value)));
    for (const s of ['pay-bob', 'read', 'give-bob-5']) {
      expect([...visited].some((v) => v.includes(stepState(s)))).toBe(true);
    }
  });
});
