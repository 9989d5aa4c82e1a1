/**
 * The simulator's own worlds through the security analysis (issue 4, deliverable 2): the three-AVS scenario
 * after its fault, mapped under each model. Expected figures worked out by hand from the scenario file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { fold } from '../../../src/engine/sim';
import { worldGraph } from '../../../src/engine/security/fromWorld';
import { analyze } from '../../../src/engine/security/analyze';

function world(file: string) {
  const parsed = parseScenario(JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return fold(parsed.value).world;
}

describe('worldGraph', () => {
  // Three operators restake 300 / 200 / 100 and allocate 30% to each of DA (profit 150), oracle (60) and
  // bridge (120), threshold 1/2. The fault: the oracle slashes 50% of op1's oracle allocation (90 -> 45).
  it('unique stake: one node per allocation; DA and bridge are each cheaper to corrupt than they pay', () => {
    const { graph } = worldGraph(world('three-avs-unique.json'));
    expect(graph.validators).toHaveLength(9);
    const r = analyze(graph);
    // DA: {90, 60, 30} needs 90 -> op1@da; oracle: {45, 60, 30} needs 67.5 -> 45 + 30 = 75; bridge: 90.
    expect(r.costOfCorruption).toEqual({ da: 90, oracle: 75, bridge: 90 });
    expect(r.secure).toBe(false);
    expect(r.worstAttack).toMatchObject({ services: ['da', 'bridge'], profit: 270, stake: 180 });
    expect(r.slack).toBeCloseTo(90 / 150 - 1, 12); // the binding service is DA: 90 / 150
  });

  it('pooled: one node per operator, seen by every AVS it serves; one coalition takes all three', () => {
    // After the fault op1 has 150 (it lost 50% of everything), op2 200, op3 100: each AVS sees 450, needs 225.
    const { graph } = worldGraph(world('three-avs-pooled.json'));
    expect(graph.validators.map((v) => v.id).sort()).toEqual(['op1', 'op2', 'op3']);
    const r = analyze(graph);
    expect(r.costOfCorruption).toEqual({ da: 250, oracle: 250, bridge: 250 });
    expect(r.worstAttack).toMatchObject({
      services: ['da', 'oracle', 'bridge'],
      validators: ['op1', 'op3'],
      profit: 330,
      stake: 250,
    });
  });

  it('the same unique world analysed as if pooled (what the compare view shows)', () => {
    // Delegated after the fault: op1 255 (lost 45 of 300), op2 200, op3 100 = 555; need 277.5 -> op2 + op3 = 300.
    const { graph, operatorOf } = worldGraph(world('three-avs-unique.json'), 'pooled');
    expect(operatorOf).toEqual({ op1: 'op1', op2: 'op2', op3: 'op3' });
    const r = analyze(graph);
    expect(r.costOfCorruption).toEqual({ da: 300, oracle: 300, bridge: 300 });
    expect(r.worstAttack).toMatchObject({ profit: 330, stake: 300 });
  });
});

describe('npm run analyze on a scenario file', () => {
  it('folds the scenario and prints the analysis of its world', () => {
    const r = spawnSync(
      join('node_modules', '.bin', 'tsx'),
      ['src/cli/analyze.ts', 'public/scenarios/three-avs-pooled.json'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ secure: false, exact: true, worstAttack: { profit: 330, stake: 250 } });
  });
});
