// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import StoresHarness from './StoresHarness.svelte';
import NoticeBar from '../../src/ui/sandbox/NoticeBar.svelte';
import { Notices, setNotices } from '../../src/app/notices.svelte';

/** The notice bar reads the notices store alone. */
function setup() {
  const notices = new Notices();
  const view = render(StoresHarness, { props: { provide: () => setNotices(notices), component: NoticeBar } });
  return { notices, ...view };
}

afterEach(() => vi.useRealTimers());

describe('NoticeBar', () => {
  it('keeps one status region in the page, empty when there is nothing to say', () => {
    const { container } = setup();
    const region = container.querySelector('[role=status]');
    expect(region).not.toBeNull();
    expect(region!.textContent!.trim()).toBe('');
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('shows a confirmation inside the status region, with the catalogue text', () => {
    const { notices } = setup();
    notices.show('ok', { key: 'scenarios.loaded', params: { name: 'Three AVSs' } });
    flushSync();
    const notice = screen.getByTestId('notice');
    expect(notice.textContent).toContain('Loaded “Three AVSs”.');
    expect(notice.closest('[role=status]')).not.toBeNull();
    expect(notice.getAttribute('role')).toBeNull();
  });

  it('an error is an alert', () => {
    const { notices } = setup();
    notices.show('error', { key: 'sandbox.refused', params: { reason: 'Op2 is not registered.' } });
    flushSync();
    expect(screen.getByRole('alert').textContent).toContain('Not allowed: Op2 is not registered.');
  });

  it('is dismissed with its named button, which is a real (keyboard-reachable) button', () => {
    const { notices } = setup();
    notices.show('warn', { key: 'dismiss' });
    flushSync();
    const button = screen.getByRole('button', { name: 'Dismiss' });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('tabindex')).toBeNull();
    button.click();
    flushSync();
    expect(notices.notice).toBeNull();
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('Escape inside it dismisses it', async () => {
    const { notices } = setup();
    notices.show('error', { key: 'dismiss' });
    flushSync();
    await fireEvent.keyDown(screen.getByRole('button', { name: 'Dismiss' }), { key: 'Escape' });
    expect(notices.notice).toBeNull();
  });

  it('a confirmation steps aside after 8 s; an error stays until dismissed', () => {
    vi.useFakeTimers();
    const { notices } = setup();
    notices.show('ok', { key: 'dismiss' });
    flushSync();
    vi.advanceTimersByTime(7900);
    expect(notices.notice).not.toBeNull();
    vi.advanceTimersByTime(200);
    expect(notices.notice).toBeNull();
    notices.show('error', { key: 'dismiss' });
    flushSync();
    vi.advanceTimersByTime(60_000);
    expect(notices.notice).not.toBeNull();
  });
});
