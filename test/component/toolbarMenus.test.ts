// @vitest-environment jsdom
/**
 * The toolbar's menus load their bodies on demand (src/ui/sandbox/menuBodies.ts, menuBodyLoader.svelte.ts): closed,
 * each is only its button; opened before the bodies are here, the menu opens at once and its body is drawn, with
 * focus in it, as soon as they arrive; Escape closes it and gives focus back to the button, as before the split.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SandboxHarness from './SandboxHarness.svelte';
import ExportMenu from '../../src/ui/export/ExportMenu.svelte';
import ModelSwitchMenu from '../../src/ui/sandbox/ModelSwitchMenu.svelte';
import Toolbar from '../../src/ui/sandbox/Toolbar.svelte';
import { menuBodies } from '../../src/ui/sandbox/menuBodyLoader.svelte';
import { Sandbox } from '../../src/app/sandbox.svelte';
import { DEFAULT_SCENARIO } from '../../src/app/defaultScenario';

function setup(component: typeof ExportMenu | typeof ModelSwitchMenu | typeof Toolbar) {
  localStorage.clear();
  const sandbox = new Sandbox();
  expect(sandbox.scenario.load(DEFAULT_SCENARIO)).toBeNull();
  const view = render(SandboxHarness, { props: { sandbox, component } });
  flushSync();
  return { sandbox, ...view };
}

/** Lets the bodies' chunk arrive and the menu draw it (and the focus move into it). */
async function bodiesHere() {
  await menuBodies.load();
  await new Promise((resolve) => setTimeout(resolve, 0));
  flushSync();
}

describe('the toolbar menus, closed and opened', () => {
  // First in this file: the bodies are not loaded yet (a first opening before the idle prefetch).
  it('the export menu opened before its body is here opens at once, then draws it with focus in it', async () => {
    expect(menuBodies.current).toBeNull();
    setup(ExportMenu);
    const button = screen.getByTestId('export-menu-button');
    expect(screen.queryByTestId('export-menu')).toBeNull();
    button.focus();
    await fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('export-menu')).toBeTruthy();
    await bodiesHere();
    expect(menuBodies.current).not.toBeNull();
    const theme = screen.getByTestId('export-theme');
    expect(document.activeElement).toBe(theme);
    expect(screen.getByTestId('export-png')).toBeTruthy();
    expect(screen.getByTestId('export-svg')).toBeTruthy();
    await fireEvent.keyDown(theme, { key: 'Escape' });
    expect(screen.queryByTestId('export-menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('the scenario menu: the library first, then new, import and export; Escape gives focus back to the name', async () => {
    setup(Toolbar);
    const button = screen.getByTestId('scenario-menu-button');
    expect(screen.queryByTestId('scenario-menu')).toBeNull();
    await fireEvent.click(button);
    await bodiesHere();
    const menu = screen.getByTestId('scenario-menu');
    expect(document.activeElement).toBe(menu.querySelector('select#library'));
    expect(screen.getByTestId('new-empty')).toBeTruthy();
    expect(within(menu).getByRole('button', { name: 'Import JSON…' })).toBeTruthy();
    expect(within(menu).getByRole('button', { name: 'Export JSON' })).toBeTruthy();
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByTestId('scenario-menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('"New empty scenario" closes the menu, opens the empty scenario and then the builder', async () => {
    const { sandbox } = setup(Toolbar);
    expect(sandbox.draft.open).toBe(false);
    await fireEvent.click(screen.getByTestId('scenario-menu-button'));
    await bodiesHere();
    await fireEvent.click(screen.getByTestId('new-empty'));
    expect(screen.queryByTestId('scenario-menu')).toBeNull();
    // the load ends after the menu (and its body) is gone: the builder opens all the same
    await vi.waitFor(() => expect(sandbox.draft.open).toBe(true));
    expect(sandbox.scenario.scenario?.name).toBe('Empty scenario');
  });

  it('the security model switch: focus on the current model, arrow keys move, Escape returns to the switch', async () => {
    setup(ModelSwitchMenu);
    const button = screen.getByTestId('model-switch');
    expect(document.getElementById('model-menu')).toBeNull();
    await fireEvent.click(button);
    await bodiesHere();
    const choices = [...document.querySelectorAll<HTMLElement>('#model-menu button')];
    expect(choices.map((c) => c.dataset.model)).toEqual(['unique', 'pooled', 'sharedVault']);
    const pressed = choices.find((c) => c.getAttribute('aria-pressed') === 'true')!;
    expect(document.activeElement).toBe(pressed);
    const at = choices.indexOf(pressed);
    await fireEvent.keyDown(pressed, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(choices[(at + 1) % choices.length]);
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(document.getElementById('model-menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
