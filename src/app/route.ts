/**
 * Hash routes: `#/` home, `#/sandbox` (optionally `#/sandbox?s=<share payload>`), `#/lessons`, `#/lesson/<id>[/<step>]`. Pure parsing so it
 * can be tested without a browser; router.svelte.ts keeps the current route in reactive state.
 */
export type Route =
  | { name: 'home' }
  | { name: 'sandbox'; share: string | null; scenario: string | null }
  | { name: 'lessons' }
  | { name: 'lesson'; id: string; step: string | null }
  | { name: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  // A bare share link (#s=...) opens the sandbox.
  if (raw.startsWith('s=')) return { name: 'sandbox', share: raw.slice(2), scenario: null };
  const [path, query = ''] = raw.split('?', 2) as [string, string?];
  const params = new URLSearchParams(query);
  switch (path.replace(/\/+$/, '') || '/') {
    case '':
    case '/':
      return { name: 'home' };
    case '/sandbox':
      return { name: 'sandbox', share: params.get('s'), scenario: params.get('scenario') };
    case '/lessons':
      return { name: 'lessons' };
    default: {
      // #/lesson/<id> or #/lesson/<id>/<step>
      const m = /^\/lesson\/([a-z0-9][a-z0-9-]{0,63})(?:\/([a-z0-9-]{1,48}))?\/?$/.exec(path);
      if (m) return { name: 'lesson', id: m[1], step: m[2] ?? null };
      return { name: 'notFound', path };
    }
  }
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'lessons':
      return '#/lessons';
    case 'lesson':
      return route.step ? `#/lesson/${route.id}/${route.step}` : `#/lesson/${route.id}`;
    case 'sandbox': {
      const q = new URLSearchParams();
      if (route.scenario) q.set('scenario', route.scenario);
      if (route.share) q.set('s', route.share);
      const qs = q.toString();
      return qs ? `#/sandbox?${qs}` : '#/sandbox';
    }
    case 'notFound':
      return `#${route.path}`;
  }
}
