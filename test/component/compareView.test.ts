// @vitest-environment jsdom
/**
 * The compare view's tables (CompareTables.svelte) from two replays of the same events: three-avs-unique.json
 * replayed under unique stake and under pooled stake (replayCore, the worker's code). Under unique stake an AVS can
 * slash only what is allocated to it; pooled, every AVS an operator serves can slash its whole delegated stake, so
 * the stake seen per AVS differs and the differences say so in words. A side still computing shows no numbers and
 * the differences wait; a side the engine refuses says why.
 */
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import CompareTables from '../../src/ui/panels/CompareTables.svelte';
import { Replayer, eventKey, type ReplayOutcome } from '../../src/app/replayCore';
import type { ReplayState } from '../../src/app/replayRunner.svelte';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';
import type { SecurityModel } from '../../src/engine/world';
import { formatEthCard } from '../../src/app/displayAmount';

const json = JSON.parse(readFileSync('public/scenarios/three-avs-unique.json', 'utf8'));
const scenario = parseScenario(json);
if (!scenario.ok) throw new Error('scenario');
const events = parseEvents(json.events ?? []);
if (!events.ok) throw new Error('events');
const run = (model: SecurityModel): ReplayOutcome =>
  new Replayer(scenario.value, model).run((json.events ?? []).map(eventKey), () => events.value);
const unique = run('unique');
const pooled = run('pooled');
if (!unique.ok || !pooled.ok) throw new Error('replay failed');
const done = (outcome: ReplayOutcome): ReplayState => ({ kind: 'done', outcome });

describe('CompareView tables', () => {
  it('both sides done: each model’s stake per AVS, the rows that differ marked, and the differences in words', () => {
    const { container } = render(CompareTables, {
      props: { sides: [done(unique), done(pooled)], models: ['unique', 'pooled'] },
    });
    const left = screen.getByTestId('compare-side-0');
    const right = screen.getByTestId('compare-side-1');
    expect(within(left).getByRole('heading').textContent).toBe(
      'Unique stake (each operator set has its own stake) — current',
    );
    expect(within(right).getByRole('heading').textContent).toBe('Pooled (every AVS can slash the whole stake)');
    for (const r of unique.data.avs) {
      const p = pooled.data.avs.find((x) => x.id === r.id)!;
      // pooled sees at least what unique sees (the whole delegation, not only the allocation)
      expect(p.stakeSeen >= r.stakeSeen).toBe(true);
      const row = within(left).getByRole('row', { name: new RegExp(`^${r.name}`) });
      expect(row.textContent).toContain(`${formatEthCard(r.stakeSeen)} ETH`);
      expect(row.classList.contains('differs')).toBe(p.stakeSeen !== r.stakeSeen);
    }
    const items = [...container.querySelectorAll('[data-testid=compare-differences] li')].map((li) => li.textContent);
    const first = unique.data.avs.find((r) => r.stakeSeen !== pooled.data.avs.find((x) => x.id === r.id)!.stakeSeen)!;
    const other = pooled.data.avs.find((x) => x.id === first.id)!;
    expect(items).toContain(
      `${first.name} can slash ${formatEthCard(first.stakeSeen)} ETH under unique stake but ${formatEthCard(other.stakeSeen)} ETH under pooled stake.`,
    );
  });

  it('one side computing: it says so and shows no numbers; the differences wait', () => {
    render(CompareTables, {
      props: {
        sides: [done(unique), { kind: 'computing', previous: pooled, position: 9 }],
        models: ['unique', 'pooled'],
      },
    });
    expect(within(screen.getByTestId('compare-side-1')).getByRole('status').textContent).toContain(
      'Replaying under Pooled (every AVS can slash the whole stake)…',
    );
    expect(within(screen.getByTestId('compare-side-1')).queryByRole('table')).toBeNull();
    expect(screen.getByTestId('compare-differences').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('compare-differences').querySelectorAll('li')).toHaveLength(0);
  });

  it('a side the engine refuses says why; the other side still shows its numbers', () => {
    const refused: ReplayOutcome = {
      ok: false,
      model: 'sharedVault',
      error: 'event 2 (ModifyAllocation): allocations belong to EigenLayer',
    };
    render(CompareTables, { props: { sides: [done(unique), done(refused)], models: ['unique', 'sharedVault'] } });
    expect(screen.getByTestId('compare-side-1').textContent).toContain(
      'These events cannot be replayed under Shared vault (networks share a vault’s collateral): event 2 (ModifyAllocation): allocations belong to EigenLayer',
    );
    expect(within(screen.getByTestId('compare-side-0')).getAllByRole('table')).toHaveLength(2);
  });

  it('the same numbers under both: says nothing differs', () => {
    render(CompareTables, { props: { sides: [done(unique), done(unique)], models: ['unique', 'unique'] } });
    expect(screen.getByTestId('compare-differences').textContent).toContain('Nothing differs');
  });
});

describe('CompareView tables: losses', () => {
  it('marks the holders whose losses differ between the models', () => {
    render(CompareTables, { props: { sides: [done(unique), done(pooled)], models: ['unique', 'pooled'] } });
    const left = screen.getByTestId('compare-side-0');
    for (const y of unique.data.yields) {
      const p = pooled.data.yields.find((x) => x.holder === y.holder)!;
      const name = unique.data.holders.find((h) => h.id === y.holder)?.name ?? y.holder;
      const row = within(left).getByRole('row', { name: new RegExp(`^${name}`) });
      expect(row.classList.contains('differs')).toBe(y.losses + y.viaTokensLoss !== p.losses + p.viaTokensLoss);
    }
  });
});
