/**
 * Issue 14's curriculum rules checked on the lessons as written: at least ten lessons of 5-15 minutes, each with a
 * hands-on goal and a predict-then-reveal question, each ending in a challenge with several solutions; the real
 * incidents told with their dates and a public source; and no number typed in a lesson's words where the engine
 * computes it. The last is a scan of every sentence a learner reads (narration, questions, choices, hints,
 * reveals; not goals and show-me events, which are the lesson's rules): each number outside a {{placeholder}} must
 * be one judged below as a fact about the world outside, a goal's own threshold, or a name.
 */
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../../../src/lessons/parse';
import { readLessonSources } from '../../../src/lessons/node';

const sources = readLessonSources(process.cwd());
const lessons = sources.map(({ file, text }) => {
  const parsed = parseLesson(file, text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((i) => i.message).join('; ')}`);
  return { file, text, lesson: parsed.lesson };
});

describe('the curriculum (issue 14, item 3)', () => {
  it('has at least ten lessons, each of 5 to 15 minutes', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(10);
    for (const { file, lesson } of lessons) {
      expect(lesson.meta.minutes, file).toBeGreaterThanOrEqual(5);
      expect(lesson.meta.minutes, file).toBeLessThanOrEqual(15);
    }
  });

  it.each(lessons.map((l) => [l.file, l] as const))(
    '%s: a hands-on goal, a predict question, and a closing challenge with several solutions',
    (_file, { lesson }) => {
      const steps = lesson.steps;
      expect(steps.filter((s) => !s.challenge && s.goal.length > 0).length).toBeGreaterThanOrEqual(1);
      expect(steps.filter((s) => s.predict !== null).length).toBeGreaterThanOrEqual(1);
      const last = steps[steps.length - 1];
      expect(last.challenge).toBe(true);
      expect(steps.filter((s) => s.challenge)).toEqual([last]);
      expect(last.goal.length).toBeGreaterThanOrEqual(1);
      expect(last.showMe.length).toBeGreaterThanOrEqual(2);
    },
  );

  // Each incident: the lesson that tells it, words that must be in its text, and its public source's address.
  const INCIDENTS = [
    ['02-solo-staking.md', /Staked on 4 February 2021/, 'https://cointelegraph.com/'],
    ['04-liquid-staking.md', /On 11 October 2023, 20 of Lido's validators, run by the operator Launchnodes/, 'https://'],
    ['08-systemic-risk.md', /In May and June 2022/, 'https://www.nansen.ai/research/on-chain-forensics-demystifying-steth-depeg'],
    ['08-systemic-risk.md', /Celsius paused all withdrawals on 12 June 2022/, 'https://www.benzinga.com/'],
    ['06-cascading-slashing.md', /Durvasula and Roughgarden/, 'https://arxiv.org/'],
    ['09-security-math.md', /Durvasula and Roughgarden/, 'https://arxiv.org/'],
  ] as const;
  it.each(INCIDENTS)('%s tells the incident %s with a public source', (name, words, source) => {
    const text = lessons.find((l) => l.file.endsWith(name))!.text;
    const body = text.slice(text.indexOf('\n---', 3));
    expect(body).toMatch(words);
    expect(body).toContain(`](${source}`);
  });
});

/**
 * Numbers a learner reads that are typed, each judged: `file: [phrase, why]`. A digit outside a placeholder must lie
 * inside one of its file's phrases (matched on the line with placeholders, link targets, emphasis and entity names
 * like v1 or Op2 taken out); anything else fails, so a new typed number is either made a placeholder or judged here.
 */
const TYPED: Record<string, [RegExp, string][]> = {
  '02-solo-staking.md': [
    [/Deposit 32 ETH/, "the step's title (a heading holds no placeholder); its narration quotes the constant"],
    [/1 ETH ×/, 'the unit in the base reward formula'],
    [/0x01 withdrawal credentials/, 'the name of a credential type'],
    [/75 validators/, 'the Staked incident (Cointelegraph)'],
    [/4 February 2021/, 'the Staked incident (Cointelegraph)'],
    [/loses 1\/ of/, 'one over the constant that follows'],
    [/, 1\/$/, 'one over the constant that follows'],
    [/end of day 2\./, "the challenge's goal (world.day <= 2)"],
  ],
  '03-delegated-staking.md': [
    [/less than 1 ATOM is lost/, "the predict question's bucket boundary"],
    [/Less than 90% is left/, "the predict question's bucket boundary"],
    [/more than 600 ATOM/, "the challenge's goal"],
  ],
  '04-liquid-staking.md': [
    [/On 11 October 2023, 20 of Lido's/, 'the Launchnodes incident, with its source'],
    [/In 2023 the loss/, 'the Launchnodes incident'],
    [/at least 50 stETH/, "the challenge's goal"],
    [/at least 40 ETH/, "the challenge's goal"],
    [/at least 50 ETH/, "the challenge's goal"],
    [/less than 40 ETH/, "the challenge's goal"],
  ],
  '05-restaking.md': [[/\(0% now\)/, "the starting allocation the step's goal changes"]],
  '06-cascading-slashing.md': [
    [/ELIP-002/, 'a document name'],
    [/whitepaper \(2023\)/, "a source's year"],
    [/Networks \(2024\)/, "a source's year"],
  ],
  '07-choosing-an-operator.md': [
    [/more than 10 ETH/, "the challenge's goal"],
    [/20 ETH/, "the challenge's goal"],
    [/at 10 ETH or less/, "the challenge's goal"],
  ],
  '08-systemic-risk.md': [
    [/lesson 4's pool/, "another lesson's number"],
    [/at least 2 of Alice's/, "the step's goal"],
    [/(?:[Bb]elow|above) 1\b/, 'the health factor under which a loan can be liquidated (its definition)'],
    [/May and June 2022/, 'the stETH incident (Nansen)'],
    [/June 2022/, 'the stETH incident'],
    [/on 12 June 2022/, 'the Celsius pause (its memo, via Benzinga)'],
    [/below 0\.95 ETH/, 'the stETH incident (Nansen)'],
  ],
  '09-security-math.md': [
    [/section [23]/, "the paper's sections"],
    [/at least 10% more/, "the paper's theorem, cited"],
    [/of 0\.1% of all/, "the paper's theorem, cited"],
    [/than 1\.1%/, "the paper's theorem, cited"],
  ],
  '10-compare-positions.md': [
    [/lesson 8\./, "another lesson's number"],
    [/at least 20 (?:stETH|of it)/, "the challenge's goal"],
  ],
};

/** The lines a learner reads, without frontmatter, goal/show-me/start blocks and predict answers. */
function readLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = text.split('\n');
  let fence: string | null = null;
  let i = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  for (; i < lines.length; i++) {
    const l = lines[i];
    const open = /^```(\S*)/.exec(l);
    if (open) {
      fence = fence === null ? open[1] : null;
      continue;
    }
    if (fence !== null && ['goal', 'show-me', 'start', 'scenario'].includes(fence)) continue;
    if (fence === 'predict' && /"answer"/.test(l)) continue;
    out.push({ line: i + 1, text: l });
  }
  return out;
}

/** The digits on each line read that no judged phrase covers. */
function unjudgedNumbers(file: string, text: string, judged: [RegExp, string][]): string[] {
  const out: string[] = [];
  for (const { line, text: raw } of readLines(text)) {
    const clean = raw
      .replace(/\{\{[^}]*\}\}/g, '')
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/[*[\]]/g, '')
      // entity names with a number: validators v1, b20, lv1, operators Op1, Op3
      .replace(/\b(?:v|b|lv|Op|op)\d+\b/g, 'NAME');
    const covered = new Set<number>();
    for (const [re] of judged)
      for (const m of clean.matchAll(new RegExp(re.source, 'g')))
        for (let k = m.index; k < m.index + m[0].length; k++) covered.add(k);
    for (const m of clean.matchAll(/\d/g))
      if (!covered.has(m.index)) out.push(`${file}:${line}: …${clean.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
  }
  return out;
}

describe('no number typed by hand where the engine computes it (issue 14, item 1)', () => {
  it.each(lessons.map((l) => [l.file, l.text] as const))('%s', (file, text) => {
    expect(unjudgedNumbers(file, text, TYPED[file.replace('lessons/', '')] ?? [])).toEqual([]);
  });

  it('a number typed where a placeholder belongs is caught', () => {
    const text = '---\nid: x\n---\n\n## Step: Pay\n\nAlice has {{holder:alice.balance}}, and Bob 12 ETH.\n';
    expect(unjudgedNumbers('lessons/x.md', text, [])).toEqual([
      'lessons/x.md:7: …Alice has , and Bob 12 ETH.…',
      'lessons/x.md:7: …Alice has , and Bob 12 ETH.…',
    ]);
  });
});
