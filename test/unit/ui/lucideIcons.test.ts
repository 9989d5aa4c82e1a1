/**
 * The icons are drawn from data (src/ui/icons/lucide/*.ts, LucideIcon.svelte) rather than @lucide/svelte's one
 * component per icon: each module takes its node from the lucide package and names it; its name, node and former
 * names must be those @lucide/svelte (a dev dependency, for these checks) gives the same icon, so an icon looks and
 * is classed as lucide's Svelte package draws it, and an upgrade of one package and not the other is caught here.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { IconData } from '../../../src/ui/icons/iconData';

const DIR = 'src/ui/icons/lucide';
const PACKAGE = 'node_modules/@lucide/svelte/dist/icons';
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));

/** The icon's data as the package's component for it declares it (`const iconData = {…}` in icons/<name>.svelte). */
function packaged(name: string): { name: string; node: unknown; aliases?: string[] } {
  const source = readFileSync(`${PACKAGE}/${name}.svelte`, 'utf8');
  const json = /const iconData = (\{.*\});/.exec(source)?.[1];
  if (!json) throw new Error(`no iconData in ${name}.svelte`);
  return JSON.parse(json) as { name: string; node: unknown; aliases?: string[] };
}

describe('the lucide icons as data', () => {
  it('has the icons the UI draws', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('%s is the package’s icon: name, node and aliases', async (file) => {
    const mod = (await import(`../../../${DIR}/${file}`)) as Record<string, IconData>;
    const [data] = Object.values(mod);
    const name = file.replace(/\.ts$/, '');
    const expected = packaged(name);
    expect(data[0]).toBe(expected.name);
    expect(data[1]).toEqual(expected.node);
    expect(data[2] ?? []).toEqual(expected.aliases ?? []);
  });
});
