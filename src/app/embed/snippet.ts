/**
 * The iframe snippet the "Embed this" dialog writes: the embed page's address with the chosen parameters (the
 * scenario as a share payload in the hash, or a lesson and step), the attributes docs/embedding.md recommends, and
 * a few lines of script that size the iframe from the widget's messages.
 */
import { embedQuery, type EmbedParams } from './params';

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedUrl(base: string, params: Partial<EmbedParams>): string {
  const { search, hash } = embedQuery(params);
  return `${new URL('embed.html', base).href}${search}${hash}`;
}

export function embedSnippet(base: string, params: Partial<EmbedParams>, title: string): string {
  const src = embedUrl(base, params);
  return [
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}"`,
    `  style="width: 100%; height: 600px; border: 0" loading="lazy" referrerpolicy="no-referrer"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>`,
    `<script>`,
    `  // Restaking Lab widgets post their height (docs/embedding.md): size each iframe from it.`,
    `  addEventListener('message', (e) => {`,
    `    if (e.data?.source !== 'restaking-lab' || typeof e.data.height !== 'number') return;`,
    `    for (const f of document.querySelectorAll('iframe[src*="embed.html"]'))`,
    `      if (f.contentWindow === e.source) f.style.height = Math.min(e.data.height, 5000) + 'px';`,
    `  });`,
    `</script>`,
  ].join('\n');
}
