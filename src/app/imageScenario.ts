/**
 * Images that reopen: an exported picture carries the scenario as a share payload (shareLink.ts's encoding, whose
 * gzip trailer holds a CRC-32 of the JSON), so dropping the picture on the app opens the scenario again.
 *
 * PNG: an iTXt chunk (PNG spec, 3rd ed., section 11.3.3.4) with the keyword "restaking-lab", uncompressed (the
 * payload is compressed already), placed before IEND. Every PNG chunk ends with the CRC-32 of its type and data
 * (section 5.3, the ISO 3309 / ITU-T V.42 polynomial), so a chunk damaged after export is refused before its payload
 * is read. A tEXt chunk with the same keyword is read too. The ~30 lines of CRC and chunk code are written here:
 * the small npm packages for it (png-chunks-extract, png-chunk-text) have had no release since 2016.
 *
 * SVG: a <metadata> element (SVG 1.1, section 21) holding an element in our own namespace with the payload as its text.
 * A payload is base64url with a version marker, so it needs no XML escaping.
 */

export const CHUNK_KEYWORD = 'restaking-lab';
export const SVG_NAMESPACE = 'urn:restaking-lab:scenario';

/** What is wrong with an image given to reopen: it is not one we read, it holds no scenario, or the scenario's chunk
 * is damaged. */
export type ImageProblem = 'notImage' | 'noScenario' | 'damaged';

export class ImageScenarioError extends Error {
  override name = 'ImageScenarioError';
  constructor(
    readonly problem: ImageProblem,
    detail: string,
  ) {
    super(detail);
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A payload as shareLink.ts writes it: a version marker, then base64url. */
const PAYLOAD = /^v\d+\.[A-Za-z0-9_-]*$/;

let table: Uint32Array | undefined;
/** CRC-32 (reflected, polynomial 0xEDB88320, initial and final XOR 0xFFFFFFFF), as PNG chunks and gzip use it. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export const isPng = (bytes: Uint8Array): boolean => bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
const readU32 = (b: Uint8Array, at: number): number =>
  ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;

interface Chunk {
  type: string;
  /** Offset of the chunk's length field. */
  at: number;
  data: Uint8Array;
  crcOk: boolean;
}

function chunksOf(png: Uint8Array): Chunk[] {
  if (!isPng(png)) throw new ImageScenarioError('notImage', 'it is not a PNG image');
  const out: Chunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = readU32(png, at);
    const end = at + 12 + length;
    if (end > png.length) throw new ImageScenarioError('damaged', 'the image is cut off');
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    out.push({ type, at, data: typeAndData.subarray(4), crcOk: crc32(typeAndData) === readU32(png, at + 8 + length) });
    at = end;
    if (type === 'IEND') break;
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function checkPayload(payload: string): void {
  if (!PAYLOAD.test(payload)) throw new Error(`not a share payload: ${payload.slice(0, 20)}`);
}

/** The PNG with an iTXt chunk holding `payload` before its IEND (a chunk of ours already there is replaced). */
export function embedInPng(png: Uint8Array, payload: string): Uint8Array {
  checkPayload(payload);
  const chunks = chunksOf(png);
  const iend = chunks.find((c) => c.type === 'IEND');
  if (!iend) throw new ImageScenarioError('damaged', 'the image has no end chunk');
  // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL, text
  const data = new Uint8Array([...latin1(CHUNK_KEYWORD), 0, 0, 0, 0, 0, ...latin1(payload)]);
  const kept = chunks.filter((c) => c.type !== 'IEND' && !ours(c));
  const parts = [png.subarray(0, 8), ...kept.map((c) => png.subarray(c.at, c.at + 12 + c.data.length))];
  parts.push(chunk('iTXt', data), png.subarray(iend.at, iend.at + 12));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Whether a text chunk has our keyword (read without trusting the rest of it). */
function ours(c: Chunk): boolean {
  if (c.type !== 'iTXt' && c.type !== 'tEXt') return false;
  const key = latin1(CHUNK_KEYWORD);
  return c.data.length > key.length && c.data[key.length] === 0 && key.every((b, i) => c.data[i] === b);
}

/** The share payload in a PNG; throws ImageScenarioError saying why there is none. */
export function payloadFromPng(png: Uint8Array): string {
  const found = chunksOf(png).find(ours);
  if (!found) throw new ImageScenarioError('noScenario', 'no scenario chunk');
  if (!found.crcOk) throw new ImageScenarioError('damaged', 'the scenario chunk’s CRC does not match its content');
  let text: Uint8Array;
  if (found.type === 'tEXt') text = found.data.subarray(CHUNK_KEYWORD.length + 1);
  else {
    const d = found.data.subarray(CHUNK_KEYWORD.length + 1);
    if (d[0] !== 0) throw new ImageScenarioError('damaged', 'the scenario chunk is compressed, which we never write');
    const lang = d.indexOf(0, 2);
    const translated = lang < 0 ? -1 : d.indexOf(0, lang + 1);
    if (translated < 0) throw new ImageScenarioError('damaged', 'the scenario chunk’s header is incomplete');
    text = d.subarray(translated + 1);
  }
  const payload = String.fromCharCode(...text);
  if (!PAYLOAD.test(payload)) throw new ImageScenarioError('damaged', 'the scenario chunk holds no share payload');
  return payload;
}

/** The SVG text with a <metadata> element holding `payload`, right after the root element's start tag. */
export function embedInSvg(svg: string, payload: string): string {
  checkPayload(payload);
  const open = /<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error('not an SVG document');
  const end = open.index + open[0].length;
  const meta = `<metadata><rl:scenario xmlns:rl="${SVG_NAMESPACE}">${payload}</rl:scenario></metadata>`;
  return svg.slice(0, end) + meta + svg.slice(end);
}

/** The share payload in an SVG's text; throws ImageScenarioError saying why there is none. */
export function payloadFromSvg(svg: string): string {
  if (!/<svg\b/.test(svg)) throw new ImageScenarioError('notImage', 'it is not an SVG image');
  const found = /<(\w+):scenario\b[^>]*xmlns:\1="urn:restaking-lab:scenario"[^>]*>([^<]*)<\/\1:scenario>/.exec(svg);
  if (!found) throw new ImageScenarioError('noScenario', 'no scenario metadata');
  const payload = found[2].trim();
  if (!PAYLOAD.test(payload)) throw new ImageScenarioError('damaged', 'the scenario metadata holds no share payload');
  return payload;
}

/** What a file the learner opened is: a PNG or an SVG (to read a payload from), or other (a JSON scenario). */
export function imageKind(bytes: Uint8Array, name: string, type: string): 'png' | 'svg' | null {
  if (isPng(bytes)) return 'png';
  if (type === 'image/svg+xml' || /\.svg$/i.test(name)) return 'svg';
  // An SVG renamed: its first non-blank characters are an XML declaration or the <svg> tag.
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 256))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(\?xml|svg\b)/.test(head) ? 'svg' : null;
}

/** The share payload in an image file's bytes; throws ImageScenarioError. */
export function payloadFromImage(bytes: Uint8Array, kind: 'png' | 'svg'): string {
  if (kind === 'png') return payloadFromPng(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImageScenarioError('damaged', 'the SVG is not valid UTF-8 text');
  }
  return payloadFromSvg(text);
}
