/** Writes public/oembed/<id>.json for every built-in scenario (see src/app/embed/oembed.ts). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oembedFiles } from '../app/embed/oembed';

const dir = 'public/oembed';
mkdirSync(dir, { recursive: true });
const files = oembedFiles();
for (const old of readdirSync(dir)) if (!(old in files)) rmSync(join(dir, old));
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
console.log(`wrote ${Object.keys(files).length} files to ${dir}`);
