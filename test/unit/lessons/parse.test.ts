import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLesson } from '../../../src/lessons/parse';
import { formatIssue } from '../../../src/lessons/lesson';
import { TINY } from './fixtures';

const issues = (text: string) => {
  const r = parseLesson('lessons/x.md', text);
  return r.ok ? [] : r.issues.map(formatIssue);
};

/** TINY with one line replaced: `line` is 1-based, as in the messages. */
const withLine = (line: number, text: string) => {
  const lines = TINY.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
};
const lineOf = (needle: string) => TINY.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('parsing a lesson file', () => {
  it('reads the tiny lesson: frontmatter, steps, blocks', () => {
    const r = parseLesson('lessons/tiny.md', TINY);
    if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
    const { meta, steps } = r.lesson;
    expect(meta).toMatchObject({ id: 'tiny', level: 'intro', minutes: 5, prerequisites: [] });
    expect(steps.map((s) => s.id)).toEqual(['pay-bob', 'read', 'give-bob-5']);
    expect(steps[0].goal.map((c) => c.line)).toEqual([lineOf('event Transfer'), lineOf('event Transfer') + 1]);
    expect(steps[0].predict?.answer.kind).toBe('bucket');
    expect(steps[2]).toMatchObject({ challenge: true });
    expect(steps[2].showMe).toHaveLength(2);
  });

  it('locates frontmatter problems at their key', () => {
    expect(issues(withLine(5, 'level: expert'))).toEqual(['lessons/x.md:5: frontmatter "level" must be one of intro, beginner, intermediate, advanced']);
    expect(issues(withLine(6, 'minutes: soon'))).toEqual(['lessons/x.md:6: frontmatter "minutes" must be a whole number of minutes']);
    expect(issues(withLine(3, 'colour: blue'))[0]).toMatch(/^lessons\/x\.md:1: frontmatter "title" is missing/);
  });

  it('locates a bad check, an unknown block and a bad event at their lines', () => {
    const checkLine = lineOf('holder:bob.balance >= 2 ETH');
    expect(issues(withLine(checkLine, 'bob has money'))).toEqual([
      `lessons/x.md:${checkLine}: "bob has money" is not a check: write "event <Type>", "happened <trace kind>" or "<path> <op> <value>" (op: = != < <= > >= in)`,
    ]);
    const hint = lineOf('```hint');
    expect(issues(withLine(hint, '```tip'))[0]).toBe(`lessons/x.md:${hint}: unknown block "tip": use one of start, goal, predict, hint, show-me, reveal`);
    const second = lineOf('"amount": "2", "asset": "ETH" }\n]') || TINY.split('\n').lastIndexOf('  { "type": "Transfer", "from": "alice", "to": "bob", "amount": "2", "asset": "ETH" }') + 1;
    const broken = withLine(second, '  { "type": "Transfer", "from": "alice", "to": "bob", "amount": "-2", "asset": "ETH" }');
    expect(issues(broken)[0]).toMatch(new RegExp(`^lessons/x\\.md:${second}: show-me event \\$\\[1\\]\\.amount: `));
  });

  it('reports invalid JSON at the line of the syntax error', () => {
    const line = lineOf('"choices": { "less"');
    const r = issues(withLine(line, '  "choices": { "less": "Less than 1 ETH" "more": "1 ETH or more" },'));
    expect(r[0]).toMatch(new RegExp(`^lessons/x\\.md:${line}: the predict block is not valid JSON`));
  });

  it('requires the challenge to be last, with a goal and several solutions', () => {
    const noSecond = TINY.replace(/```show-me\n\[\n[\s\S]*?\]\n```\n$/, '');
    expect(issues(noSecond)[0]).toMatch(/a challenge has several solutions/);
    const noChallenge = TINY.replace('## Challenge: Give Bob 5', '## Step: Give Bob 5');
    expect(issues(noChallenge).some((i) => /ends with exactly one "## Challenge/.test(i))).toBe(true);
  });

  it('refuses text before the first step and a file without frontmatter', () => {
    expect(issues(TINY.replace('## Step: Pay Bob', 'Some words\n\n## Step: Pay Bob'))[0]).toMatch(/text before the first step/);
    expect(issues('# Just a title')).toEqual([
      'lessons/x.md:1: a lesson starts with a frontmatter block: a line "---", then "key: value" lines, then "---"',
    ]);
  });
});

describe('parsing never throws', () => {
  it('any edit of a lesson gives a lesson or located issues, each on a line of the file', () => {
    const lines = TINY.split('\n');
    fc.assert(
      fc.property(fc.nat({ max: lines.length - 1 }), fc.string({ maxLength: 40 }), (at, junk) => {
        const text = [...lines.slice(0, at), junk, ...lines.slice(at + 1)].join('\n');
        const r = parseLesson('lessons/x.md', text);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) {
            expect(i.line).toBeGreaterThanOrEqual(1);
            expect(i.line).toBeLessThanOrEqual(lines.length);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
