// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SandboxHarness from './SandboxHarness.svelte';
import SidePanel from '../../src/ui/sandbox/SidePanel.svelte';
import { Sandbox } from '../../src/app/sandbox.svelte';
import { LayoutPrefs, clampSideWidth, SIDE_MIN } from '../../src/app/layoutPrefs.svelte';
import { DEFAULT_SCENARIO } from '../../src/app/defaultScenario';
import type { TraceStep } from '../../src/engine/trace';

beforeAll(() => {
  Element.prototype.scrollIntoView ??= function () {};
});

const step = (id: number, text: string): TraceStep =>
  ({
    id,
    kind: 'test',
    layer: 'service',
    entities: [],
    amounts: {},
    movements: [],
    text,
    parent: null,
  }) as unknown as TraceStep;
const trace = [step(0, 'one'), step(1, 'two'), step(2, 'three')];

function setup(props: { stacked?: boolean; narrow?: boolean } = {}) {
  localStorage.clear();
  const sandbox = new Sandbox();
  expect(sandbox.scenario.load(DEFAULT_SCENARIO)).toBeNull();
  const view = render(SandboxHarness, {
    props: { sandbox, component: SidePanel, props: { stacked: false, narrow: false, ready: true, ...props } },
  });
  flushSync();
  return { sandbox, ...view };
}

const tab = (name: RegExp) => screen.getByRole('tab', { name });

describe('SidePanel as tabs (a short window)', () => {
  it('starts on the inspector; the narration log is in the page (covered) and stays a live region', () => {
    setup();
    expect(tab(/Inspector/).getAttribute('aria-selected')).toBe('true');
    expect(tab(/What happened/).getAttribute('aria-selected')).toBe('false');
    expect(document.getElementById('side-inspector')!.hidden).toBe(false);
    const log = screen.getByTestId('narration');
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(document.getElementById('side-narration')!.classList.contains('offstage')).toBe(true);
    expect(document.getElementById('side-narration')!.getAttribute('role')).toBe('tabpanel');
    expect(document.getElementById('side-narration')!.getAttribute('aria-labelledby')).toBe('side-tab-narration');
  });

  it('a cascade starting to play switches to the narration; selecting a node switches back', async () => {
    const { sandbox } = setup();
    sandbox.cascade.play(trace);
    flushSync();
    sandbox.cascade.pause();
    expect(tab(/What happened/).getAttribute('aria-selected')).toBe('true');
    expect(document.getElementById('side-inspector')!.hidden).toBe(true);
    expect(document.getElementById('side-narration')!.classList.contains('offstage')).toBe(false);
    sandbox.selection.select('operator:orion');
    flushSync();
    expect(tab(/Inspector/).getAttribute('aria-selected')).toBe('true');
    // the selected entity's part of the inspector loads with the first selection
    expect(await screen.findByText('Orion Nodes', {}, { timeout: 10_000 })).toBeTruthy();
  });

  it('steps narrated while the inspector covers the log are counted on the tab, and read in its name', () => {
    const { sandbox } = setup();
    sandbox.cascade.play(trace, true); // shown at once (time, undo): no switch
    flushSync();
    expect(tab(/Inspector/).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('unseen-steps').textContent).toBe('3 new');
    expect(tab(/What happened, 3 new steps/)).toBeTruthy();
    tab(/What happened/).click();
    flushSync();
    expect(screen.queryByTestId('unseen-steps')).toBeNull();
  });

  it('arrow keys move between the tabs (ARIA tabs pattern), only the selected tab is in the tab order', async () => {
    setup();
    const inspector = tab(/Inspector/);
    expect(inspector.getAttribute('tabindex')).toBe('0');
    expect(tab(/What happened/).getAttribute('tabindex')).toBe('-1');
    inspector.focus();
    await fireEvent.keyDown(inspector, { key: 'ArrowRight' });
    expect(tab(/What happened/).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab(/What happened/));
    await fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(tab(/Inspector/).getAttribute('aria-selected')).toBe('true');
  });

  it('when a cascade takes the panel while focus is in the inspector (a fault button), focus moves to the narration tab', async () => {
    const { sandbox } = setup();
    sandbox.selection.select('operator:orion');
    flushSync();
    const fault = await vi.waitFor(() => {
      const button = document.querySelector<HTMLButtonElement>('#side-inspector button[data-fault]');
      if (!button) throw new Error('the inspector shows no fault yet');
      return button;
    }, 10_000);
    fault.focus();
    sandbox.cascade.play(trace);
    flushSync();
    sandbox.cascade.pause();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement?.id).toBe('side-tab-narration');
  });

  it('collapses to a rail (and back); the live log stays in the page and new steps are counted on the rail', () => {
    const { sandbox } = setup();
    screen.getByRole('button', { name: 'Hide the side panel' }).click();
    flushSync();
    expect(sandbox.layout.sideCollapsed).toBe(true);
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.getByTestId('narration').getAttribute('aria-live')).toBe('polite');
    sandbox.cascade.play(trace, true);
    flushSync();
    expect(screen.getByRole('button', { name: /What happened, 3 new steps/ })).toBeTruthy();
    screen.getByRole('button', { name: /What happened, 3 new steps/ }).click();
    flushSync();
    expect(sandbox.layout.sideCollapsed).toBe(false);
    expect(tab(/What happened/).getAttribute('aria-selected')).toBe('true');
    // Remembered for the next visit.
    expect(JSON.parse(localStorage.getItem('restaking-lab:layout:v1')!).sideCollapsed).toBe(false);
  });
});

describe('SidePanel stacked (a tall window)', () => {
  it('shows inspector and narration together, with headings, no tabs', () => {
    setup({ stacked: true });
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByRole('heading', { name: /Inspector/ }).classList.contains('visually-hidden')).toBe(false);
    expect(screen.getByRole('heading', { name: /What happened/ }).classList.contains('visually-hidden')).toBe(false);
    expect(document.getElementById('side-inspector')!.hidden).toBe(false);
    expect(document.getElementById('side-narration')!.classList.contains('offstage')).toBe(false);
  });
});

describe('side panel width', () => {
  it('is kept between a readable minimum and 60% of the window', () => {
    expect(clampSideWidth(100, 1280)).toBe(SIDE_MIN);
    expect(clampSideWidth(500, 1280)).toBe(500);
    expect(clampSideWidth(5000, 1280)).toBe(768);
    expect(clampSideWidth(5000, 400)).toBe(SIDE_MIN);
  });

  it('is remembered, and a corrupt saved layout is ignored', () => {
    localStorage.clear();
    const a = new LayoutPrefs();
    a.setSideWidth(420, 1280);
    expect(new LayoutPrefs().sideWidth).toBe(420);
    localStorage.setItem('restaking-lab:layout:v1', '{not json');
    const b = new LayoutPrefs();
    expect(b.sideWidth).toBeNull();
    expect(b.sideCollapsed).toBe(false);
  });
});
