// @vitest-environment jsdom
/**
 * Issue 14: "a broken lesson is listed as unavailable with the reason; the others still load". The list reads each
 * lesson's frontmatter (src/app/lessonList.ts): a lesson whose frontmatter cannot be read stays on the path as
 * "Unavailable" with its file, line and problem, and the good lessons keep their links.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import LessonPath from '../../../src/ui/lesson/LessonPath.svelte';
import { readLessonSummary, type LessonSummary } from '../../../src/lessons/frontmatter';
import { lessonPath } from '../../../src/app/lessonPath';

const good = readFileSync('lessons/01-stake-at-risk.md', 'utf8');
// the same lesson with its level misspelt: the frontmatter no longer reads
const bad = good.replace('id: stake-at-risk', 'id: broken').replace('level: intro', 'level: easy');

describe('a broken lesson on the path', () => {
  it('is listed as unavailable with its reason, and the good lesson still opens', () => {
    const lessons: LessonSummary[] = [];
    const broken: { file: string; reason: string }[] = [];
    for (const [file, text] of [
      ['lessons/01-stake-at-risk.md', good],
      ['lessons/99-broken.md', bad],
    ] as const) {
      const read = readLessonSummary(file, text);
      if (read.ok) lessons.push(read.summary);
      else broken.push({ file, reason: read.reason });
    }
    expect(broken).toEqual([
      {
        file: 'lessons/99-broken.md',
        reason: expect.stringMatching(/^lessons\/99-broken\.md:5: frontmatter "level" must be one of /),
      },
    ]);
    render(LessonPath, { path: lessonPath(lessons, () => null), broken });
    const link = screen.getByRole('link', { name: 'Why Proof of Stake needs stake at risk' });
    expect(link.getAttribute('href')).toBe('#/lesson/stake-at-risk');
    const item = document.querySelector('[data-broken="lessons/99-broken.md"]')!;
    expect(item.textContent).toContain('lessons/99-broken.md');
    expect(item.textContent).toContain(`Unavailable: ${broken[0].reason}`);
    // an unavailable lesson has no link to open
    expect(item.querySelector('a')).toBeNull();
  });
});
