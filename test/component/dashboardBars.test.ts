// @vitest-environment jsdom
/**
 * CostProfitBars from given numbers: one cost bar and one profit bar per AVS, lengths on one linear scale (the
 * largest amount spans the plot), the amounts and the "safe alone" / "pays alone" verdict in words, and the AVSs of
 * the worst attack marked so that "safe alone" is never read as "safe".
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import CostProfitBars from '../../src/ui/panels/CostProfitBars.svelte';
import type { AvsRow } from '../../src/app/dashboardData';

const G = 1_000_000_000n;
const row = (id: string, name: string, cost: bigint, profit: bigint): AvsRow => ({
  id,
  name,
  stakeSeen: cost * 2n,
  stakeNeeded: cost,
  cost,
  exact: true,
  profit,
  threshold: [1n, 2n],
  safeAlone: cost >= profit,
});
// DA layer: cost 225 > profit 150, safe alone; Oracle: cost 10 < profit 60, pays alone.
const rows = [row('da', 'DA layer', 225n * G, 150n * G), row('oracle', 'Price oracle', 10n * G, 60n * G)];
// The plot is W - LEFT - RIGHT = 520 - 110 - 150 = 260 px wide for the largest amount (225 ETH).
const PLOT = 260;

describe('CostProfitBars', () => {
  it('draws each bar on one scale: the largest amount spans the plot', () => {
    const { container } = render(CostProfitBars, { props: { rows } });
    const da = container.querySelector('g[data-avs="da"]')!;
    const oracle = container.querySelector('g[data-avs="oracle"]')!;
    const width = (g: Element, sel: string) => Number(g.querySelector(sel)!.getAttribute('width'));
    expect(width(da, 'rect.cost')).toBeCloseTo(PLOT, 6);
    expect(width(da, 'rect.profit-bar')).toBeCloseTo((150 / 225) * PLOT, 6);
    expect(width(oracle, 'rect.cost')).toBeCloseTo((10 / 225) * PLOT, 6);
    expect(width(oracle, 'rect.profit-bar')).toBeCloseTo((60 / 225) * PLOT, 6);
  });

  it('writes the amounts and the verdict in words, not by colour alone', () => {
    const { container } = render(CostProfitBars, { props: { rows } });
    const da = container.querySelector('g[data-avs="da"]')!;
    const oracle = container.querySelector('g[data-avs="oracle"]')!;
    expect([...da.querySelectorAll('text.val')].map((t) => t.textContent)).toEqual(['225', '150']);
    // SVG text collapses white space when drawn (the formatted template breaks the line after the mark).
    const words = (el: Element) => el.querySelector('text.verdict')!.textContent!.replace(/\s+/g, ' ');
    expect(words(da)).toBe('✓ safe alone');
    expect(words(oracle)).toBe('⚠ pays alone');
    expect(oracle.querySelector('text.verdict')!.classList.contains('unsafe')).toBe(true);
    expect(da.querySelector('text.verdict')!.classList.contains('unsafe')).toBe(false);
  });

  it('summarises every pair for screen readers', () => {
    const { getByRole } = render(CostProfitBars, { props: { rows } });
    expect(getByRole('img').getAttribute('aria-label')).toBe(
      'Cost versus profit of corruption per AVS: DA layer: cost 225 ETH, profit 150 ETH, safe alone; Price oracle: cost 10 ETH, profit 60 ETH, pays alone.',
    );
  });

  it('marks the AVSs of the worst attack, in the picture and in the summary', () => {
    const { container, getByRole } = render(CostProfitBars, { props: { rows, attack: ['da'] } });
    expect(container.querySelector('g[data-avs="da"]')!.classList.contains('in-attack')).toBe(true);
    expect(container.querySelector('g[data-avs="da"] text.attack')!.textContent).toBe('⚠ in the worst attack');
    expect(container.querySelector('g[data-avs="oracle"] text.attack')).toBeNull();
    expect(getByRole('img').getAttribute('aria-label')).toContain(
      'DA layer: cost 225 ETH, profit 150 ETH, safe alone, in the worst attack;',
    );
  });

  it('large amounts follow the number policy (separators, at most 4 decimals, as on the graph cards)', () => {
    const { container } = render(CostProfitBars, {
      props: { rows: [row('big', 'Big', 248_512_973_388_944n, 20_000n * G)] },
    });
    expect([...container.querySelectorAll('text.val')].map((t) => t.textContent)).toEqual(['248,512.9734', '20,000']);
  });
});
