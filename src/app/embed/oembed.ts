/**
 * oEmbed (https://oembed.com, section 2.3: the "rich" type) for the built-in widgets: one JSON file per built-in
 * scenario, public/oembed/<id>.json, whose `html` is the iframe snippet of the cascade widget. Written by
 * `npm run oembed` (src/cli/oembed.ts); test/unit/embed/oembed.test.ts checks the files are up to date. The embed
 * page links its scenario's file (<link rel="alternate" type="application/json+oembed">) so consumers find it.
 *
 * The site's address is not known at build time (the app is static and served from anywhere), so `html` uses a
 * placeholder origin that a deployment replaces, documented in docs/embedding.md.
 */
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from './builtIns';

export const SITE_PLACEHOLDER = 'https://restaking-lab.example';
export const OEMBED_WIDTH = 800;
export const OEMBED_HEIGHT = 760;

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function oembedFor(s: BuiltInScenario, site = SITE_PLACEHOLDER) {
  const src = `${site}/embed.html?widget=cascade&scenario=${s.id}`;
  return {
    version: '1.0',
    type: 'rich',
    title: s.title,
    provider_name: 'Restaking Lab',
    provider_url: `${site}/`,
    width: OEMBED_WIDTH,
    height: OEMBED_HEIGHT,
    html: `<iframe src="${escapeAttr(src)}" title="${escapeAttr(`Restaking Lab: ${s.title}`)}" width="${OEMBED_WIDTH}" height="${OEMBED_HEIGHT}" style="border:0;width:100%" loading="lazy" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
  };
}

/** Every file as `public/oembed/<id>.json` should hold it (2-space JSON and a final newline). */
export function oembedFiles(): Record<string, string> {
  return Object.fromEntries(
    BUILT_IN_SCENARIOS.map((s) => [`${s.id}.json`, `${JSON.stringify(oembedFor(s), null, 2)}\n`]),
  );
}
