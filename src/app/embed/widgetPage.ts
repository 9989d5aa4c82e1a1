/**
 * A static page per built-in widget, public/widget/<id>.html: the address an author pastes into a CMS. Its <head>
 * carries the oEmbed discovery link (https://oembed.com, section 4: `<link rel="alternate"
 * type="application/json+oembed" href="…">`, the href a full URL), in the HTML as served, because consumers
 * (WordPress, crawlers) read the page's markup and never run its scripts; embed.html adds its link with JavaScript
 * only. The page shows the same widget in an iframe and links the app, and has no script at all (the CSP says so).
 *
 * Written by `npm run oembed` beside the oEmbed files (src/cli/oembed.ts); test/unit/embed/widgetPages.test.ts
 * checks each oEmbed file has its page and that they agree. Absolute URLs use the same placeholder origin as the
 * oEmbed files, which a deployment replaces (docs/embedding.md).
 */
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from './builtIns';
import { OEMBED_HEIGHT, OEMBED_WIDTH, SITE_PLACEHOLDER } from './oembed';
import { routeHref } from '../route';

/** Where the pages are, under the site's root (public/ in the repository, the build's root once built). */
export const WIDGET_PAGE_DIR = 'widget';

/** The oEmbed file a built-in widget's page points at. */
export const oembedUrl = (id: string, site = SITE_PLACEHOLDER) => `${site}/oembed/${id}.json`;
/** The page's own address once deployed. */
export const widgetPageUrl = (id: string, site = SITE_PLACEHOLDER) => `${site}/${WIDGET_PAGE_DIR}/${id}.html`;

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// No script at all; inline style only (one small sheet), the widget from this site in a frame, the icon.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";

// System colours (Canvas, CanvasText, LinkText) follow the reader's light or dark setting with the browser's own
// contrast; the page has nothing else to colour.
const STYLE = `
      :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
      body { margin: 0; background: Canvas; color: CanvasText; }
      main { max-width: ${OEMBED_WIDTH}px; margin: 0 auto; padding: 1.5rem 1rem; }
      h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
      iframe { display: block; width: 100%; height: ${OEMBED_HEIGHT}px; border: 1px solid GrayText; border-radius: 6px; }
      a { color: LinkText; }`;

/** The page of one built-in widget: relative links inside the site, the discovery link absolute. */
export function widgetPage(s: BuiltInScenario, site = SITE_PLACEHOLDER): string {
  const title = escapeHtml(s.title);
  const embedSrc = escapeHtml(`../embed.html?widget=cascade&scenario=${s.id}`);
  const appHref = escapeHtml(`../index.html${routeHref({ name: 'sandbox', scenario: s.file, share: null })}`);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · Restaking Lab</title>
    <meta name="description" content="${escapeHtml(s.summary)}" />
    <link rel="icon" href="../icon.svg" type="image/svg+xml" />
    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl(s.id, site))}" title="${title}" />
    <style>${STYLE}
    </style>
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      <p>${escapeHtml(s.summary)}</p>
      <iframe src="${embedSrc}" title="Restaking Lab: ${title}" width="${OEMBED_WIDTH}" height="${OEMBED_HEIGHT}" loading="lazy"></iframe>
      <p><a href="${appHref}">Open it in Restaking Lab</a>, where you can change the network and run it again.</p>
    </main>
  </body>
</html>
`;
}

/** Every page as `public/widget/<id>.html` should hold it. */
export function widgetPages(): Record<string, string> {
  return Object.fromEntries(BUILT_IN_SCENARIOS.map((s) => [`${s.id}.html`, widgetPage(s)]));
}
