/**
 * Writes the app's icons into public/ from the logo (src/ui/Logo.svelte), so that the installed app, the browser
 * tab and the header show the same mark: icon.svg, icon-192.png and icon-512.png (the mark on a rounded tile), a
 * maskable icon-maskable-512.png (full-bleed tile, the mark inside the 80% safe circle that launchers may crop
 * to: https://www.w3.org/TR/appmanifest/#icon-masks) and apple-touch-icon.png (180 px, opaque).
 * Run after changing the logo: `npx tsx src/cli/icons.ts`. PNGs are drawn by Chromium (the e2e browser).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');

/** The light theme's colours for the logo's CSS variables (src/ui/styles/theme.css). */
const LIGHT: Record<string, string> = {
  'kind-validator': '#0e7c86',
  'kind-operator': '#6941c6',
  'kind-avs': '#b54708',
  'bg-elev': '#ffffff',
  text: '#141821',
};
const TILE = '#f5f6f9';

/** The logo's shapes (the inside of its <svg>) with the theme variables replaced by colours. */
export function logoShapes(logoSource: string, colours: Record<string, string> = LIGHT): string {
  const inner = /<svg[^>]*>([\s\S]*?)<\/svg>/.exec(logoSource)?.[1];
  if (!inner) throw new Error('Logo.svelte has no <svg>');
  return inner.replace(/var\(--([\w-]+)\)/g, (_, name: string) => {
    const colour = colours[name];
    if (!colour) throw new Error(`no colour for --${name}`);
    return colour;
  });
}

/**
 * A square icon: the logo (32 units wide) with `padding` units around it on every side, on a tile of `corner`
 * radius (units), or on nothing when `tile` is null.
 */
export function iconSvg(shapes: string, padding: number, tile: string | null, corner = 0): string {
  const size = 32 + 2 * padding;
  const background = tile
    ? `<rect x="${-padding}" y="${-padding}" width="${size}" height="${size}" rx="${corner}" fill="${tile}"/>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-padding} ${-padding} ${size} ${size}">` +
    `${background}${shapes.trim().replace(/\s*\n\s*/g, '')}</svg>\n`
  );
}

async function main(): Promise<void> {
  const shapes = logoShapes(readFileSync(resolve(ROOT, 'src/ui/Logo.svelte'), 'utf8'));
  const tiled = iconSvg(shapes, 3, TILE, 8);
  // The mark's farthest corner is 17.7 units from its centre: 8 units of padding put it inside the safe circle
  // (radius 40% of 48 = 19.2 units).
  const maskable = iconSvg(shapes, 8, TILE, 0);
  writeFileSync(resolve(ROOT, 'public/icon.svg'), tiled);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage();
    const png = async (svg: string, size: number, file: string, opaque: boolean) => {
      await page.setViewportSize({ width: size, height: size });
      const body = opaque ? `background:${TILE}` : 'background:transparent';
      await page.setContent(
        `<html><body style="margin:0;${body}"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      writeFileSync(resolve(ROOT, 'public', file), await page.screenshot({ omitBackground: !opaque, type: 'png' }));
    };
    await png(tiled, 192, 'icon-192.png', false);
    await png(tiled, 512, 'icon-512.png', false);
    await png(maskable, 512, 'icon-maskable-512.png', true);
    await png(iconSvg(shapes, 3, TILE, 0), 180, 'apple-touch-icon.png', true);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
