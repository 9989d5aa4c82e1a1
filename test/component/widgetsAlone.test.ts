// @vitest-environment jsdom
/**
 * Each widget a lesson or an embed reuses mounts by itself, given a scenario and nothing else: the test builds
 * only the small stores the widget reads (from the scenario file), puts each in its own context, and checks
 * something the learner sees. No Sandbox, no autosave, no loader.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import StoresHarness from './StoresHarness.svelte';
import Graph from '../../src/ui/sandbox/Graph.svelte';
import Narration from '../../src/ui/sandbox/Narration.svelte';
import Inspector from '../../src/ui/sandbox/Inspector.svelte';
import TimeControls from '../../src/ui/sandbox/TimeControls.svelte';
import CostProfitBars from '../../src/ui/panels/CostProfitBars.svelte';
import LineChart from '../../src/ui/panels/LineChart.svelte';
import { ScenarioStore, setScenario } from '../../src/app/scenario.svelte';
import { Selection, setSelection } from '../../src/app/selection.svelte';
import { CascadePlayer, setCascade } from '../../src/app/cascade.svelte';
import { GraphView, setGraphView } from '../../src/app/graphView.svelte';
import { StakeDrag } from '../../src/app/stakeDrag.svelte';
import { setStakeDrag } from '../../src/app/stakeDragContext';
import { AllocationEditor, setAllocations } from '../../src/app/allocations';
import { Notices } from '../../src/app/notices.svelte';
import { TimePlayer, setTimePlayer } from '../../src/app/timePlayer.svelte';
import { avsRows } from '../../src/app/dashboardData';
import { history } from '../../src/app/history';
import { holderAccount } from '../../src/engine/world';

beforeAll(() => {
  // jsdom lacks what Svelte Flow measures with, and layout.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener() {},
    removeEventListener() {},
    addListener() {},
    removeListener() {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  (globalThis as Record<string, unknown>).DOMMatrixReadOnly ??= class {
    m22 = 1;
    constructor() {}
  };
  Element.prototype.scrollIntoView ??= function () {};
});

const scenarioFile = (name: string): unknown => JSON.parse(readFileSync(`public/scenarios/${name}`, 'utf8'));
const solo = () => ScenarioStore.from(scenarioFile('solo-staker-slashed.json'));

describe('widgets mounted alone, from a scenario', () => {
  it('the graph: nodes named from the scenario, with only the stores it reads', () => {
    const scenario = solo();
    const notices = new Notices();
    const graph = new GraphView(scenario);
    const { container } = render(StoresHarness, {
      props: {
        provide: () => {
          setGraphView(graph);
          setSelection(new Selection());
          setCascade(new CascadePlayer());
          setStakeDrag(new StakeDrag(scenario, graph, notices));
          setAllocations(new AllocationEditor(scenario, notices));
        },
        component: Graph,
        style: 'position: relative; width: 1200px; height: 700px',
      },
    });
    flushSync();
    const alice = container.querySelector('.svelte-flow__node[data-id="holder:alice"]');
    expect(alice?.textContent).toContain('Alice');
    expect(container.querySelector('.svelte-flow__node[data-id="validator:v1"]')).not.toBeNull();
  });

  it("the narration: the scenario's slashing told in sentences, from a cascade player alone", () => {
    const scenario = solo();
    const cascade = new CascadePlayer();
    cascade.play(scenario.worldAt(2).trace, true); // the slashing (the second event)
    render(StoresHarness, { props: { provide: () => setCascade(cascade), component: Narration } });
    flushSync();
    const items = within(screen.getByTestId('narration')).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(1);
    expect(screen.getByTestId('narration').textContent).toMatch(/slash/i);
  });

  it("the inspector: the selected holder's name and its numbers, from the scenario and a selection", async () => {
    const scenario = solo();
    render(StoresHarness, {
      props: {
        provide: () => {
          setScenario(scenario);
          setSelection(new Selection('holder:alice'));
        },
        component: Inspector,
      },
    });
    flushSync();
    // the selected entity's part loads with the first selection (InspectorEntity.svelte)
    expect(await screen.findByText('Alice', {}, { timeout: 20_000 })).toBeTruthy();
    // The details (numbers, history) load on demand, as on the sandbox page.
    const tables = await screen.findAllByRole('table', {}, { timeout: 20_000 });
    expect(tables.length).toBeGreaterThan(0);
    expect(within(tables[0]).getAllByRole('row').length).toBeGreaterThan(1);
    expect(tables[0].textContent).toMatch(/\d/);
  });

  it('the time controls: the clock of the scenario, and a step moves it by the chosen unit', () => {
    const scenario = solo();
    const time = new TimePlayer(scenario);
    render(StoresHarness, { props: { provide: () => setTimePlayer(time), component: TimeControls } });
    flushSync();
    const clock = screen.getByTestId('clock');
    const before = time.epoch;
    // 2 + 19 + 19 days of 225 epochs (a day of 32-slot epochs of 12 s: 86400 / 384 = 225).
    expect(before).toBe(40 * 225);
    expect(clock.textContent).toContain(`${before}`);
    screen.getByRole('button', { name: 'Advance one day' }).click();
    flushSync();
    expect(time.epoch).toBe(before + 225);
    expect(clock.textContent).toContain(`${before + 225}`);
  });

  it("a dashboard chart (cost vs profit per AVS): one bar pair per AVS of the scenario's world", () => {
    const scenario = ScenarioStore.from(scenarioFile('three-avs-pooled.json'));
    const rows = avsRows(scenario.world!);
    const { container } = render(CostProfitBars, { props: { rows } });
    expect(rows.map((r) => r.id).sort()).toEqual(['bridge', 'da', 'oracle']);
    expect(container.textContent).toContain('DA layer');
    expect(container.querySelectorAll('rect').length).toBeGreaterThanOrEqual(6);
  });

  it("a dashboard chart (values over the log): a holder's ETH at each position of the scenario", () => {
    const scenario = solo();
    const samples = history(scenario, (w) => w.ledger.assets.ETH?.balances.get(holderAccount('bob')) ?? 0n);
    const { container } = render(LineChart, {
      props: {
        title: 'Bob’s ETH',
        xs: samples.map((s) => s.position),
        series: [{ name: 'Bob', values: samples.map((s) => Number(s.value) / 1e9) }],
        summary: 'Bob’s ETH after each event of the scenario.',
      },
    });
    expect(samples.map((s) => s.position)).toEqual([0, 1, 2, 3, 4]);
    expect(container.querySelector('path')).not.toBeNull();
    expect(container.textContent).toContain('Bob');
    expect(container.querySelector('[role=img]')?.getAttribute('aria-label')).toContain('Bob’s ETH after each event');
  });
});
