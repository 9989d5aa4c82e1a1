/**
 * Goal feedback reads in words, with names: every check of every lesson, evaluated on its step's start (where it
 * fails) and on each "show me" outcome (where it holds), is written out by the UI's catalogue, and no raw path
 * ("holder:alice.worstSlash", "trace:market.shock") or untranslated key shows.
 */
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../../src/lessons/load';
import { diskScenarios, readLessonSources } from '../../../src/lessons/node';
import { actedFeedback } from '../../../src/lessons/feedback';
import { evaluateCheck, parseCheck } from '../../../src/lessons/check';
import { FIELDS } from '../../../src/lessons/resolve';
import { ENTITY_KINDS } from '../../../src/lessons/path';
import { PHRASED_EVENTS, PHRASED_KINDS } from '../../../src/lessons/phrase';
import { lessonEn } from '../../../src/app/messages/lesson';
import { tm, type MessageRef } from '../../../src/ui/messages';
import '../../../src/ui/messages/lesson';
import { prepared, TINY } from './fixtures';

/** A raw path or kind name ("holder:", "market.shock", "worstSlash") or a catalogue key left unwritten. */
const RAW = /\b(holder|operator|trace|validator|avs|cosmos|moved|event|pool|loan|token|world|chain|network|const):|[A-Za-z_]\.[A-Za-z]|[A-Za-z]:[A-Za-z]|\blesson\.|\{\w+\}/;

const { lessons, broken } = loadLessons(readLessonSources(process.cwd()), diskScenarios(process.cwd()));

describe('goal feedback in words', () => {
  it('every check of every lesson, passing and failing, is written without a raw path', () => {
    expect(broken).toEqual([]);
    expect(lessons.length).toBeGreaterThanOrEqual(10);
    let written = 0;
    const outcomes = new Set<string>();
    for (const lesson of lessons) {
      for (const p of lesson.steps) {
        if (!p.step.goal.length) continue;
        for (const obs of [p.start, ...p.outcomes]) {
          const feedback = actedFeedback(p.step, obs);
          for (const c of feedback.checks) {
            const text = tm(c.message as MessageRef);
            expect(text, `${lesson.lesson.meta.id} / ${p.step.id}: ${c.check}`).not.toMatch(RAW);
            outcomes.add(`${c.message.key}`);
            written += 1;
          }
        }
      }
    }
    expect(written).toBeGreaterThan(100);
    // both sides of the checks are exercised: held and not yet held
    expect([...outcomes].some((k) => k.endsWith('.pass'))).toBe(true);
    expect([...outcomes].some((k) => k.endsWith('.fail'))).toBe(true);
  });

  it('reads "Alice’s worst-case slash is 10 ETH; the goal needs at most 8 ETH"', () => {
    const lesson = lessons.find((l) => l.lesson.steps.some((s) => s.goal.some((g) => g.source.includes('worstSlash'))));
    const step = lesson!.steps.find((s) => s.step.goal.some((g) => g.source.includes('worstSlash')))!;
    const check = parseCheck('holder:alice.worstSlash <= 8 ETH', 1);
    if (typeof check === 'string') throw new Error(check);
    // the engine's worst case for Alice at the step's end, written with her name and the goal in words
    const end = step.outcomes[0];
    const r = evaluateCheck(check, end);
    const text = tm(r.message as MessageRef);
    expect(text).toMatch(/^(Holds|Not yet): Alice’s worst-case slash is [\d.,]+ ETH; the goal needs at most 8 ETH\.$/);
  });

  it('a yes-or-no check reads as its question with the answer', () => {
    const tiny = prepared('lessons/tiny.md', TINY);
    const check = parseCheck('holder:bob.balance >= 2 ETH', 1);
    if (typeof check === 'string') throw new Error(check);
    expect(tm(evaluateCheck(check, tiny.steps[0].start).message as MessageRef)).toBe(
      'Not yet: Bob’s ETH balance is 0 ETH; the goal needs at least 2 ETH.',
    );
    const flag = parseCheck('network.secure = true', 1);
    if (typeof flag === 'string') throw new Error(flag);
    expect(tm(evaluateCheck(flag, tiny.steps[0].start).message as MessageRef)).toMatch(
      /^Is every service safe from a profitable attack\? (Yes, as the goal needs|No, not yet: the goal needs yes)\.$/,
    );
  });

  it('every field a path can read, every phrased trace kind and event has its words in the lesson catalogue', () => {
    const keys = new Set(Object.keys(lessonEn));
    for (const kind of ENTITY_KINDS) {
      for (const field of FIELDS[kind]) {
        const [base, arg] = field.split(':');
        expect(keys.has(`lesson.path.${kind}.${base}${arg ? 'Of' : ''}`), `${kind}.${field}`).toBe(true);
      }
    }
    for (const scope of ['world', 'chain', 'network'] as const) {
      for (const field of FIELDS[scope]) expect(keys.has(`lesson.path.${scope}.${field}`), `${scope}.${field}`).toBe(true);
    }
    for (const k of PHRASED_KINDS) expect(keys.has(`lesson.kind.${k}`), k).toBe(true);
    for (const e of PHRASED_EVENTS) expect(keys.has(`lesson.event.${e}`), e).toBe(true);
    // every trace kind and event type the lessons' checks name has its own phrase, not the fallback
    for (const lesson of lessons) {
      for (const s of lesson.lesson.steps) {
        for (const g of s.goal) {
          if (g.type === 'happened') expect(PHRASED_KINDS as readonly string[], g.source).toContain(g.kind);
          if (g.type === 'event') expect(PHRASED_EVENTS as readonly string[], g.source).toContain(g.eventType);
          if (g.type === 'compare' && g.path.source === 'trace') {
            expect(PHRASED_KINDS as readonly string[], g.source).toContain(g.path.kind);
          }
        }
      }
    }
  });
});
