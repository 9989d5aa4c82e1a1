/**
 * A lesson speaks of services and operators by name: over a full run of every lesson's "show me", no line of what
 * the learner's action did (the trace's sentences) and no narration or reveal, filled from the engine, says
 * "set 0" (operator sets are an implementation detail until lesson 5 names them) or shows a kebab-case id.
 */
import { describe, expect, it } from 'vitest';
import { loadLessons } from '../../../src/lessons/load';
import { diskScenarios, readLessonSources } from '../../../src/lessons/node';
import { fillBlocks } from '../../../src/lessons/text';
import { toText } from '../../../src/lessons/markdown';
import { actionLines } from '../../../src/app/lessonActionLines';

const SET_NUMBER = /\bset \d+\b/;
/** An id such as "lesson-restaking" or "op-1": lower-case words joined by hyphens (plain compounds are allowed). */
const KEBAB = /\b[a-z]+\d*(?:-[a-z0-9]+)+\b/g;
const COMPOUNDS = new Set(
  ['double-sign', 'double-signs', 'post-mortem', 'on-chain', 'top-up', 'worst-case', 'risk-budgeted', 'well-known'],
);

const { lessons, broken } = loadLessons(readLessonSources(process.cwd()), diskScenarios(process.cwd()));

function ids(text: string): string[] {
  return (text.match(KEBAB) ?? []).filter((w) => !COMPOUNDS.has(w));
}

describe('lesson words name things', () => {
  it('no feedback line or narration of any lesson says "set N" or shows a kebab-case id', () => {
    expect(broken).toEqual([]);
    const offending: string[] = [];
    let lines = 0;
    for (const lesson of lessons) {
      for (const p of lesson.steps) {
        const where = `${lesson.lesson.meta.id} / ${p.step.id}`;
        for (const obs of p.outcomes) {
          for (const line of actionLines(obs.trace)) {
            for (const text of line.kind === 'told' ? [line.text] : line.texts) {
              lines += 1;
              if (SET_NUMBER.test(text) || ids(text).length) offending.push(`${where} (did): ${text}`);
            }
          }
        }
        const narration = toText(fillBlocks(p.step.narration, p.start).blocks);
        const reveal = p.outcomes[0] ? toText(fillBlocks(p.step.reveal, p.outcomes[0]).blocks) : '';
        for (const text of [narration, reveal]) {
          if (SET_NUMBER.test(text) || ids(text).length) offending.push(`${where} (text): ${ids(text).join(', ')} ${text.match(SET_NUMBER)?.[0] ?? ''}`);
        }
      }
    }
    expect(lines).toBeGreaterThan(50);
    expect(offending).toEqual([]);
  });
});
