// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, ShareLinkError } from '../../src/app/shareLink';

/** A link made before the checksum (format "v1.", bare deflate-raw): it must keep opening. */
const OLD_LINK =
  'v1.TY4xC8IwFAb_inxzVArqkF1wc3GTDi_tq4YmL_ISC1Ly36XYwf3uuBlD0kgFFsq50OjlsQ3k9rljIfUJBhNr9klgGwOhyLC4hn4TvIwweKbQs2bY-wzfw4KC7xgGjgJJxxl2xvl2gcXpgFrNirnkUFsDnljKTy-f1xK_KUkeWGEwaIp_yZJW0YBiesuy3eyOqG39Ag';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('share links', () => {
  it('round-trips JSON through gzip (with its CRC-32 and length) and base64url', async () => {
    const data = { name: 'x', events: Array.from({ length: 200 }, (_, i) => ({ type: 'AdvanceTime', days: i + 1 })) };
    const payload = await encodeShare(data);
    expect(payload).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(payload)).toEqual(data);
  });

  it('still opens links made before the checksum (format v1)', async () => {
    expect(await decodeShare(OLD_LINK)).toEqual({
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'Old link',
      holders: [{ id: 'alice', balances: { ETH: '64' } }, { id: 'bob' }],
      events: [{ type: 'Transfer', from: 'alice', to: 'bob', amount: '1.5' }],
    });
  });

  it('refuses damaged, foreign and oversized links with a reason', async () => {
    await expect(decodeShare('v2.@@@')).rejects.toThrow(/characters/);
    await expect(decodeShare('v3.abc')).rejects.toThrow(/version marker/);
    await expect(decodeShare('v2.AAAAAAAAAAAA')).rejects.toBeInstanceOf(ShareLinkError);
    await expect(decodeShare('v1.AAAAAAAAAAAA')).rejects.toBeInstanceOf(ShareLinkError);
    await expect(decodeShare('v2.' + 'A'.repeat(40_000))).rejects.toThrow(/limit/);
    // A small payload that inflates to more than the limit (a "zip bomb") is stopped while inflating.
    const bomb = await encodeShare('0'.repeat(5_000_000));
    await expect(decodeShare(bomb)).rejects.toThrow(/expands to more than/);
  });

  it('refuses a link whose JSON has a number JSON.parse would change, naming its path', async () => {
    const cs = new CompressionStream('gzip');
    const w = cs.writable.getWriter();
    void w.write(new TextEncoder().encode('{"balances":{"ETH":9007199254740993}}'));
    void w.close();
    const bytes = new Uint8Array(await new Response(cs.readable).arrayBuffer());
    const link = `v2.${Buffer.from(bytes).toString('base64url')}`;
    await expect(decodeShare(link)).rejects.toThrow(
      /\$\.balances\.ETH: the number 9007199254740993 cannot be read exactly/,
    );
  });

  it('every single-character change of a real link is refused or opens the identical scenario', async () => {
    // A real ~1,000-character link: an example scenario with its events, as "Copy share link" makes it.
    const scenario = JSON.parse(readFileSync('public/scenarios/cosmos-double-sign.json', 'utf8'));
    const link = await encodeShare(scenario);
    expect(link.length).toBeGreaterThan(600);
    const original = await decodeShare(link);
    let refused = 0;
    let identical = 0;
    const different: string[] = [];
    for (let i = 0; i < link.length; i++) {
      const c = link[i];
      const at = ALPHABET.indexOf(c);
      // Three changes per position: the neighbouring letter, one flipped low bit, one far away.
      const swaps = new Set(
        at < 0
          ? ['x', '2', '_']
          : [ALPHABET[(at + 1) % 64], ALPHABET[at ^ 1], ALPHABET[(at + 29) % 64]].filter((s) => s !== c),
      );
      for (const s of swaps) {
        const damaged = link.slice(0, i) + s + link.slice(i + 1);
        try {
          const value = await decodeShare(damaged);
          if (JSON.stringify(value) === JSON.stringify(original)) identical++;
          else different.push(`${i}:${c}->${s}`);
        } catch (e) {
          expect(e).toBeInstanceOf(ShareLinkError);
          refused++;
        }
      }
    }
    console.log(
      `share link of ${link.length} characters: ${refused + identical + different.length} single-character changes, ${refused} refused, ${identical} identical, ${different.length} different`,
    );
    expect(different).toEqual([]);
    // Only bytes no decoder reads (the gzip header's time and OS fields, a last character's spare bits) may change.
    expect(refused).toBeGreaterThan(0.98 * (refused + identical));
  });
});
