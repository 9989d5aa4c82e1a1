/**
 * Drawing what the learner sees as plain SVG. The graph's cards are HTML (Svelte Flow nodes), so they are drawn
 * again from the page's own layout: each box with a background or a border becomes a <rect>, each line of text a
 * <text> at the place the browser put it (with `textLength`, so a viewer with other fonts keeps the widths), each
 * icon its own <svg>, each edge its path. Colours and fonts come from the computed styles, so the image has the
 * theme's colours. Coordinates are the graph's own (zoom 1), so the whole network is drawn whatever part of it is
 * in view.
 *
 * Why not html-to-image (what the Svelte Flow docs use for "download image"): it copies the DOM into a
 * <foreignObject>, which many SVG viewers and editors do not draw; this way the SVG is portable and its text stays
 * text.
 */

/** Maps a point on screen to the drawing's coordinates. */
export type ToLocal = (x: number, y: number) => { x: number; y: number };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number): string => String(Math.round(n * 100) / 100);
/** CSS Color 4's `color(srgb r g b / a)` (what computed styles give for mixed colours) as rgb(), which every SVG
 * viewer reads. */
export function colour(c: string): string {
  const m = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(c);
  if (!m) return c;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Math.round(Math.min(1, Math.max(0, Number(v))) * 255));
  return m[4] === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${m[4]})`;
}
const transparent = (c: string): boolean => !c || c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);

export function union(a: Box | null, b: Box): Box {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

export class SvgDrawing {
  readonly parts: string[] = [];
  bounds: Box | null = null;
  #clips = 0;

  constructor(
    readonly toLocal: ToLocal,
    readonly scale: number,
  ) {}

  box(r: DOMRect): Box {
    const p = this.toLocal(r.left, r.top);
    return { x: p.x, y: p.y, width: r.width / this.scale, height: r.height / this.scale };
  }

  /** Draws an HTML element and what it holds. */
  element(el: Element, clip: Box | null = null): void {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return;
    // Controls are left out: a picture is not operable (a card's Stake chip, a chart's export button).
    if (el.classList.contains('visually-hidden') || el.classList.contains('svelte-flow__handle')) return;
    if (el instanceof HTMLButtonElement || el.hasAttribute('data-export-skip')) return;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1 && rect.height <= 1) return;
    const b = this.box(rect);
    if (el instanceof SVGSVGElement) {
      this.icon(el, b, cs.color);
      return;
    }
    const opacity = Number(cs.opacity);
    if (opacity < 1) this.parts.push(`<g opacity="${num(opacity)}">`);
    this.background(b, cs);
    this.bounds = union(this.bounds, b);
    const inner = cs.overflow !== 'visible' ? (clip ? intersect(clip, b) : b) : clip;
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) this.text(child as Text, cs, inner);
      else if (child instanceof Element) this.element(child, inner);
    }
    if (opacity < 1) this.parts.push('</g>');
  }

  background(b: Box, cs: CSSStyleDeclaration): void {
    const radius = parseFloat(cs.borderTopLeftRadius) || 0;
    const r = radius ? ` rx="${num(Math.min(radius, b.width / 2, b.height / 2))}"` : '';
    const fill = cs.backgroundColor;
    const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((s) => ({
      side: s,
      width: cs.getPropertyValue(`border-${s.toLowerCase()}-style`) === 'none' ? 0 : parseFloat(cs[`border${s}Width`]),
      color: cs[`border${s}Color`],
    }));
    const uniform = sides.every((s) => s.width === sides[0].width && s.color === sides[0].color);
    if (!transparent(fill) || (uniform && sides[0].width > 0 && !transparent(sides[0].color))) {
      const w = uniform ? sides[0].width : 0;
      const stroke =
        w > 0 && !transparent(sides[0].color) ? ` stroke="${colour(sides[0].color)}" stroke-width="${num(w)}"` : '';
      this.parts.push(
        `<rect x="${num(b.x + w / 2)}" y="${num(b.y + w / 2)}" width="${num(b.width - w)}" height="${num(b.height - w)}"${r} fill="${transparent(fill) ? 'none' : colour(fill)}"${stroke}/>`,
      );
    }
    if (uniform) return;
    // Borders that differ by side (a card's kind stripe): a bar along each side, clipped to the rounded box.
    const clipped = radius > 0;
    if (clipped) {
      const id = `clip${++this.#clips}`;
      this.parts.push(
        `<clipPath id="${id}"><rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}"${r}/></clipPath><g clip-path="url(#${id})">`,
      );
    }
    for (const s of sides) {
      if (!s.width || transparent(s.color)) continue;
      const x = s.side === 'Right' ? b.x + b.width - s.width : b.x;
      const y = s.side === 'Bottom' ? b.y + b.height - s.width : b.y;
      const vertical = s.side === 'Left' || s.side === 'Right';
      this.parts.push(
        `<rect x="${num(x)}" y="${num(y)}" width="${num(vertical ? s.width : b.width)}" height="${num(vertical ? b.height : s.width)}" fill="${colour(s.color)}"/>`,
      );
    }
    if (clipped) this.parts.push('</g>');
  }

  /** A text node, line by line where the browser wrapped it (words outside a clipping box are left out). */
  text(node: Text, cs: CSSStyleDeclaration, clip: Box | null): void {
    const content = node.data;
    if (!content.trim()) return;
    const range = document.createRange();
    const ellipsis = textWidth('…', cs.font);
    const lines: { words: string[]; box: Box }[] = [];
    let cut = false;
    for (const m of content.matchAll(/\S+/g)) {
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      if (!r.width) continue;
      let b = this.box(r);
      let word = m[0];
      if (cut) continue;
      if (clip && b.y >= clip.y + clip.height) {
        cut = true;
        continue;
      }
      if (clip && b.x + b.width > clip.x + clip.width + 0.5) {
        // cut short where the box ends, as the page's ellipsis does: the characters that fit before "…"
        cut = true;
        const room = clip.x + clip.width - ellipsis;
        let k = word.length - 1;
        for (; k > 0; k--) {
          range.setEnd(node, m.index + k);
          b = this.box(range.getBoundingClientRect());
          if (b.x + b.width <= room) break;
        }
        if (k <= 0) continue;
        word = word.slice(0, k);
      }
      const line = lines.at(-1);
      if (line && Math.abs(line.box.y - b.y) < b.height / 2) {
        line.words.push(word);
        line.box = union(line.box, b);
      } else lines.push({ words: [word], box: b });
    }
    const last = lines.at(-1);
    if (cut && last) {
      last.words[last.words.length - 1] += '…';
      last.box = { ...last.box, width: last.box.width + ellipsis };
    }
    const transform = cs.textTransform;
    const style =
      `font-family:${cs.fontFamily.replace(/"/g, "'")};font-size:${cs.fontSize};font-weight:${cs.fontWeight}` +
      (cs.fontStyle !== 'normal' ? `;font-style:${cs.fontStyle}` : '') +
      (cs.letterSpacing !== 'normal' ? `;letter-spacing:${cs.letterSpacing}` : '') +
      (cs.fontVariantNumeric !== 'normal' ? `;font-variant-numeric:${cs.fontVariantNumeric}` : '');
    for (const line of lines) {
      let words = line.words.join(' ');
      if (transform === 'uppercase') words = words.toUpperCase();
      else if (transform === 'lowercase') words = words.toLowerCase();
      const { x, y, width, height } = line.box;
      this.parts.push(
        `<text x="${num(x)}" y="${num(y + height / 2)}" dominant-baseline="central" textLength="${num(width)}" lengthAdjust="spacingAndGlyphs" fill="${colour(cs.color)}" style="${esc(style)}">${esc(words)}</text>`,
      );
    }
  }

  /** An inline SVG (an icon), its `currentColor` the colour it has on the page. */
  icon(el: SVGSVGElement, b: Box, color: string): void {
    const clone = el.cloneNode(true) as SVGSVGElement;
    inlineStyles(el, clone);
    clone.removeAttribute('class');
    clone.removeAttribute('style');
    clone.setAttribute('viewBox', clone.getAttribute('viewBox') ?? `0 0 ${num(b.width)} ${num(b.height)}`);
    for (const [k, v] of Object.entries({ x: b.x, y: b.y, width: b.width, height: b.height }))
      clone.setAttribute(k, num(v));
    clone.setAttribute('color', colour(color));
    this.parts.push(new XMLSerializer().serializeToString(clone));
    this.bounds = union(this.bounds, b);
  }

  /** A path drawn by the page (an edge), in the drawing's own coordinates, with its computed stroke. */
  path(p: SVGPathElement): void {
    const cs = getComputedStyle(p);
    if (cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0) return;
    if (transparent(cs.stroke) || cs.stroke === 'none') return;
    const dash = cs.strokeDasharray && cs.strokeDasharray !== 'none' ? ` stroke-dasharray="${cs.strokeDasharray}"` : '';
    const opacity = Number(cs.opacity) < 1 ? ` opacity="${cs.opacity}"` : '';
    this.parts.push(
      `<path d="${esc(p.getAttribute('d') ?? '')}" fill="none" stroke="${colour(cs.stroke)}" stroke-width="${parseFloat(cs.strokeWidth) || 1}" stroke-linecap="${cs.strokeLinecap}"${dash}${opacity}/>`,
    );
    const bb = p.getBBox();
    this.bounds = union(this.bounds, { x: bb.x, y: bb.y, width: bb.width, height: bb.height });
  }
}

/** What the page's style sheets give an SVG's shapes and text, written on the copy (which has no style sheet). */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;
function inlineStyles(from: Element, to: Element): void {
  // the root keeps its own attributes (size, viewBox, colour); its shapes get the computed paint
  if (from instanceof SVGElement && !(from instanceof SVGSVGElement)) {
    const cs = getComputedStyle(from);
    const style = PAINT.map((k) => [k, cs.getPropertyValue(k)])
      .filter(([, v]) => v)
      .map(([k, v]) => `${k}:${colour(v).replace(/"/g, "'")}`)
      .join(';');
    to.setAttribute('style', style);
  }
  for (let i = 0; i < from.children.length; i++) inlineStyles(from.children[i], to.children[i]);
}

let measure: CanvasRenderingContext2D | null | undefined;
/** The width of `text` in a CSS font (a canvas measures it), or an estimate where there is no canvas. */
function textWidth(text: string, font: string): number {
  measure ??= document.createElement('canvas').getContext('2d');
  if (!measure) return (parseFloat(font.match(/([\d.]+)px/)?.[1] ?? '16') || 16) * 0.8;
  measure.font = font;
  return measure.measureText(text).width;
}

function intersect(a: Box, b: Box): Box {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y),
  };
}

/** The first colour behind `el` that is not transparent (the page's background at last). */
export function backdrop(el: Element | null): string {
  for (let e = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (!transparent(c)) return colour(c);
  }
  return '#ffffff';
}

/** A whole SVG document around drawn parts. */
export function svgDocument(parts: string[], box: Box, background: string, title: string, pad = 24): string {
  const x = box.x - pad;
  const y = box.y - pad;
  const w = Math.ceil(box.width + 2 * pad);
  const h = Math.ceil(box.height + 2 * pad);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="${num(x)} ${num(y)} ${w} ${h}" role="img">` +
    `<title>${esc(title)}</title>` +
    `<rect x="${num(x)}" y="${num(y)}" width="${w}" height="${h}" fill="${background}"/>` +
    parts.join('') +
    `</svg>\n`
  );
}
