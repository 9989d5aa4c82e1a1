import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crc32,
  embedInPng,
  embedInSvg,
  imageKind,
  ImageScenarioError,
  payloadFromPng,
  payloadFromSvg,
} from '../../../src/app/imageScenario';
import { encodeShare, decodeShare } from '../../../src/app/shareLink';

// A 1x1 PNG from another encoder: IHDR, IDAT, IEND, each with its CRC.
const ONE_PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const problemOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ImageScenarioError ? e.problem : `other: ${(e as Error).message}`;
  }
  return 'none';
};

describe('crc32', () => {
  it('gives the standard check value and the IEND chunk CRC every PNG ends with', () => {
    // "123456789" -> 0xCBF43926 is the CRC-32 check value (ISO 3309; the PNG spec's sample code gives the same).
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    // Every PNG ends with IEND, length 0, CRC AE 42 60 82 (PNG spec, section 11.2.5 examples of files).
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
    expect(crc32(new Uint8Array())).toBe(0);
  });
  it('matches the CRC of every chunk in a PNG from another encoder', () => {
    const view = new DataView(ONE_PIXEL.buffer);
    const seen: string[] = [];
    for (let at = 8; at < ONE_PIXEL.length;) {
      const length = view.getUint32(at);
      seen.push(String.fromCharCode(...ONE_PIXEL.subarray(at + 4, at + 8)));
      expect(crc32(ONE_PIXEL.subarray(at + 4, at + 8 + length))).toBe(view.getUint32(at + 8 + length));
      at += 12 + length;
    }
    expect(seen).toEqual(['IHDR', 'IDAT', 'IEND']);
  });
});

describe('PNG chunk', () => {
  it('round-trips a payload and keeps the image as it was before IEND', async () => {
    const payload = await encodeShare({ name: 'Drop me', events: [] });
    const png = embedInPng(ONE_PIXEL, payload);
    expect(payloadFromPng(png)).toBe(payload);
    // the original chunks come first, unchanged; the file still ends with the 12 bytes of IEND
    expect(png.subarray(0, ONE_PIXEL.length - 12)).toEqual(ONE_PIXEL.subarray(0, ONE_PIXEL.length - 12));
    expect(png.subarray(png.length - 12)).toEqual(ONE_PIXEL.subarray(ONE_PIXEL.length - 12));
    // the iTXt chunk: length = keyword 13 + 5 header bytes + payload
    const at = ONE_PIXEL.length - 12;
    const length = new DataView(png.buffer).getUint32(at);
    expect(length).toBe(13 + 5 + payload.length);
    expect(String.fromCharCode(...png.subarray(at + 4, at + 8))).toBe('iTXt');
    expect(await decodeShare(payloadFromPng(png))).toEqual({ name: 'Drop me', events: [] });
  });

  it('replaces a chunk of ours when embedding twice', () => {
    const twice = embedInPng(embedInPng(ONE_PIXEL, 'v2.AAAA'), 'v2.BBBB');
    expect(payloadFromPng(twice)).toBe('v2.BBBB');
    expect(twice.length).toBe(ONE_PIXEL.length + 12 + 18 + 7);
  });

  it('refuses an image without the chunk, a damaged chunk, and what is not a PNG', () => {
    expect(problemOf(() => payloadFromPng(ONE_PIXEL))).toBe('noScenario');
    expect(problemOf(() => payloadFromPng(ascii('{"name":"x"}')))).toBe('notImage');
    const png = embedInPng(ONE_PIXEL, 'v2.ABCDEFGH');
    const damaged = png.slice();
    damaged[ONE_PIXEL.length - 12 + 8 + 13 + 5 + 4] ^= 0x01; // one bit of the payload
    expect(problemOf(() => payloadFromPng(damaged))).toBe('damaged');
    expect(problemOf(() => payloadFromPng(png.subarray(0, png.length - 20)))).toBe('damaged');
  });

  it('any single flipped bit in the chunk is refused or reads back the same payload (property)', () => {
    const png = embedInPng(ONE_PIXEL, 'v2.H4sIAAAAAAAAA6tWyk');
    const start = ONE_PIXEL.length - 12;
    const end = png.length - 12;
    fc.assert(
      fc.property(fc.integer({ min: start, max: end - 1 }), fc.integer({ min: 0, max: 7 }), (at, bit) => {
        const copy = png.slice();
        copy[at] ^= 1 << bit;
        const p = problemOf(() => payloadFromPng(copy));
        // a flip in the length may leave a cut-off file or no chunk of ours; never another payload
        expect(['damaged', 'noScenario']).toContain(p);
      }),
    );
  });
});

describe('SVG metadata', () => {
  const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect/></svg>';
  it('round-trips a payload in a <metadata> element after the root tag', () => {
    const out = embedInSvg(svg, 'v2.abc_-9');
    expect(out).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><metadata><rl:scenario');
    expect(payloadFromSvg(out)).toBe('v2.abc_-9');
  });
  it('refuses an SVG without it and a damaged one', () => {
    expect(problemOf(() => payloadFromSvg(svg))).toBe('noScenario');
    const broken = embedInSvg(svg, 'v2.abc').replace('v2.abc', 'v2.a<b>c');
    expect(problemOf(() => payloadFromSvg(broken))).toBe('noScenario');
    const spaced = embedInSvg(svg, 'v2.abc').replace('v2.abc', 'v2.a c');
    expect(problemOf(() => payloadFromSvg(spaced))).toBe('damaged');
    expect(problemOf(() => payloadFromSvg('{"x":1}'))).toBe('notImage');
  });
});

describe('imageKind', () => {
  it('tells PNG and SVG from a JSON scenario', () => {
    expect(imageKind(ONE_PIXEL, 'x.json', '')).toBe('png');
    expect(imageKind(ascii('<svg/>'), 'graph', '')).toBe('svg');
    expect(imageKind(ascii('\n<?xml version="1.0"?><svg/>'), 'a', '')).toBe('svg');
    expect(imageKind(ascii('{"name":"a"}'), 'a.json', 'application/json')).toBe(null);
  });
});
