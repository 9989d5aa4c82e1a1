/**
 * Share links: the scenario and its events as JSON, compressed with the platform's CompressionStream and written
 * as base64url in the URL hash, so nothing leaves the browser and no server is needed.
 *
 * Two formats, told apart by their prefix. "v2." (written since) is the gzip format (RFC 1952), whose trailer
 * holds the CRC-32 and the length of the JSON: the platform's DecompressionStream checks both, so a link damaged
 * in copying is refused instead of opening as a different scenario. (The zlib format's Adler-32 is not enough:
 * a changed back-reference that turns "jailed" into "jeaped" leaves Adler-32 unchanged, and test/component/
 * shareLink.test.ts met exactly that among ~2,600 single-character changes.) "v1." (read only, so links made
 * before still open) is bare 'deflate-raw' (RFC 1951), which has no checksum. Links are size-limited both ways:
 * a link longer than MAX_LINK_CHARS is not produced, and a payload that inflates past MAX_JSON_BYTES is
 * refused (a "zip bomb" in a link must not freeze the tab). The JSON is read with the simulator's one exact
 * reader (src/engine/scenario/readJson.ts).
 */
import { readJsonOrThrow } from '../engine/scenario/readJson';

export const MAX_LINK_CHARS = 32_000;
export const MAX_JSON_BYTES = 4_000_000;
const FORMATS = { 'v2.': 'gzip', 'v1.': 'deflate-raw' } as const satisfies Record<string, CompressionFormat>;
type Prefix = keyof typeof FORMATS;
const CURRENT: Prefix = 'v2.';

export class ShareLinkError extends Error {
  override name = 'ShareLinkError';
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new ShareLinkError('it contains characters that cannot appear in a share link');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    throw new ShareLinkError('it is not valid base64url');
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new ShareLinkError(`it expands to more than ${limit.toLocaleString('en-US')} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function encodeShare(data: unknown): Promise<string> {
  const json = JSON.stringify(data);
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream(FORMATS[CURRENT]));
  return CURRENT + toBase64Url(packed);
}

/** The JSON value in a share payload; throws ShareLinkError saying what is wrong. */
export async function decodeShare(payload: string): Promise<unknown> {
  if (payload.length > MAX_LINK_CHARS) {
    throw new ShareLinkError(
      `it is ${payload.length.toLocaleString('en-US')} characters long, more than the limit of ${MAX_LINK_CHARS.toLocaleString('en-US')}`,
    );
  }
  const prefix = (Object.keys(FORMATS) as Prefix[]).find((p) => payload.startsWith(p));
  if (!prefix) throw new ShareLinkError('it does not start with a version marker ("v2." or "v1.")');
  const bytes = fromBase64Url(payload.slice(prefix.length));
  let inflated: Uint8Array;
  try {
    inflated = await pipe(bytes, new DecompressionStream(FORMATS[prefix]), MAX_JSON_BYTES);
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('its compressed data is damaged (it may have been cut off when copied)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    throw new ShareLinkError('its content is not valid UTF-8 text');
  }
  try {
    return readJsonOrThrow(text);
  } catch (e) {
    throw new ShareLinkError(`its content is not valid JSON (${(e as Error).message})`);
  }
}
