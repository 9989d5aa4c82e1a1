// @vitest-environment jsdom
/**
 * oEmbed discovery from static HTML (https://oembed.com, section 4): every oEmbed file of public/oembed/ has a page,
 * public/widget/<id>.html, whose <head> as served links it with `rel="alternate" type="application/json+oembed"`,
 * with no script to run; and every oEmbed file is a valid "rich" response (section 2.3.4: version, type, html,
 * width, height) whose html is one iframe of embed.html showing the same widget as the page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SITE_PLACEHOLDER } from '../../../src/app/embed/oembed';
import { BUILT_IN_IDS } from '../../../src/app/embed/builtIns';
import { WIDGET_PAGE_DIR, oembedUrl, widgetPageUrl, widgetPages } from '../../../src/app/embed/widgetPage';

const ids = readdirSync('public/oembed')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

/** Markup as a consumer reads it: parsed, never run (DOMParser runs no script). */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const pageOf = (id: string) => parse(readFileSync(`public/${WIDGET_PAGE_DIR}/${id}.html`, 'utf8'));

/** A path of the site for an absolute URL under the placeholder origin, as a file of public/. */
function publicFile(url: string): string {
  expect(url.startsWith(`${SITE_PLACEHOLDER}/`)).toBe(true);
  return `public${new URL(url).pathname}`;
}

describe('widget pages: oEmbed discovery without JavaScript', () => {
  it('one page per oEmbed file, and no other (run `npm run oembed` after changing the scenarios)', () => {
    expect(ids).toEqual([...BUILT_IN_IDS].sort());
    expect(readdirSync(`public/${WIDGET_PAGE_DIR}`).sort()).toEqual(ids.map((id) => `${id}.html`));
  });

  it.each(ids)('%s: the page is up to date', (id) => {
    expect(readFileSync(`public/${WIDGET_PAGE_DIR}/${id}.html`, 'utf8')).toBe(widgetPages()[`${id}.html`]);
  });

  it.each(ids)('%s: its head links its oEmbed file, absolute, and the page has no script', (id) => {
    const doc = pageOf(id);
    const links = [...doc.querySelectorAll('link[rel~="alternate"]')];
    expect(links).toHaveLength(1);
    const link = links[0];
    expect(link.parentElement?.tagName).toBe('HEAD');
    expect(link.getAttribute('type')).toBe('application/json+oembed');
    const href = link.getAttribute('href')!;
    expect(href).toBe(`${SITE_PLACEHOLDER}/oembed/${id}.json`);
    expect(href).toBe(oembedUrl(id));
    expect(existsSync(publicFile(href))).toBe(true);
    expect(link.getAttribute('title')).toBe(JSON.parse(readFileSync(publicFile(href), 'utf8')).title);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    // the page's own policy refuses scripts anyway
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/script-src/);
  });

  it.each(ids)('%s: the oEmbed file is a rich response whose iframe shows the page’s widget', (id) => {
    const o = JSON.parse(readFileSync(`public/oembed/${id}.json`, 'utf8'));
    expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Restaking Lab' });
    expect(typeof o.title).toBe('string');
    expect(o.title.length).toBeGreaterThan(0);
    expect(Number.isInteger(o.width) && o.width > 0).toBe(true);
    expect(Number.isInteger(o.height) && o.height > 0).toBe(true);
    // `html`: exactly one element, an iframe of embed.html with the response's width and height, and no script
    const body = parse(`<body>${o.html}</body>`).body;
    expect(body.children).toHaveLength(1);
    const frame = body.children[0];
    expect(frame.tagName).toBe('IFRAME');
    expect(body.querySelectorAll('script')).toHaveLength(0);
    expect(frame.getAttribute('width')).toBe(String(o.width));
    expect(frame.getAttribute('height')).toBe(String(o.height));
    expect(frame.getAttribute('title')).toBeTruthy();
    const src = new URL(frame.getAttribute('src')!);
    expect(src.origin).toBe(SITE_PLACEHOLDER);
    expect(src.pathname).toBe('/embed.html');
    expect(Object.fromEntries(src.searchParams)).toEqual({ widget: 'cascade', scenario: id });
    // the page shows the same widget: its iframe, resolved from the page's address, is the response's
    const pageFrame = pageOf(id).querySelector('iframe')!;
    expect(new URL(pageFrame.getAttribute('src')!, widgetPageUrl(id)).href).toBe(src.href);
    expect(pageFrame.getAttribute('title')).toBe(frame.getAttribute('title'));
  });
});
