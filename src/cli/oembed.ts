/**
 * Writes public/oembed/<id>.json for every built-in scenario (see src/app/embed/oembed.ts), and the page that
 * links each one from static HTML, public/widget/<id>.html (src/app/embed/widgetPage.ts), so consumers that never
 * run JavaScript discover it.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oembedFiles } from '../app/embed/oembed';
import { WIDGET_PAGE_DIR, widgetPages } from '../app/embed/widgetPage';

/** Makes `dir` hold exactly `files`: stale files (a scenario removed) go. */
function writeDir(dir: string, files: Record<string, string>) {
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (!(old in files)) rmSync(join(dir, old));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  console.log(`wrote ${Object.keys(files).length} files to ${dir}`);
}

writeDir('public/oembed', oembedFiles());
writeDir(join('public', WIDGET_PAGE_DIR), widgetPages());
