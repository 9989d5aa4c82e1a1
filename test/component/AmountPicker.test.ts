// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import SandboxHarness from './SandboxHarness.svelte';
import AmountPicker from '../../src/ui/sandbox/AmountPicker.svelte';
import { Sandbox } from '../../src/app/sandbox.svelte';
import { formatEth } from '../../src/engine/ledger/amount';
import { loadStakeDragRules } from '../../src/app/stakeDrag.svelte';

// The sandbox loads the drag's rules on idle after its first view (or at a first pick-up): here, before any test.
beforeAll(() => loadStakeDragRules());

beforeAll(() => {
  // jsdom's <dialog> may lack its methods; these stand-ins only toggle `open`, as the browser does.
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & Record<string, unknown>;
  if (typeof proto.show !== 'function')
    proto.show = function (this: HTMLDialogElement) {
      this.open = true;
    };
  if (typeof proto.close !== 'function')
    proto.close = function (this: HTMLDialogElement) {
      this.open = false;
    };
});

/** A sandbox whose stake drag has just been dropped on Op2: Dana has `available` gwei of ETH (an ETH strategy). */
async function open(available: bigint) {
  const sandbox = new Sandbox();
  const problem = sandbox.scenario.load({
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'Picker',
    holders: [{ id: 'dana', name: 'Dana', balances: { ETH: formatEth(available) } }],
    restaking: { strategies: [{ id: 'eth', asset: 'ETH' }], operators: [{ id: 'op2', name: 'Op2' }] },
    events: [],
  });
  expect(problem).toBeNull();
  sandbox.drag.pickUp('dana', null);
  sandbox.drag.hoverNode('operator:op2');
  expect(sandbox.drag.drop()).toBe(true);
  const confirm = vi.spyOn(sandbox.drag, 'confirm').mockImplementation(() => null);
  render(SandboxHarness, { props: { sandbox, component: AmountPicker } });
  flushSync();
  await tick();
  return { sandbox, confirm, dialog: screen.getByTestId('amount-picker') as HTMLDialogElement };
}

const number = () => screen.getByRole('spinbutton') as HTMLInputElement;
const slider = () => screen.getByRole('slider') as HTMLInputElement;

describe('AmountPicker', () => {
  it('opens for the drop, says who puts what where, in ETH, starting at 32 ETH when there is that much', async () => {
    const { dialog } = await open(80_000_000_000n);
    expect(dialog.open).toBe(true);
    expect(screen.getByRole('heading', { name: 'How much should Dana put into Op2?' })).toBeTruthy();
    expect(dialog.textContent).toContain('80 ETH available');
    expect(screen.getByRole('spinbutton', { name: 'Amount in ETH' })).toBe(number());
    expect(number().value).toBe('32');
    expect(slider().value).toBe('32');
    expect(slider().max).toBe('80');
    expect(slider().getAttribute('aria-valuetext')).toBe('32 ETH');
  });

  it('starts at everything available when that is under 32 ETH (exact decimals kept)', async () => {
    await open(12_500_000_001n);
    expect(number().value).toBe('12.500000001');
  });

  it('keeps the slider and the number in sync both ways', async () => {
    await open(80_000_000_000n);
    await fireEvent.input(slider(), { target: { value: '50' } });
    expect(number().value).toBe('50');
    expect(slider().getAttribute('aria-valuetext')).toBe('50 ETH');
    await fireEvent.input(number(), { target: { value: '12.5' } });
    expect(slider().value).toBe('12.5');
    expect(slider().getAttribute('aria-valuetext')).toBe('12.5 ETH');
  });

  it('refuses amounts above what is available, zero, or with more than 9 decimals, saying the limit', async () => {
    const { dialog } = await open(80_000_000_000n);
    const confirmButton = screen.getByRole('button', { name: 'Confirm' }) as HTMLButtonElement;
    for (const bad of ['81', '0', '1.0000000001']) {
      await fireEvent.input(number(), { target: { value: bad } });
      expect(confirmButton.disabled).toBe(true);
      expect(number().getAttribute('aria-invalid')).toBe('true');
      expect(dialog.textContent).toContain('at most 80 ETH');
    }
    await fireEvent.input(number(), { target: { value: '80' } });
    expect(confirmButton.disabled).toBe(false);
  });

  it('shows its figures by the one number policy (4 significant decimals, separators), the exact gwei on hover', async () => {
    // issue 13, item 4: "21000.025831597 ETH" read with 9 decimals and no separator
    const { dialog } = await open(21_000_025_831_597n);
    const available = screen.getByTestId('amount-available');
    expect(available.textContent?.trim()).toBe('21,000.0258 ETH available');
    expect(available.getAttribute('title')).toBe('21,000.025831597 ETH');
    await fireEvent.input(number(), { target: { value: '21000.025831597' } });
    // the field keeps every gwei for input; what is read out follows the policy
    expect(number().value).toBe('21000.025831597');
    expect(slider().getAttribute('aria-valuetext')).toBe('21,000.0258 ETH');
    await fireEvent.input(number(), { target: { value: '30000' } });
    expect(dialog.textContent).toContain('at most 21,000.0258 ETH');
    expect(dialog.textContent).not.toMatch(/\d\.\d{5,}/);
  });

  it('a small stake reads with 4 significant digits, never 9 decimals', async () => {
    const { dialog } = await open(632_407n);
    expect(screen.getByTestId('amount-available').textContent?.trim()).toBe('0.0006324 ETH available');
    expect(number().value).toBe('0.000632407');
    expect(slider().getAttribute('aria-valuetext')).toBe('0.0006324 ETH');
    expect(dialog.textContent).not.toContain('0.000632407');
  });

  it('Enter (the form submitting) confirms the amount typed', async () => {
    const { confirm } = await open(80_000_000_000n);
    await fireEvent.input(number(), { target: { value: '20' } });
    await fireEvent.submit(number().form!);
    expect(confirm).toHaveBeenCalledWith('20');
  });

  it('an invalid amount is never confirmed, even by submitting', async () => {
    const { confirm } = await open(80_000_000_000n);
    await fireEvent.input(number(), { target: { value: '100' } });
    await fireEvent.submit(number().form!);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('Escape cancels: nothing is confirmed, the drag ends and says the stake went back', async () => {
    const { sandbox, confirm, dialog } = await open(80_000_000_000n);
    await fireEvent.keyDown(number(), { key: 'Escape' });
    flushSync();
    expect(confirm).not.toHaveBeenCalled();
    expect(sandbox.drag.phase).toBe('idle');
    expect(dialog.open).toBe(false);
    expect(sandbox.notices.announcement?.key).toBe('drag.cancelled');
  });

  it('Cancel does the same', async () => {
    const { sandbox, confirm } = await open(80_000_000_000n);
    screen.getByRole('button', { name: 'Cancel' }).click();
    flushSync();
    expect(confirm).not.toHaveBeenCalled();
    expect(sandbox.drag.phase).toBe('idle');
  });

  it('keeps the keyboard inside, as a modal dialog does: Tab from the last control wraps to the first, Shift+Tab back', async () => {
    const { dialog } = await open(80_000_000_000n);
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const confirmButton = screen.getByRole('button', { name: 'Confirm' });
    confirmButton.focus();
    await fireEvent.keyDown(confirmButton, { key: 'Tab' });
    expect(document.activeElement).toBe(slider());
    await fireEvent.keyDown(slider(), { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirmButton);
  });

  it('a click outside the dialog (on the scrim) cancels', async () => {
    const { sandbox, confirm, dialog } = await open(80_000_000_000n);
    const scrim = document.querySelector('.scrim')!;
    expect(scrim).toBeTruthy();
    await fireEvent.pointerDown(scrim);
    flushSync();
    expect(confirm).not.toHaveBeenCalled();
    expect(sandbox.drag.phase).toBe('idle');
    expect(dialog.open).toBe(false);
    expect(document.querySelector('.scrim')).toBeNull();
  });
});
