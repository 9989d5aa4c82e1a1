import { describe, expect, it } from 'vitest';
import {
  RELOAD_GUARD_MS,
  RELOAD_KEY,
  reloadOnMissingChunk,
  shouldReloadForChunk,
} from '../../../src/app/offline/chunkReload';

describe('reload when a chunk of the old version is gone', () => {
  it('reloads the first time, not again within the guard, again after it', () => {
    expect(shouldReloadForChunk(undefined, 1_000_000)).toBe(true);
    expect(shouldReloadForChunk(1_000_000, 1_000_000 + RELOAD_GUARD_MS - 1)).toBe(false);
    expect(shouldReloadForChunk(1_000_000, 1_000_000 + RELOAD_GUARD_MS + 1)).toBe(true);
    expect(shouldReloadForChunk(Number.NaN, 5)).toBe(true);
  });

  it('a page reloads once on vite:preloadError and not in a loop', () => {
    const store = new Map<string, string>();
    let reloads = 0;
    const target = new EventTarget() as unknown as Window;
    Object.assign(target, {
      sessionStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => store.set(k, v),
      },
      location: { reload: () => reloads++ },
    });
    reloadOnMissingChunk(target);
    const first = new Event('vite:preloadError', { cancelable: true });
    target.dispatchEvent(first);
    expect(reloads).toBe(1);
    expect(first.defaultPrevented).toBe(true);
    expect(store.has(RELOAD_KEY)).toBe(true);
    // the reloaded page fails again at once: no second reload, the error is left to the route
    const second = new Event('vite:preloadError', { cancelable: true });
    target.dispatchEvent(second);
    expect(reloads).toBe(1);
    expect(second.defaultPrevented).toBe(false);
  });
});
