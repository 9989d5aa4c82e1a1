/** public/oembed/*.json are what `npm run oembed` writes from the built-in scenarios (oEmbed 1.0, type "rich"). */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { oembedFiles } from '../../../src/app/embed/oembed';
import { BUILT_IN_IDS } from '../../../src/app/embed/builtIns';

describe('oEmbed files of the built-in widgets', () => {
  const expected = oembedFiles();
  it('one file per built-in scenario, and no other (run `npm run oembed` after changing the scenarios)', () => {
    expect(readdirSync('public/oembed').sort()).toEqual(Object.keys(expected).sort());
    expect(Object.keys(expected).length).toBe(BUILT_IN_IDS.length);
  });
  it.each(Object.keys(expected))('%s is up to date', (name) => {
    expect(readFileSync(`public/oembed/${name}`, 'utf8')).toBe(expected[name]);
  });
  it('each is a rich oEmbed response with the fields oEmbed 1.0 requires (section 2.3.4)', () => {
    for (const text of Object.values(expected)) {
      const o = JSON.parse(text);
      expect(o).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Restaking Lab' });
      expect(o.width).toBeGreaterThan(0);
      expect(o.height).toBeGreaterThan(0);
      expect(o.html).toMatch(/^<iframe src="[^"]+embed\.html\?widget=cascade&amp;scenario=[a-z0-9-]+"/);
    }
  });
});
