/**
 * The lesson page's catalogue part holds only keys the code names: a key left behind by a rewrite (the old
 * `lesson.status.*` of the lesson list, now `path.status.*`) would be translated for nothing. Its keys are all
 * named literally; the runner's feedback keys (src/app/messages/lesson.ts) are built from paths and are checked
 * against the lessons by feedbackWords.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lessonPageEn } from '../../../src/ui/messages/lessonPage';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

const code = sources('src')
  .filter((f) => !f.endsWith(join('messages', 'lessonPage.ts')))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe("the lesson page's messages", () => {
  it('has no key that no module names', () => {
    const unused = Object.keys(lessonPageEn).filter((k) => !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });

  it('no longer has the lesson list’s old status keys', () => {
    expect(Object.keys(lessonPageEn).filter((k) => k.startsWith('lesson.status.'))).toEqual([]);
  });
});
