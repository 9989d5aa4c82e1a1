import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadLessons } from '../../../src/lessons/load';
import { readLessonSources } from '../../../src/lessons/node';
import { fillBlocks } from '../../../src/lessons/text';
import { toText } from '../../../src/lessons/markdown';
import { prepared, readLesson, scenarios, TINY } from './fixtures';

const TSX = join('node_modules', '.bin', 'tsx');
const run = (args: string[] = []) => spawnSync(TSX, ['src/cli/lessonsCheck.ts', ...args], { encoding: 'utf8' });

describe('lessons:check', () => {
  it('passes every lesson in lessons/', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const files = readLessonSources(process.cwd()).map((s) => s.file);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) expect(r.stdout).toContain(`ok  ${f}`);
  }, 60_000);

  it('prints each problem with file and line and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
    const file = join(dir, 'broken.md');
    const goalLine = TINY.split('\n').indexOf('holder:bob.balance >= 2 ETH') + 1;
    // a goal that already holds at the start asks nothing of the learner
    writeFileSync(file, TINY.replace('holder:bob.balance >= 2 ETH', 'holder:alice.balance >= 1 ETH').replace('event Transfer\n', ''));
    const r = run([file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`lessons/broken.md:${goalLine - 1}: the goal already holds on the step's start state`);
  }, 60_000);

  it('loads the good lessons and lists a broken one as unavailable with the reason', () => {
    const { lessons, broken } = loadLessons(
      [
        { file: 'lessons/tiny.md', text: TINY },
        { file: 'lessons/bad.md', text: TINY.replace('id: tiny', 'id: bad').replace('"amount": "3"', '"amount": "300"') },
      ],
      scenarios,
    );
    expect(lessons.map((l) => l.lesson.meta.id)).toEqual(['tiny']);
    expect(broken).toHaveLength(1);
    expect(broken[0].reason).toMatch(/^lessons\/bad\.md:\d+: show-me event 0 \(Transfer\): Alice has only 8 ETH/);
  });
});

describe('placeholders follow the engine', () => {
  it('a lesson text changes when an engine parameter changes in a copy of its scenario', () => {
    const text = readLesson('02-solo-staking.md');
    const base = prepared('lessons/02-solo-staking.md', text);
    // the same lesson over a copy of its scenario where 299 other validators (9,568 ETH) were slashed, not 74
    const heavier = prepared('lessons/02-solo-staking.md', text, (file) => {
      const json = scenarios(file) as { ethereum: { backgroundSlashed: string } };
      return file === 'lesson-solo-staking.json' ? { ...json, ethereum: { ...json.ethereum, backgroundSlashed: '9568' } } : json;
    });
    const reveal = (p: typeof base) => {
      const s = p.steps.find((x) => x.step.id === 'the-correlation-penalty')!;
      return { text: toText(fillBlocks(s.step.reveal, s.outcomes[0]).blocks), answer: s.answer };
    };
    // process_slashings (consensus-specs electra): min(3 × slashed, total) // (total // 1 ETH) × (eb // 1 ETH)
    // total active 34,000,032 ETH (background + v1, v2 still active at the start; v1 counted until it exits)
    const penalty = (slashedEth: bigint) => ((3n * slashedEth * 10n ** 9n) / 34_000_032n) * 32n;
    expect(penalty(2_400n)).toBe(6_776_448n); // 74 × 32 + v1's 32 = 2,400 ETH
    expect(penalty(9_600n)).toBe(27_105_856n); // 299 × 32 + 32 = 9,600 ETH
    expect(reveal(base).text).toContain("v1's correlation penalty was 0.006776448 ETH");
    expect(reveal(heavier).text).toContain("v1's correlation penalty was 0.027105856 ETH");
    expect(reveal(heavier).text).toContain('9,600 ETH was slashed in the window');
    // and the predict question's right answer follows: the correlation penalty now exceeds 32 ETH / 4096
    expect(reveal(base).answer).toMatchObject({ ok: true, choice: 'initial' });
    expect(reveal(heavier).answer).toMatchObject({ ok: true, choice: 'correlation' });
  });
});
