// @vitest-environment jsdom
import { describe, it, expect } from 'vitest';
import { render } from '@testing-library/svelte';
import { statechartOf, edgePath, edgeLabel, BOX } from '../../src/app/statechart';
import Statechart from '../../src/ui/panels/Statechart.svelte';
import { allocationChangeMachine } from '../../src/engine/restaking/machines/allocationMachine';
import { withdrawalMachine } from '../../src/engine/restaking/machines/withdrawalMachine';
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
    // 11 transitions in the machine: 6 along the path (DEPOSIT_PROCESSED, three ticks, VOLUNTARY_EXIT, WITHDRAW),
    // INITIATE_EXIT and SLASH out of active, SLASH from exiting and exited (self), SCHEDULE_ACTIVATION (internal).
    expect(c.edges).toHaveLength(11);
    const slashes = c.edges.filter((e) => e.event === 'SLASH');
    expect(slashes.map((e) => `${e.from}->${e.to}:${e.kind}`)).toEqual([
      'active->exiting:forward',
      'exiting->exiting:self',
      'exited->exited:self',
    ]);
    expect(slashes.every((e) => e.guarded && e.guard === 'slashable')).toBe(true);
    expect(c.edges.find((e) => e.event === 'DEPOSIT_PROCESSED')!.guarded).toBe(false);
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

  it('draws the rule the engine runs: the epoch ticks with their named guards, and the delays in epochs', () => {
    const c = statechartOf(validatorMachine);
    const ticks = c.edges.filter((e) => e.event === 'tick').map((e) => `${e.from}->${e.to} ${edgeLabel(e)}`);
    expect(ticks).toEqual([
      'pending->active tick [activationEpochReached]',
      'exiting->exited tick [exitEpochReached]',
      'exited->withdrawable tick [withdrawableEpochReached]',
    ]);
    const schedule = c.edges.find((e) => e.event === 'SCHEDULE_ACTIVATION')!;
    expect([schedule.kind, schedule.internal, schedule.guard]).toEqual(['self', true, 'activationNotScheduled']);
    // Three ways from active to exiting, their labels stacked one line apart.
    const out = c.edges.filter((e) => e.from === 'active' && e.to === 'exiting');
    expect(out.map((e) => edgeLabel(e))).toEqual([
      'VOLUNTARY_EXIT [shardCommitteePeriodServed]',
      'INITIATE_EXIT',
      'SLASH [slashable]',
    ]);
    const ys = out.map((e) => edgePath(c, e).ly);
    expect(ys[0] - ys[1]).toBe(11);
    expect(ys[1] - ys[2]).toBe(11);
    // consensus-specs: 1 + MAX_SEED_LOOKAHEAD, SHARD_COMMITTEE_PERIOD, MIN_VALIDATOR_WITHDRAWABILITY_DELAY, EPOCHS_PER_SLASHINGS_VECTOR.
    expect(c.delays.map((d) => [d.name, d.epochs])).toEqual([
      ['1 + MAX_SEED_LOOKAHEAD', 5],
      ['SHARD_COMMITTEE_PERIOD', 256],
      ['MIN_VALIDATOR_WITHDRAWABILITY_DELAY', 256],
      ['EPOCHS_PER_SLASHINGS_VECTOR', 8192],
    ]);
    // EigenLayer: DEALLOCATION_DELAY + 1 = 100801 blocks = 3151 epochs; the allocation delay is the operator's.
    const alloc = statechartOf(allocationChangeMachine);
    expect(alloc.delays.map((d) => [d.name, d.epochs])).toEqual([
      ['ALLOCATION_DELAY', null],
      ['DEALLOCATION_DELAY + 1 block', 3151],
    ]);
    expect(alloc.edges.filter((e) => e.guarded).map((e) => e.guard)).toEqual([
      'increaseWithoutDelay',
      'increaseAfterDelay',
      'decreaseNotSlashable',
      'decreaseSlashable',
      'effectEpochReached',
      'nothingLeftPending',
    ]);
  });

  it('the inspector figure lists each guarded transition and each delay beside the drawing', () => {
    const { container } = render(Statechart, {
      entry: { id: 'withdrawal', machine: withdrawalMachine, counts: { queued: 1 }, total: 1 },
    });
    const guards = [...container.querySelectorAll('[data-guard]')].map((li) => li.textContent);
    expect(guards).toEqual(['queued → completable: tick [completableEpochReached]']);
    const delays = [...container.querySelectorAll('[data-delay]')].map((li) => li.textContent);
    expect(delays).toEqual(['MIN_WITHDRAWAL_DELAY_BLOCKS = 3150']);
    const titles = [...container.querySelectorAll('text.event title')].map((t) => t.textContent);
    expect(titles).toContain('tick [completableEpochReached]');
  });
});
