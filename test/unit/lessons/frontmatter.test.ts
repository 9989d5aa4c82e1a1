/**
 * The lesson list reads each lesson's frontmatter and counts its steps without the lesson parser
 * (src/lessons/frontmatter.ts). For every lesson in lessons/, what it reads is what the full parse finds; a file
 * whose frontmatter cannot be read is refused with the file and line, as the full parse says it.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { readLessonSummary } from '../../../src/lessons/frontmatter';
import { parseLesson } from '../../../src/lessons/parse';

const files = readdirSync('lessons')
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => `lessons/${f}`);

describe('the lesson list reader', () => {
  it.each(files)('%s: the same id, title, summary, level, minutes, prerequisites and steps as the full parse', (file) => {
    const text = readFileSync(file, 'utf8');
    const full = parseLesson(file, text);
    if (!full.ok) throw new Error(JSON.stringify(full.issues));
    const read = readLessonSummary(file, text);
    if (!read.ok) throw new Error(read.reason);
    const { id, title, summary, level, minutes, prerequisites } = full.lesson.meta;
    expect(read.summary).toEqual({ id, title, summary, level, minutes, prerequisites, steps: full.lesson.steps.length });
  });

  it('reads all ten lessons, the first with its four steps', () => {
    expect(files).toHaveLength(10);
    const first = readLessonSummary(files[0], readFileSync(files[0], 'utf8'));
    expect(first.ok && first.summary.steps).toBe(4);
  });

  const lesson = (front: string, body = '## Step: One\nText.\n\n## Challenge: Two\nText.\n') => `---\n${front}\n---\n${body}`;
  const good = 'id: a\ntitle: A\nsummary: S\nlevel: intro\nminutes: 5\nscenario: x.json';

  it('counts the step headings outside fenced blocks only, and reads lists and block text', () => {
    const body = '## Step: One\n```reveal\n## Step: not a heading\n```\n## Challenge: Two\n';
    const read = readLessonSummary('l.md', lesson(`${good}\nprerequisites: [b, c]\nsummary2: |`, body));
    expect(read.ok && read.summary).toMatchObject({ steps: 2, prerequisites: ['b', 'c'] });
    const long = readLessonSummary('l.md', lesson(good.replace('summary: S', 'summary: |\n  First line\n  second')));
    expect(long.ok && long.summary.summary).toBe('First line\nsecond');
  });

  it('refuses a file without frontmatter, or with a field the list needs missing or wrong, naming file and line', () => {
    expect(readLessonSummary('l.md', '# Title\n')).toEqual({
      ok: false,
      reason: 'l.md:1: a lesson starts with a frontmatter block: a line "---", then "key: value" lines, then "---"',
    });
    expect(readLessonSummary('l.md', '---\nid: a\n')).toMatchObject({ ok: false, reason: /not closed/ });
    expect(readLessonSummary('l.md', lesson(good.replace('title: A\n', '')))).toMatchObject({
      ok: false,
      reason: 'l.md:1: frontmatter "title" is missing',
    });
    expect(readLessonSummary('l.md', lesson(good.replace('level: intro', 'level: expert')))).toMatchObject({
      ok: false,
      reason: 'l.md:5: frontmatter "level" must be one of intro, beginner, intermediate, advanced',
    });
    expect(readLessonSummary('l.md', lesson(good.replace('minutes: 5', 'minutes: soon')))).toMatchObject({
      ok: false,
      reason: /l\.md:6: frontmatter "minutes"/,
    });
  });
});
