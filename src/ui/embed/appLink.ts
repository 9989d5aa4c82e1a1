/** The address that opens what an embed shows in the full app (a new tab, on the reader's click). */
import { BUILT_IN_IDS, builtInFile } from '../../app/embed/builtInIds';
import type { EmbedParams } from '../../app/embed/params';
import { routeHref } from '../../app/route';

export function appHref(params: EmbedParams, base: string = document.baseURI): string {
  const app = new URL('index.html', base).href;
  if (params.widget === 'lesson' && params.lesson)
    return app + routeHref({ name: 'lesson', id: params.lesson, step: params.step });
  const s = params.scenario;
  if (s?.kind === 'share') return app + routeHref({ name: 'sandbox', share: s.payload, scenario: null });
  const file = s && (BUILT_IN_IDS as readonly string[]).includes(s.id) ? builtInFile(s.id) : null;
  return app + routeHref({ name: 'sandbox', share: null, scenario: file });
}
