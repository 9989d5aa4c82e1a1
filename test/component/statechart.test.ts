// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { statechartOf, edgePath, BOX } from '../../src/app/statechart';
import { validatorMachine } from '../../src/engine/staking/ethereum/validatorMachine';
import { validatorMachine as cosmosValidator } from '../../src/engine/staking/cosmos/validatorMachine';
import { slashRequestMachine } from '../../src/engine/services/slashRequestMachine';

describe('statechart layout', () => {
  it('puts the Ethereum validator lifecycle in one row, left to right in lifecycle order', () => {
    const c = statechartOf(validatorMachine);
    expect(c.states.map((s) => s.key)).toEqual([
      'deposited',
      'pending',
      'active',
      'exiting',
      'exited',
      'withdrawable',
      'withdrawn',
    ]);
    expect(c.states.map((s) => s.column)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const ys = new Set(c.states.map((s) => s.y));
    expect(ys.size).toBe(1);
    for (let i = 1; i < c.states.length; i++) expect(c.states[i].x).toBeGreaterThan(c.states[i - 1].x + BOX.w);
    expect(c.states[0].initial).toBe(true);
    expect(c.states.find((s) => s.key === 'withdrawn')!.final).toBe(true);
  });

  it('labels every transition with its event, marks guards and self-loops', () => {
    const c = statechartOf(validatorMachine);
    // 9 transitions in the machine: 6 along the path, INITIATE_EXIT, and SLASH from exiting and exited (self).
    expect(c.edges).toHaveLength(9);
    const slashes = c.edges.filter((e) => e.event === 'SLASH');
    expect(slashes.map((e) => `${e.from}->${e.to}:${e.kind}`)).toEqual([
      'active->exiting:forward',
      'exiting->exiting:self',
      'exited->exited:self',
    ]);
    expect(slashes.every((e) => e.guarded)).toBe(true);
    expect(c.edges.find((e) => e.event === 'ACTIVATE')!.guarded).toBe(false);
    const self = edgePath(c, slashes[1]);
    expect(self.ly).toBeLessThan(c.states.find((s) => s.key === 'exiting')!.y);
  });

  it('stacks states at the same depth and draws a way back under the boxes', () => {
    const c = statechartOf(slashRequestMachine);
    const [req, vetoed, executed] = ['requested', 'vetoed', 'executed'].map((k) => c.states.find((s) => s.key === k)!);
    expect(vetoed.column).toBe(1);
    expect(executed.column).toBe(1);
    expect(vetoed.x).toBe(executed.x);
    expect(vetoed.y).not.toBe(executed.y);
    expect(req.y).toBeGreaterThan(Math.min(vetoed.y, executed.y));
    const cosmos = statechartOf(cosmosValidator);
    const back = cosmos.edges.find((e) => e.event === 'UNJAIL')!;
    expect(back.kind).toBe('back');
    const p = edgePath(cosmos, back);
    expect(p.ly).toBeGreaterThan(cosmos.states[0].y + BOX.h);
  });
});
