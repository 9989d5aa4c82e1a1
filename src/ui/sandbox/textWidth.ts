/**
 * How wide a line of text is drawn, measured on a canvas (no layout of the page: a card asks at mount, and the real
 * network mounts dozens of cards a frame). The font family is the page's own, read once.
 */
let ctx: CanvasRenderingContext2D | null | undefined;
let family = '';
const cache = new Map<string, number>();

export function textWidth(text: string, px: number, weight = 400): number {
  const key = `${weight} ${px} ${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (ctx === undefined) {
    ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    family = typeof document === 'undefined' ? '' : getComputedStyle(document.body).fontFamily;
  }
  // jsdom has no canvas: a generous estimate (0.6 em a character) so a long name still wraps there.
  let width = text.length * px * 0.6;
  if (ctx) {
    ctx.font = `${weight} ${px}px ${family || 'sans-serif'}`;
    width = ctx.measureText(text).width;
  }
  if (cache.size > 2000) cache.clear();
  cache.set(key, width);
  return width;
}
