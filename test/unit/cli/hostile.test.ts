/**
 * Hostile input to the command-line tools, table-driven: every case of issue 12 (prototype-named keys, inexact
 * amounts, deep nesting, huge numbers, loose flags, refusals without their JSON path) and the classes that
 * already held (broken, truncated and missing files, markup in text fields, unknown flags). Bad input must end
 * with exit code 2 and exactly one line on stderr naming the file and the exact JSON path; good input must give
 * the exact value. The tools run in-process (src/cli/*.ts export their main); one case per tool also runs as a
 * real process to check the exit code itself.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../../src/cli/simulate';
import { analyzeCli, DEFAULT_BUDGET_MS, progressClock } from '../../../src/cli/analyze';
import { runCli, type CliIO } from '../../../src/cli/inputFile';

const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
let n = 0;
/** Writes `content` (a value to JSON.stringify, or raw text) to a fresh file and returns its path. */
function file(content: unknown): string {
  const path = join(dir, `case-${n++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function run(tool: 'simulate' | 'analyze', argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) };
  const code = runCli(tool === 'simulate' ? simulate : analyzeCli, argv, io);
  return { code, stdout, stderr };
}

const HEADER = { format: 'restaking-lab/scenario', version: 1, name: 'hostile' };
const scenario = (extra: Record<string, unknown> = {}) => ({
  ...HEADER,
  holders: [{ id: 'alice', balances: { ETH: '100' } }, { id: 'bob' }],
  ...extra,
});
const withBalance = (eth: unknown) => scenario({ holders: [{ id: 'alice', balances: { ETH: eth } }] });
const transfer = (fields: Record<string, unknown>) =>
  scenario({ events: [{ type: 'Transfer', from: 'alice', to: 'bob', amount: '1', ...fields }] });
/** A scenario as raw text, for what JSON.stringify cannot write (own "__proto__" keys, numbers past 2^53). */
const raw = (holdersJson: string) =>
  `{"format":"restaking-lab/scenario","version":1,"name":"h","holders":${holdersJson}}`;
const RESTAKING = {
  strategies: [{ id: 'lst', asset: 'LST' }],
  operators: [{ id: 'op' }],
  avss: [{ id: 'avs1', sets: [{ id: 0, strategies: ['lst'] }] }],
};

type Case = [name: string, tool: 'simulate' | 'analyze', content: unknown, args: string[], message: RegExp];

const refused: Case[] = [
  // Item 4: prototype-named keys and ids.
  [
    'balance key "toString"',
    'simulate',
    withBalance('1').holders && scenario({ holders: [{ id: 'alice', balances: { toString: '5' } }] }),
    [],
    /: \$\.holders\[0\]\.balances\.toString: "toString" is a reserved name/,
  ],
  [
    'balance key "__proto__" (not dropped silently)',
    'simulate',
    raw('[{"id":"alice","balances":{"__proto__":"5","ETH":"1"}}]'),
    [],
    /: \$\.holders\[0\]\.balances\.__proto__: "__proto__" is a reserved name/,
  ],
  [
    'balance key "constructor"',
    'simulate',
    raw('[{"id":"alice","balances":{"constructor":"5"}}]'),
    [],
    /: \$\.holders\[0\]\.balances\.constructor: "constructor" is a reserved name/,
  ],
  [
    'Transfer asset "__proto__"',
    'simulate',
    transfer({ asset: '__proto__' }),
    [],
    /: \$\.events\[0\]\.asset: must be an asset symbol/,
  ],
  [
    'Transfer asset "constructor"',
    'simulate',
    transfer({ asset: 'constructor' }),
    [],
    /: \$\.events\[0\]\.asset: "constructor" is a reserved name/,
  ],
  [
    'Transfer asset "hasOwnProperty"',
    'simulate',
    transfer({ asset: 'hasOwnProperty' }),
    [],
    /: \$\.events\[0\]\.asset: "hasOwnProperty" is a reserved name/,
  ],
  [
    'Transfer to "valueOf" (no phantom holder)',
    'simulate',
    transfer({ to: 'valueOf', amount: '10' }),
    [],
    /: \$\.events\[0\]\.to: "valueOf" is a reserved name/,
  ],
  [
    'holder id "constructor" (not "defined twice")',
    'simulate',
    scenario({ holders: [{ id: 'constructor' }] }),
    [],
    /: \$\.holders\[0\]\.id: "constructor" is a reserved name/,
  ],
  [
    'strategy id "constructor"',
    'simulate',
    scenario({ restaking: { strategies: [{ id: 'constructor' }] } }),
    [],
    /: \$\.restaking\.strategies\[0\]\.id: "constructor" is a reserved name/,
  ],
  [
    'strategy asset "toString"',
    'simulate',
    scenario({ restaking: { strategies: [{ id: 'lst', asset: 'toString' }] } }),
    [],
    /: \$\.restaking\.strategies\[0\]\.asset: "toString" is a reserved name/,
  ],
  [
    'a "__proto__" key in an event',
    'simulate',
    raw('[]').replace(/}$/, ',"events":[{"type":"AdvanceTime","days":1,"__proto__":{"x":1}}]}'),
    [],
    /: \$\.events\[0\]\.__proto__: "__proto__" is a reserved name/,
  ],
  // Item 5: amounts exact or refused.
  ['amount "1e-10"', 'simulate', withBalance('1e-10'), [], /: \$\.holders\[0\]\.balances\.ETH: is below 1 gwei/],
  [
    'amount 1e-10 (JSON number)',
    'simulate',
    raw('[{"id":"alice","balances":{"ETH":1e-10}}]'),
    [],
    /: \$\.holders\[0\]\.balances\.ETH: is below 1 gwei/,
  ],
  ['amount "0.5e-9"', 'simulate', withBalance('0.5e-9'), [], /: \$\.holders\[0\]\.balances\.ETH: is below 1 gwei/],
  [
    'amount "1.0000000001e0"',
    'simulate',
    withBalance('1.0000000001e0'),
    [],
    /: \$\.holders\[0\]\.balances\.ETH: has more than 9 decimals/,
  ],
  [
    'amount "1.5e-9"',
    'simulate',
    withBalance('1.5e-9'),
    [],
    /: \$\.holders\[0\]\.balances\.ETH: has more than 9 decimals/,
  ],
  [
    'amount 9007199254740993 (JSON number)',
    'simulate',
    raw('[{"id":"alice","balances":{"ETH":9007199254740993}}]'),
    [],
    /: \$\.holders\[0\]\.balances\.ETH: the number 9007199254740993 cannot be read exactly \(it would become 9007199254740992\); write it as a string: "9007199254740993"$/,
  ],
  [
    'amount 1e400 (JSON number)',
    'simulate',
    raw('[{"id":"alice","balances":{"ETH":1e400}}]'),
    [],
    /: \$\.holders\[0\]\.balances\.ETH: the number 1e400 cannot be read exactly \(it would become Infinity\)/,
  ],
  [
    'amount "1e999999999"',
    'simulate',
    withBalance('1e999999999'),
    [],
    /: \$\.holders\[0\]\.balances\.ETH: is too large/,
  ],
  [
    'amount "-1"',
    'simulate',
    withBalance('-1'),
    [],
    /: \$\.holders\[0\]\.balances\.ETH: must be a non-negative decimal number/,
  ],
  [
    'amount "0x10"',
    'simulate',
    withBalance('0x10'),
    [],
    /: \$\.holders\[0\]\.balances\.ETH: must be a non-negative decimal number/,
  ],
  [
    'amount "Infinity"',
    'simulate',
    withBalance('Infinity'),
    [],
    /: \$\.holders\[0\]\.balances\.ETH: must be a non-negative decimal number/,
  ],
  [
    'a number past 2^53 in an events file',
    'simulate',
    '[{"type":"AdvanceTime","epochs":9007199254740993}]',
    ['--events'],
    /: \$\[0\]\.epochs: the number 9007199254740993 cannot be read exactly/,
  ],
  // Item 6: deep nesting, flags, located set-up refusals.
  [
    '10,000 nested "[" (analyze)',
    'analyze',
    `{"validators":${'['.repeat(10_000)}`,
    [],
    /: \$: not valid JSON at line 1, column 114 \(nested deeper than 100 levels\)$/,
  ],
  [
    '10,000 nested "[" (simulate)',
    'simulate',
    `{"holders":${'['.repeat(10_000)}`,
    [],
    /: \$: not valid JSON at line 1, column 111 \(nested deeper than 100 levels\)$/,
  ],
  [
    '10,000 nested "{" in an events file',
    'simulate',
    `[${'{"a":'.repeat(10_000)}`,
    ['--events'],
    /: \$: not valid JSON at line 1, column \d+ \(nested deeper than 100 levels\)$/,
  ],
  [
    '--days ""',
    'simulate',
    scenario(),
    ['--days', ''],
    /^simulate: --days must be a whole number from 0 to 3650 in decimal digits, got ""$/,
  ],
  [
    '--days 0x10',
    'simulate',
    scenario(),
    ['--days', '0x10'],
    /^simulate: --days must be a whole number .* got "0x10"$/,
  ],
  ['--days 1e1', 'simulate', scenario(), ['--days', '1e1'], /got "1e1"$/],
  ['--days " 5"', 'simulate', scenario(), ['--days', ' 5'], /got " 5"$/],
  ['--days 3651', 'simulate', scenario(), ['--days', '3651'], /got "3651"$/],
  ['--days -1', 'simulate', scenario(), ['--days=-1'], /got "-1"$/],
  [
    '--budget ""',
    'analyze',
    scenario(),
    ['--budget', ''],
    /^analyze: --budget must be a positive number of milliseconds in decimal digits, or "none", got ""$/,
  ],
  ['--budget 0x10', 'analyze', scenario(), ['--budget', '0x10'], /got "0x10"$/],
  ['--budget 0', 'analyze', scenario(), ['--budget', '0'], /got "0"$/],
  [
    'an allocation to operator "ghost"',
    'simulate',
    scenario({
      restaking: { ...RESTAKING, allocations: [{ operator: 'ghost', avs: 'avs1', strategy: 'lst', magnitude: '1/2' }] },
    }),
    [],
    /: \$\.restaking\.allocations\[0\]\.operator: allocation: there is no operator "ghost"$/,
  ],
  [
    'an allocation to operator "ghost" (analyze)',
    'analyze',
    scenario({
      restaking: { ...RESTAKING, allocations: [{ operator: 'ghost', avs: 'avs1', strategy: 'lst', magnitude: '1/2' }] },
    }),
    [],
    /: \$\.restaking\.allocations\[0\]\.operator: allocation: there is no operator "ghost"$/,
  ],
  [
    'an operator defined twice',
    'simulate',
    scenario({ restaking: { operators: [{ id: 'op' }, { id: 'op' }] } }),
    [],
    /: \$\.restaking\.operators\[1\]\.id: operator "op" is defined twice$/,
  ],
  [
    'an LRT through a missing operator',
    'simulate',
    scenario({ restaking: { ...RESTAKING, lrts: [{ id: 'rst', strategy: 'lst', operators: ['op', 'nobody'] }] } }),
    [],
    /: \$\.restaking\.lrts\[0\]\.operators\[1\]: LRT "rst": there is no operator "nobody"$/,
  ],
  [
    'a validator owned by a missing holder (no doubled prefix)',
    'simulate',
    scenario({ ethereum: { validators: [{ id: 'v1', owner: 'carol', balance: '32' }] } }),
    [],
    /: \$\.ethereum\.validators\[0\]\.owner: there is no holder "carol"/,
  ],
  [
    'a Cosmos delegation from a missing holder',
    'simulate',
    scenario({
      holders: [{ id: 'alice', balances: { ATOM: '10' } }],

      cosmos: {
        validators: [{ id: 'c1', operator: 'alice', selfBond: '1', commission: '0.1' }],
        delegations: [{ holder: 'zed', validator: 'c1', amount: '1' }],
      },
    }),
    [],
    /: \$\.cosmos\.delegations\[0\]\.holder: there is no holder "zed"/,
  ],
  [
    'a Lido holder who does not exist (path completed with its "$")',
    'simulate',
    scenario({ liquid: { lido: [{ id: 'lido', operators: ['op1'], holders: [{ holder: 'zed', eth: '1' }] }] } }),
    [],
    /: \$\.liquid\.lido\[0\]\.holders\[0\]\.holder: there is no holder "zed"/,
  ],
  [
    'a pool provider who does not exist (found in markets, not in another section)',
    'simulate',
    scenario({
      ethereum: { validators: [{ id: 'v1', owner: 'bob', balance: '32' }] },
      markets: { pools: [{ id: 'curve', asset: 'ETH2', provider: 'zed', token: '1', eth: '1' }] },
    }),
    [],
    /: \$\.markets\.pools\[0\]\.provider: pool "curve": there is no holder "zed"$/,
  ],
  // Item 2: limits on event count and simulated time (src/engine/scenario/limits.ts), for the whole log.
  [
    "issue 12's freezing link: cosmos-double-sign plus 2,000 AdvanceTime of 3,650 days",
    'simulate',
    (() => {
      const cds = JSON.parse(readFileSync('public/scenarios/cosmos-double-sign.json', 'utf8'));
      const long = Array.from({ length: 2000 }, () => ({ type: 'AdvanceTime', days: 3650 }));
      return { ...cds, events: [...cds.events, ...long] };
    })(),
    [],
    /: \$\.events\[7\]: a scenario may simulate at most 3,650 days \(10 years, the simulator's limit\); this event would take it to day 3,674$/,
  ],
  [
    '10,001 events in a scenario',
    'simulate',
    scenario({ events: Array.from({ length: 10_001 }, () => ({ type: 'AdvanceTime', epochs: 1 })) }),
    [],
    /: \$\.events\[10000\]: a scenario may hold at most 10,000 events \(the simulator's limit\); this would be event 10,001$/,
  ],
  [
    '60,000 events in a scenario (refused before they are all read)',
    'simulate',
    scenario({ events: Array.from({ length: 60_000 }, () => ({ type: 'AdvanceTime', epochs: 1 })) }),
    [],
    /: \$\.events\[10000\]: a scenario may hold at most 10,000 events/,
  ],
  [
    '3,651 days in epochs',
    'simulate',
    scenario({
      events: [
        { type: 'AdvanceTime', days: 3650 },
        { type: 'Transfer', from: 'alice', to: 'bob', amount: '1' },
        { type: 'AdvanceTime', epochs: 225 },
      ],
    }),
    [],
    /: \$\.events\[2\]: a scenario may simulate at most 3,650 days .*this event would take it to day 3,651$/,
  ],
  [
    'an events file past the time limit after the scenario',
    'simulate',
    [
      { type: 'AdvanceTime', days: 3000 },
      { type: 'AdvanceTime', days: 650 },
      { type: 'AdvanceTime', epochs: 1 },
    ],
    ['--events'],
    /: \$\[2\]: a scenario may simulate at most 3,650 days .*this event would take it to epoch 821,251 \(day 3,650\)$/,
  ],
  [
    'an events file of 10,001 events',
    'simulate',
    Array.from({ length: 10_001 }, () => ({ type: 'AdvanceTime', epochs: 1 })),
    ['--events'],
    /: \$\[10000\]: a scenario may hold at most 10,000 events/,
  ],
  [
    "--days past the time limit after the scenario's events",
    'simulate',
    scenario({ events: [{ type: 'AdvanceTime', days: 3000 }] }),
    ['--days', '651'],
    /^simulate: --days: a scenario may simulate at most 3,650 days .*this event would take it to day 3,651$/,
  ],
  [
    'a scenario past the time limit (analyze)',
    'analyze',
    scenario({
      events: [
        { type: 'AdvanceTime', days: 3650 },
        { type: 'AdvanceTime', days: 1 },
      ],
    }),
    [],
    /: \$\.events\[1\]: a scenario may simulate at most 3,650 days/,
  ],
  // Classes that already held.
  [
    'truncated JSON',
    'simulate',
    JSON.stringify(scenario()).slice(0, 40),
    [],
    /: \$: not valid JSON at line 1, column 41 \(unexpected end of input\)$/,
  ],
  [
    'a stray comma',
    'simulate',
    '{"format": "restaking-lab/scenario",\n  "version": 1,,\n}',
    [],
    /: \$: not valid JSON at line 2, column 16 \(expected a property name in double quotes\)$/,
  ],
  [
    'text after the JSON',
    'simulate',
    `${JSON.stringify(scenario())} x`,
    [],
    /: \$: not valid JSON .*unexpected text after the JSON value/,
  ],
  [
    'a bit-flipped quote',
    'simulate',
    JSON.stringify(scenario()).replace('"alice"', '"alice\u0002'),
    [],
    /: \$: not valid JSON .*control character in string/,
  ],
  ['a number where a name is', 'simulate', scenario({ name: 12 }), [], /: \$\.name: Invalid type/],
  [
    'a newer version',
    'simulate',
    { ...scenario(), version: 2 },
    [],
    /: \$\.version: must be 1 \(the only version this build reads\)$/,
  ],
  ['an unknown flag', 'simulate', scenario(), ['--bogus'], /^simulate: Unknown option '--bogus'/],
];

describe('hostile input to the CLI: exit code 2 and one located line on stderr', () => {
  it.each(refused)('%s', (_name, tool, content, args, message) => {
    const path = file(content);
    // "--events" in args takes the hostile file; otherwise the hostile file is the scenario.
    const argv = args[0] === '--events' ? [file(scenario()), '--events', path] : [path, ...args];
    const r = run(tool, argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    if (!/^(simulate|analyze): /.test(lines[0])) expect(lines[0].startsWith(`${path}: $`)).toBe(true);
    // Never a bare "$:" when the problem is deeper, never a doubled "$: $." prefix.
    expect(lines[0]).not.toMatch(/\$: \$/);
  });
});

describe('hostile input the CLI must read exactly', () => {
  const report = (content: unknown, args: string[] = []) => {
    const r = run('simulate', [file(content), '--no-trace', ...args]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout);
  };

  it('"12345678901234567891e0" ETH is exactly 12345678901234567891 ETH (no digits lost)', () => {
    expect(report(withBalance('12345678901234567891e0')).accounts.ETH['holder:alice']).toBe(
      '12345678901234567891000000000',
    );
  });

  it('exponent forms and JSON numbers that survive the round trip are exact: "3.2E+1", 1e-9, 0.1, "1.5000000000"', () => {
    const r = report(
      scenario({
        holders: [
          { id: 'a', balances: { ETH: '3.2E+1' } },
          { id: 'b', balances: { ETH: 1e-9 } },
          { id: 'c', balances: { ETH: 0.1 } },
          { id: 'd', balances: { ETH: '1.5000000000' } },
        ],
      }),
    );
    expect(r.accounts.ETH).toEqual({
      'holder:a': '32000000000',
      'holder:b': '1',
      'holder:c': '100000000',
      'holder:d': '1500000000',
    });
  });

  it('a 400-digit backgroundStake runs (the integer square root never goes through a float)', () => {
    const stake = '9'.repeat(400);
    const r = report(
      scenario({ ethereum: { backgroundStake: stake, validators: [{ id: 'v1', owner: 'alice', balance: '32' }] } }),
      ['--days', '1'],
    );
    expect(r.ethereum.backgroundStake).toBe(`${stake}000000000`);
    expect(r.epoch).toBe(225);
  });

  it('markup in every text field is carried as text, exactly (nothing interprets it)', () => {
    const markup = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const r = run('simulate', [
      file({
        ...scenario(),
        name: markup,
        description: markup,
        attribution: markup,
        holders: [{ id: 'alice', name: markup }],
      }),
      '--no-trace',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).scenario).toBe(markup);
  });

  it('a log exactly at both limits runs: 10,000 events and 3,650 days (src/engine/scenario/limits.ts)', () => {
    // 3,649 events of 1 day, 225 of 1 epoch (the last day, 225 epochs a day), and 6,126 transfers of 1 gwei.
    const events = [
      ...Array.from({ length: 3649 }, () => ({ type: 'AdvanceTime', days: 1 })),
      ...Array.from({ length: 225 }, () => ({ type: 'AdvanceTime', epochs: 1 })),
      ...Array.from({ length: 6126 }, () => ({ type: 'Transfer', from: 'alice', to: 'bob', amount: '0.000000001' })),
    ];
    expect(events).toHaveLength(10_000);
    const r = report(scenario({ events }));
    expect(r.epoch).toBe(3650 * 225);
    expect(r.accounts.ETH['holder:bob']).toBe('6126');
  });

  it('--days with leading zeros is still decimal ("016" is 16 days)', () => {
    expect(report(scenario(), ['--days', '016']).epoch).toBe(16 * 225);
  });
});

describe('the exact analysis has a default time budget and says whether its answer is exact', () => {
  it('a budget that runs out: "exact": false in the report, and a line on stderr saying so', () => {
    // The real 2024 network (1,000+ operators) cannot be settled in 1 ms.
    const r = run('analyze', ['public/scenarios/real-network-2024-10.json', '--budget', '1', '--psi', '0.3']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).exact).toBe(false);
    expect(r.stderr.trimEnd()).toBe(
      'analyze: the 0.001 s budget ran out: the answer is NOT exact ("exact": false; "bounds" holds what is proven); give a larger --budget, or --budget none',
    );
  });

  it('while it searches, a progress line goes to stderr every 5 s of the budget (a fake clock)', () => {
    let t = 1000;
    const lines: string[] = [];
    const now = progressClock(
      () => t,
      DEFAULT_BUDGET_MS,
      (line) => lines.push(line),
    );
    for (; t < 1000 + 12_000; t += 250) now();
    expect(lines).toEqual([
      'analyze: searching, 5 s of the 60 s budget used\n',
      'analyze: searching, 10 s of the 60 s budget used\n',
    ]);
  });

  it('the default budget answers exactly on an example, with "exact": true and nothing on stderr', () => {
    const r = run('analyze', ['public/scenarios/three-avs-unique.json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).exact).toBe(true);
    expect(r.stderr).toBe('');
  });
});

describe('as real processes: the exit code itself is 2', () => {
  const TSX = join('node_modules', '.bin', 'tsx');
  it.each([
    [
      'simulate',
      raw('[{"id":"alice","balances":{"toString":"5"}}]'),
      /\$\.holders\[0\]\.balances\.toString: "toString" is a reserved name/,
    ],
    [
      'analyze',
      `{"validators":${'['.repeat(10_000)}`,
      /\$: not valid JSON at line 1, column 114 \(nested deeper than 100 levels\)/,
    ],
  ])('%s', (tool, content, message) => {
    const path = file(content);
    const r = spawnSync(TSX, [`src/cli/${tool}.ts`, path], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});
