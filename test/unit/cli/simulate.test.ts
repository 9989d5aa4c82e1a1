/**
 * The headless CLI as a scenario author uses it: every example scenario runs and its report balances to the gwei;
 * bad input exits with code 2 and exactly one line on stderr naming the file, the JSON path and the problem.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';
import { buildReport } from '../../../src/engine/report';

const TSX = join('node_modules', '.bin', 'tsx');
const scenarioFiles = readdirSync('public/scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => join('public/scenarios', f));

function simulate(args: string[]) {
  return spawnSync(TSX, ['src/cli/simulate.ts', ...args], { encoding: 'utf8' });
}

describe('example scenarios', () => {
  it('there are at least four', () => {
    expect(scenarioFiles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(scenarioFiles)('%s parses, folds and balances to the gwei', (file) => {
    const parsed = parseScenario(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.issues)}`);
    const { world, traces } = fold(parsed.value);
    const report = buildReport(world, traces) as { ledger: Record<string, { balanced: boolean; total: string }> };
    for (const [asset, t] of Object.entries(report.ledger)) {
      expect(t.balanced, `${file}: ${asset}`).toBe(true);
    }
    // Every step explains itself in a sentence.
    for (const step of traces.flat()) expect(step.text.length).toBeGreaterThan(10);
  });
});

describe('npm run simulate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'simulate-'));
  const good = join(dir, 'good.json');
  writeFileSync(
    good,
    JSON.stringify({
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'two friends',
      holders: [{ id: 'alice', balances: { ETH: '100' } }, { id: 'bob' }],
    }),
  );

  it('prints a JSON report with exact gwei balances, applying --events and --days', () => {
    const events = join(dir, 'events.json');
    writeFileSync(events, JSON.stringify([{ type: 'Transfer', from: 'alice', to: 'bob', amount: '1.000000001' }]));
    const out = execFileSync(TSX, ['src/cli/simulate.ts', good, '--events', events, '--days', '2'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out);
    expect(report.accounts.ETH['holder:alice']).toBe('98999999999');
    expect(report.accounts.ETH['holder:bob']).toBe('1000000001');
    expect(report.ledger.ETH).toMatchObject({ initial: '100000000000', total: '100000000000', balanced: true });
    expect(report.epoch).toBe(450);
    expect(report.trace.map((t: { event: string }) => t.event)).toEqual(['genesis', 'Transfer', 'AdvanceTime']);
  });

  it('a schema error: exit 2, one line naming the file, the JSON path and the rule', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'restaking-lab/scenario',
        version: 1,
        name: 'x',
        holders: [{ id: 'a', balances: { ETH: '-3' } }],
      }),
    );
    const r = simulate([bad]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(bad);
    expect(lines[0]).toContain('$.holders[0].balances.ETH');
    expect(lines[0]).toMatch(/non-negative decimal/);
  });

  it('a refused event names the events file and the event index', () => {
    const events = join(dir, 'overdraft.json');
    writeFileSync(events, JSON.stringify([{ type: 'Transfer', from: 'bob', to: 'alice', amount: '5' }]));
    const r = simulate([good, '--events', events]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${events}: $[0]: bob has only 0 ETH`);
  });

  it('broken JSON and a missing file are one-line errors too', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": "restaking-lab/scenario",\n  "version": 1,,\n}');
    const r1 = simulate([broken]);
    expect(r1.status).toBe(2);
    expect(r1.stderr).toMatch(
      new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: \\$: not valid JSON at line 2`),
    );
    const r2 = simulate([join(dir, 'nope.json')]);
    expect(r2.status).toBe(2);
    expect(r2.stderr).toContain('no such file');
  });
});
