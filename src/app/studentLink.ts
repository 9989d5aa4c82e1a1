/**
 * The addresses presenter mode writes: the page with `?present` put in or taken out (the rest of the query and
 * the hash kept), and the link students open, which is the same view without `?present` or `?theme` (a student's
 * device shows the normal, editable page in its own theme). Pure string work on a URL, so it is tested without a browser.
 */

/** `href` with the `present` flag set (written bare, `?present`) or removed; other parameters kept in order. */
export function withPresent(href: string, on: boolean): string {
  const url = new URL(href);
  const kept = url.search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && part.split('=')[0] !== 'present');
  if (on) kept.push('present');
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.toString();
}

/**
 * The students' link: this page without `?present` and without the projector's `?theme` (a student's device keeps
 * its own theme), showing `hash` (`#/lesson/<id>/<step>`, `#/sandbox?s=...`); `hash` omitted keeps the page's.
 */
export function studentUrl(href: string, hash?: string): string {
  const url = new URL(withPresent(href, false));
  url.searchParams.delete('theme');
  if (hash !== undefined) url.hash = hash.startsWith('#') ? hash.slice(1) : hash;
  return url.toString();
}

/** The hash that opens a lesson at a step. */
export const lessonHash = (lesson: string, step: string): string => `#/lesson/${lesson}/${step}`;
