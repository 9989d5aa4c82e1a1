/**
 * Lets a `.svelte.ts` store run under plain tsx (no Svelte compiler) in a benchmark: `$state` and `$state.raw` become
 * the identity, so the store is a plain class. Import this module before the store.
 */
const identity = <T>(v: T): T => v;
const state = Object.assign(identity, { raw: identity });
(globalThis as unknown as { $state: typeof state }).$state = state;
export {};
