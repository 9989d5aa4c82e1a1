// @vitest-environment jsdom
/**
 * The analysis drawer closed is its bar (two tabs and the open button); its open parts (src/ui/panels/
 * AnalysisSplitter, AnalysisEnlarge, AnalysisTabPanel) load at its first opening with the other closed controls'
 * bodies (src/ui/sandbox/menuBodies.ts). Opening keeps the bar (and the focus in it); the splitter and the enlarge
 * button size the drawer as before (AnalysisSplitter: ±5 per arrow key within 20..88; AnalysisEnlarge: 88, or back
 * to 50).
 */
import { describe, expect, it } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SandboxHarness from './SandboxHarness.svelte';
import AnalysisDrawer from '../../src/ui/panels/AnalysisDrawer.svelte';
import { menuBodies } from '../../src/ui/sandbox/menuBodyLoader.svelte';
import { Sandbox } from '../../src/app/sandbox.svelte';
import { DEFAULT_SCENARIO } from '../../src/app/defaultScenario';

async function bodiesHere() {
  await menuBodies.load();
  await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

describe('the analysis drawer', () => {
  it('closed, it is its bar; opened, its bar stays (with the focus) and its open parts are drawn', async () => {
    expect(menuBodies.current).toBeNull();
    localStorage.clear();
    const sandbox = new Sandbox();
    expect(sandbox.scenario.load(DEFAULT_SCENARIO)).toBeNull();
    render(SandboxHarness, { props: { sandbox, component: AnalysisDrawer } });
    flushSync();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent?.trim())).toEqual(['Dashboard', 'Compare models']);
    expect(screen.queryByTestId('analysis-splitter')).toBeNull();
    expect(screen.queryByRole('tabpanel')).toBeNull();
    const toggle = screen.getByRole('button', { expanded: false });
    toggle.focus();
    await fireEvent.click(toggle);
    await bodiesHere();
    expect(toggle.isConnected).toBe(true);
    expect(document.activeElement).toBe(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const section = document.querySelector<HTMLElement>('section.drawer')!;
    expect(section.style.flexBasis).toBe('50%');
    const splitter = screen.getByTestId('analysis-splitter');
    expect(splitter.getAttribute('aria-valuenow')).toBe('50');
    expect(screen.getByRole('tabpanel').id).toBe('analysis-panel');

    await fireEvent.keyDown(splitter, { key: 'ArrowUp' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('55');
    expect(section.style.flexBasis).toBe('55%');
    await fireEvent.keyDown(splitter, { key: 'Home' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('20');
    await fireEvent.keyDown(splitter, { key: 'ArrowDown' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('20');

    await fireEvent.click(screen.getByRole('button', { name: 'Enlarge the analysis' }));
    expect(splitter.getAttribute('aria-valuenow')).toBe('88');
    await fireEvent.click(screen.getByRole('button', { name: 'Make the analysis smaller' }));
    expect(splitter.getAttribute('aria-valuenow')).toBe('50');

    await fireEvent.click(toggle);
    expect(screen.queryByTestId('analysis-splitter')).toBeNull();
    expect(screen.queryByRole('tabpanel')).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });
});
