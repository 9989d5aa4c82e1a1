/** The current hash route as reactive state. */
import { parseRoute, type Route } from './route';
import { withoutLoadParams } from './urlParams';

export class Router {
  route = $state.raw<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        this.route = parseRoute(location.hash);
      });
    }
  }
}

/**
 * Takes `s=` and `scenario=` out of the address bar (history.replaceState: no new history entry, no hashchange),
 * so a reload restores the autosave instead of opening the link again. Called before a scenario is opened or
 * folded, and returns the hash as it was (what the route asked for).
 */
export function dropLoadParams(): string {
  if (typeof location === 'undefined' || typeof history === 'undefined') return '';
  const hash = location.hash;
  const clean = withoutLoadParams(hash);
  if (clean !== hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${clean}`);
  return hash;
}
