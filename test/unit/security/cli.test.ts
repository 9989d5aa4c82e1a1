/**
 * The analyze CLI as a user runs it, and the mapping of one small world under the three security models
 * (the example of docs/security-analysis.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/security/analyze';
import { parseExactJson } from '../../../src/engine/security/exactJson';
import { NetworkError, type RestakingNetworkView, toRestakingGraph } from '../../../src/engine/security/fromNetwork';
import { WAD } from '../../../src/engine/restaking/wad';
import { readAnalysisInput } from '../../../src/engine/security/inputSchema';

const TSX = join('node_modules', '.bin', 'tsx');
const FIX = 'test/unit/security/fixtures';
const WORLD = join(FIX, 'two-services-world.json');

function cli(args: string[]) {
  return spawnSync(TSX, ['src/cli/analyze.ts', ...args], { encoding: 'utf8' });
}

describe('analyze CLI', () => {
  it('prints the report of a graph file (Ex1 with a shock and ψ)', () => {
    const r = cli([join(FIX, 'ex1.graph.json'), '--shock', 'v3', '--psi', '0.2']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      'secure',
      'worstAttack',
      'slack',
      'costOfCorruption',
      'eigenLayer',
      'cascade',
      'rPsi',
      'exact',
    ]);
    expect(out).toMatchObject({
      secure: false,
      worstAttack: { services: ['S1', 'S2'], validators: ['v2'], profit: 50, stake: 40 },
      slack: -0.2,
      costOfCorruption: { S1: 40, S2: 40 },
      eigenLayer: { holds: false, certifiedSlack: -5 / 17, perValidator: { v1: 0.75, v2: 17 / 12, v3: 2 / 3 } },
      cascade: {
        shock: ['v3'],
        steps: [{ services: ['S1', 'S2'], validators: ['v2'], profit: 50, stake: 40 }],
        lostStake: 60,
        lostFraction: 0.6,
        bound: null,
      },
      rPsi: { value: 0.6, exact: true },
      exact: true,
    });
  });

  it('maps a scenario file under its security model, or the one given with --model', () => {
    const pooled = JSON.parse(cli([WORLD]).stdout);
    expect(pooled.secure).toBe(false);
    expect(pooled.worstAttack).toEqual({ services: ['X', 'Y'], validators: ['op1'], profit: 120, stake: 100 });
    const unique = JSON.parse(cli([WORLD, '--model', 'unique']).stdout);
    expect(unique.secure).toBe(true);
    expect(unique.slack).toBeCloseTo(2 / 3, 15);
  });

  const bad: [string, string, RegExp][] = [
    [
      'negative stake',
      '{"validators":[{"id":"a","stake":-1}],"services":[],"edges":[]}',
      /: \$\.validators\[0\]\.stake: stake must not be negative$/,
    ],
    [
      'zero stake',
      '{"validators":[{"id":"a","stake":0}],"services":[],"edges":[]}',
      /: \$\.validators\[0\]\.stake: stake must be greater than zero$/,
    ],
    [
      'threshold above 1',
      '{"validators":[],"services":[{"id":"s","profit":1,"threshold":1.01}],"edges":[]}',
      /: \$\.services\[0\]\.threshold: threshold must be in \(0, 1\]/,
    ],
    [
      'threshold 0',
      '{"validators":[],"services":[{"id":"s","profit":1,"threshold":"0"}],"edges":[]}',
      /: \$\.services\[0\]\.threshold: threshold must be in \(0, 1\]/,
    ],
    [
      'unknown validator in an edge',
      '{"validators":[{"id":"a","stake":1}],"services":[{"id":"s","profit":1,"threshold":1}],"edges":[["b","s"]]}',
      /: \$\.edges\[0\]\[0\]: unknown validator id "b"$/,
    ],
    [
      'unknown service in an edge',
      '{"validators":[{"id":"a","stake":1}],"services":[{"id":"s","profit":1,"threshold":1}],"edges":[["a","t"]]}',
      /: \$\.edges\[0\]\[1\]: unknown service id "t"$/,
    ],
    [
      'duplicate validator ids',
      '{"validators":[{"id":"a","stake":1},{"id":"a","stake":2}],"services":[],"edges":[]}',
      /: \$\.validators\[1\]\.id: duplicate validator id "a"/,
    ],
    [
      'duplicate service ids',
      '{"validators":[],"services":[{"id":"s","profit":1,"threshold":1},{"id":"s","profit":1,"threshold":1}],"edges":[]}',
      /: \$\.services\[1\]\.id: duplicate service id "s"/,
    ],
    [
      'not a number',
      '{"validators":[{"id":"a","stake":"lots"}],"services":[],"edges":[]}',
      /: \$\.validators\[0\]\.stake: "lots" is not a number/,
    ],
    [
      'missing key',
      '{"validators":[{"id":"a"}],"services":[],"edges":[]}',
      /: \$\.validators\[0\]\.stake: is missing$/,
    ],
    [
      'negative profit',
      '{"validators":[],"services":[{"id":"s","profit":-2,"threshold":1}],"edges":[]}',
      /: \$\.services\[0\]\.profit: profit must not be negative$/,
    ],
    ['broken JSON', '{"validators": [', /: \$: not valid JSON at line 1, column 17 \(unexpected end of input\)$/],
    [
      'scenario without a version',
      '{"format":"restaking-lab/scenario","name":"x"}',
      /: \$\.version: is missing \(it is required\)$/,
    ],
    [
      'network with an unknown operator',
      '{"format":"restaking-lab/scenario","network":{"operators":[],"services":[{"id":"s","profit":"1","threshold":"1/2"}],"allocations":[{"operator":"o","service":"s","magnitude":"1"}]}}',
      /: \$\.network\.allocations\[0\]\.operator: unknown operator id "o"$/,
    ],
  ];
  it.each(bad)('bad input (%s): exit 2, one line naming the file, the path and the problem', (_name, json, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    const file = join(dir, 'input.json');
    writeFileSync(file, json);
    const r = cli([file]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`${file}: `)).toBe(true);
    expect(lines[0]).toMatch(message);
  });

  it('bad flags: unknown shock id, ψ out of range, bad budget', () => {
    const file = join(FIX, 'ex1.graph.json');
    expect(cli([file, '--shock', 'v1,zz']).stderr.trim()).toBe(`${file}: --shock: unknown validator id "zz"`);
    expect(cli([file, '--psi', '1.5']).stderr.trim()).toMatch(/--psi: psi must be between 0 and 1/);
    const b = cli([file, '--budget', 'soon']);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/--budget must be a positive number/);
  });
});

describe('one world under three security models', () => {
  const input = readAnalysisInput(parseExactJson(readFileSync(WORLD, 'utf8')));
  if (input.kind !== 'network') throw new Error('fixture is a network scenario');
  const view = input.view;

  it('unique stake: one node per allocation, one service each; secure with γ* = 2/3', () => {
    const { graph, nodes } = toRestakingGraph(view, 'unique');
    expect(nodes.map((n) => [n.id, n.stakeGwei, n.services])).toEqual([
      ['op1@X', 50_000_000_000n, ['X']],
      ['op1@Y', 50_000_000_000n, ['Y']],
      ['op2@X', 100_000_000_000n, ['X']],
      ['op3@Y', 100_000_000_000n, ['Y']],
    ]);
    const r = analyze(graph);
    expect(r.secure).toBe(true);
    expect(r.slack).toBe(2 / 3);
  });

  it('pooled: the shared operator attacks both services at once (120 > 100)', () => {
    const { graph } = toRestakingGraph(view, 'pooled');
    expect(graph.edges).toEqual([
      ['op1', 'X'],
      ['op1', 'Y'],
      ['op2', 'X'],
      ['op3', 'Y'],
    ]);
    const r = analyze(graph);
    expect(r.worstAttack).toEqual({ services: ['X', 'Y'], validators: ['op1'], profit: 120, stake: 100 });
    expect(r.slack).toBe(-1 / 6);
  });

  it('shared vault: over-committed limits share the collateral (like pooled); split limits isolate it (like unique)', () => {
    const over = analyze(toRestakingGraph(view, 'sharedVault').graph);
    expect(over.worstAttack).toEqual({ services: ['X', 'Y'], validators: ['V1/op1'], profit: 120, stake: 100 });
    const split: RestakingNetworkView = {
      ...view,
      vaults: view.vaults!.map((v) =>
        v.id === 'V1' ? { ...v, networkLimits: v.networkLimits.map((l) => ({ ...l, limitGwei: 50_000_000_000n })) } : v,
      ),
    };
    const r = analyze(toRestakingGraph(split, 'sharedVault').graph);
    expect(r.secure).toBe(true);
    expect(r.slack).toBe(2 / 3);
  });

  it('layers: a network with a higher limit sees an extra layer of the same collateral', () => {
    const v: RestakingNetworkView = {
      model: 'sharedVault',
      operators: [{ id: 'o', stakeGwei: 0n }],
      services: [
        { id: 'A', profitGwei: 1n, threshold: '1/2' },
        { id: 'B', profitGwei: 1n, threshold: '1/2' },
      ],
      allocations: [],
      vaults: [
        {
          id: 'V',
          activeStakeGwei: 1000n,
          networkLimits: [
            { service: 'A', limitGwei: 800n },
            { service: 'B', limitGwei: 300n },
          ],
          operatorShares: [
            { service: 'A', operator: 'o', shares: 1n },
            { service: 'B', operator: 'o', shares: 1n },
          ],
        },
      ],
    };
    const { nodes } = toRestakingGraph(v);
    expect(nodes.map((n) => [n.id, n.stakeGwei, n.services])).toEqual([
      ['V/o#1', 300n, ['A', 'B']],
      ['V/o#2', 500n, ['A']],
    ]);
  });

  it('unique stake rounds allocations down and refuses more than 100% in total', () => {
    const v: RestakingNetworkView = {
      model: 'unique',
      operators: [{ id: 'o', stakeGwei: 10n }],
      services: [{ id: 'A', profitGwei: 1n, threshold: '1' }],
      allocations: [{ operator: 'o', service: 'A', magnitudeWad: WAD / 3n }],
    };
    expect(toRestakingGraph(v).nodes[0].stakeGwei).toBe(3n);
    expect(() =>
      toRestakingGraph({ ...v, allocations: [...v.allocations, { operator: 'o', service: 'A', magnitudeWad: WAD }] }),
    ).toThrow(NetworkError);
  });
});
