/**
 * Export images: the graph or a chart as SVG or PNG, with the scenario inside (src/app/imageScenario.ts), so the
 * image reopens the scenario when dropped on the app. Loaded on the first export (a dynamic import), not with the
 * route.
 */
import { embedInPng, embedInSvg } from '../../app/imageScenario';
import { encodeShare } from '../../app/shareLink';
import { backdrop, SvgDrawing, svgDocument } from './domToSvg';

export type ImageFormat = 'png' | 'svg';
/** The colours to draw in: as shown, or a theme set just while drawing. */
export type ImageTheme = 'current' | 'light' | 'dark';

/** Canvas limits differ by browser; these stay well inside Chromium's and Firefox's. */
const MAX_SIDE = 8192;
const MAX_PIXELS = 32_000_000;

/** Runs `draw` with the page in `theme` (the attribute is put back before anything is painted). */
function inTheme<T>(theme: ImageTheme, draw: () => T): T {
  if (theme === 'current') return draw();
  const root = document.documentElement;
  const before = root.getAttribute('data-theme');
  root.setAttribute('data-theme', theme);
  try {
    return draw();
  } finally {
    if (before === null) root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', before);
  }
}

/** The graph (a Svelte Flow element) as an SVG document, in the graph's own coordinates. */
export function graphToSvg(flow: HTMLElement, title: string, theme: ImageTheme = 'current'): string {
  return inTheme(theme, () => {
    const viewport = flow.querySelector<HTMLElement>('.svelte-flow__viewport');
    if (!viewport?.parentElement) throw new Error('the graph is not drawn');
    const m = new DOMMatrix(getComputedStyle(viewport).transform);
    const origin = viewport.parentElement.getBoundingClientRect();
    const zoom = m.a || 1;
    const drawing = new SvgDrawing(
      (x, y) => ({ x: (x - origin.left - m.e) / zoom, y: (y - origin.top - m.f) / zoom }),
      zoom,
    );
    // Svelte Flow's order: edges under their labels, labels under the cards.
    for (const p of viewport.querySelectorAll<SVGPathElement>('.svelte-flow__edge path.svelte-flow__edge-path'))
      drawing.path(p);
    for (const label of flow.querySelectorAll('.svelte-flow__edge-label')) drawing.element(label);
    for (const node of viewport.querySelectorAll('.svelte-flow__node')) drawing.element(node);
    if (!drawing.bounds) throw new Error('the graph has nothing to draw');
    return svgDocument(drawing.parts, drawing.bounds, backdrop(flow), title);
  });
}

/** A chart (its <svg> and the HTML that names and explains it: caption, legend) as an SVG document. */
export function chartToSvg(parts: Element[], title: string, theme: ImageTheme = 'current'): string {
  return inTheme(theme, () => {
    const boxes = parts.map((p) => p.getBoundingClientRect());
    const left = Math.min(...boxes.map((b) => b.left));
    const top = Math.min(...boxes.map((b) => b.top));
    const drawing = new SvgDrawing((x, y) => ({ x: x - left, y: y - top }), 1);
    for (const p of parts) drawing.element(p);
    const right = Math.max(...boxes.map((b) => b.right));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    // the parts' boxes, not what overflows them, are the picture
    const box = { x: 0, y: 0, width: right - left, height: bottom - top };
    return svgDocument(drawing.parts, box, backdrop(parts[0]), title, 8);
  });
}

/** Draws an SVG document on a canvas and gives its PNG bytes (at `scale` where the canvas allows it). */
export async function svgToPng(svg: string, scale = 2): Promise<Uint8Array> {
  const size = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
  if (!size) throw new Error('the SVG has no size');
  const [w, h] = [Number(size[1]), Number(size[2])];
  const s = Math.max(0.1, Math.min(scale, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_PIXELS / (w * h))));
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * s);
    canvas.height = Math.round(h * s);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas to draw on');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the canvas gave no PNG');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The image file for an SVG drawing, with the scenario (its JSON) inside. */
export async function imageFile(svg: string, format: ImageFormat, scenario: unknown): Promise<Blob> {
  const payload = await encodeShare(scenario);
  if (format === 'svg') return new Blob([embedInSvg(svg, payload)], { type: 'image/svg+xml' });
  const png = embedInPng(await svgToPng(svg), payload);
  return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

/** Saves a file the learner downloads; nothing leaves the machine. */
export function saveBlob(fileName: string, blob: Blob): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A file name from a scenario's name and what the picture shows. */
export const imageName = (name: string, what: string, format: ImageFormat): string =>
  `${(name || 'scenario').replace(/[^\w.-]+/g, '-').toLowerCase()}-${what}.${format}`;
