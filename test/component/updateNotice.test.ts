// @vitest-environment jsdom
/**
 * The offline notice under the header (src/ui/offline/UpdateNotice.svelte) over the page's update state
 * (src/app/offline/appUpdate.svelte.ts), with a fake "apply" in place of the service worker: a new version is
 * offered, never applied on its own, and applied once when the learner presses "Reload now".
 */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import UpdateNotice from '../../src/ui/offline/UpdateNotice.svelte';
import { AppUpdate } from '../../src/app/offline/appUpdate.svelte';
import { shouldRegister } from '../../src/app/offline/registerConditions';

function setup() {
  const update = new AppUpdate();
  const view = render(UpdateNotice, { props: { update } });
  return { update, ...view };
}

describe('UpdateNotice', () => {
  it('keeps one polite status region in the page, empty while there is nothing to say', () => {
    const { container } = setup();
    const regions = container.querySelectorAll('[role=status]');
    expect(regions).toHaveLength(1);
    expect(regions[0].textContent!.trim()).toBe('');
    expect(screen.queryByTestId('offline-notice')).toBeNull();
  });

  it('says once that the lab works offline, inside the region, until dismissed', async () => {
    const { update, container } = setup();
    update.offlineReady();
    flushSync();
    const notice = screen.getByTestId('offline-notice');
    expect(notice.closest('[role=status]')).toBe(container.querySelector('[role=status]'));
    expect(notice.textContent).toContain('The lab is ready to work offline');
    expect(screen.queryByRole('button', { name: 'Reload now' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('offline-notice')).toBeNull();
    // said once: a second report does not bring it back
    update.offlineReady();
    flushSync();
    expect(screen.queryByTestId('offline-notice')).toBeNull();
  });

  it('offers a waiting version and applies it only when "Reload now" is pressed, once', async () => {
    const { update } = setup();
    let finish = () => {};
    const apply = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    update.updateWaiting(apply);
    flushSync();
    expect(screen.getByTestId('offline-notice').textContent).toContain(
      'A new version is ready — it will be used next time you open the lab.',
    );
    expect(apply).not.toHaveBeenCalled();
    const reload = screen.getByRole('button', { name: 'Reload now' });
    await fireEvent.click(reload);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(update.status).toBe('updating');
    const busy = screen.getByTestId('offline-reload');
    expect(busy.textContent!.trim()).toBe('Reloading…');
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(busy);
    expect(apply).toHaveBeenCalledTimes(1);
    finish();
  });

  it('keeps the offer when the worker cannot be reached, so the learner can try again', async () => {
    const { update } = setup();
    const apply = vi.fn().mockRejectedValueOnce(new Error('no worker')).mockResolvedValueOnce(undefined);
    update.updateWaiting(apply);
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    await vi.waitFor(() => expect(update.status).toBe('updateWaiting'));
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(apply).toHaveBeenCalledTimes(2);
  });

  it('"Later" puts the offer away; a later report (another tab took the new version) offers it again', async () => {
    const { update } = setup();
    update.updateWaiting(() => {});
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByTestId('offline-notice')).toBeNull();
    expect(update.status).toBe('updateWaiting');
    const reload = vi.fn();
    update.updateWaiting(reload);
    flushSync();
    await fireEvent.click(screen.getByRole('button', { name: 'Reload now' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never lets "ready offline" replace an update on offer', () => {
    const { update } = setup();
    update.updateWaiting(() => {});
    update.offlineReady();
    flushSync();
    expect(screen.getByTestId('offline-notice').dataset.status).toBe('updateWaiting');
  });
});

describe('when the page registers the service worker', () => {
  it('in a production build with service workers, and never in dev, unit tests or ?fuzz mode', () => {
    expect(shouldRegister({ production: true, fuzz: false, supported: true })).toBe(true);
    expect(shouldRegister({ production: false, fuzz: false, supported: true })).toBe(false);
    expect(shouldRegister({ production: true, fuzz: true, supported: true })).toBe(false);
    expect(shouldRegister({ production: true, fuzz: false, supported: false })).toBe(false);
  });
});
