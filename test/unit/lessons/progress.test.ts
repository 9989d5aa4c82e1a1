import { describe, expect, it } from 'vitest';
import { parseProgress } from '../../../src/lessons/progress';
import { prepared, TINY } from './fixtures';

const lesson = prepared('lessons/tiny.md', TINY);
const good = { version: 1, lesson: 'tiny', step: 1, completed: ['pay-bob'], answers: { 'pay-bob': 'more' } };

describe('saved lesson progress', () => {
  it('round-trips through JSON', () => {
    const r = parseProgress(JSON.parse(JSON.stringify(good)), lesson);
    expect(r).toEqual({ ok: true, progress: { ...good, finished: false } });
  });

  it.each([
    [{ ...good, version: 2 }, '$.version: must be 1 (progress saved by another version is not read)'],
    [{ ...good, step: -1 }, '$.step: must not be negative'],
    [{ ...good, step: 1.5 }, '$.step: must be a whole number'],
    [{ ...good, extra: true }, '$.extra: is not a progress field'],
    [{ ...good, completed: undefined }, '$.completed: is missing (it is required)'],
    ['not an object', '$: Invalid type: Expected Object but received "not an object"'],
  ])('refuses corrupt input with a located message (%#)', (input, error) => {
    expect(parseProgress(input)).toEqual({ ok: false, error });
  });

  it.each([
    [{ ...good, lesson: 'other' }, '$.lesson: is "other", not this lesson ("tiny")'],
    [{ ...good, step: 3 }, "$.step: 3 is past the lesson's last step (2)"],
    [{ ...good, completed: ['pay-bob', 'gone'] }, '$.completed[1]: the lesson has no step "gone"'],
    [{ ...good, answers: { read: 'more' } }, '$.answers.read: the lesson has no question in a step "read"'],
    [{ ...good, answers: { 'pay-bob': 'maybe' } }, `$.answers.pay-bob: "maybe" is not one of the question's choices`],
  ])('refuses progress that does not fit the lesson (%#)', (input, error) => {
    expect(parseProgress(input, lesson)).toEqual({ ok: false, error });
  });
});
