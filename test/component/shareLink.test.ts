// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, ShareLinkError } from '../../src/app/shareLink';

describe('share links', () => {
  it('round-trips JSON through deflate-raw and base64url', async () => {
    const data = { name: 'x', events: Array.from({ length: 200 }, (_, i) => ({ type: 'AdvanceTime', days: i + 1 })) };
    const payload = await encodeShare(data);
    expect(payload).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShare(payload)).toEqual(data);
  });

  it('refuses damaged, foreign and oversized links with a reason', async () => {
    await expect(decodeShare('v1.@@@')).rejects.toThrow(/characters/);
    await expect(decodeShare('v2.abc')).rejects.toThrow(/version marker/);
    await expect(decodeShare('v1.AAAAAAAAAAAA')).rejects.toBeInstanceOf(ShareLinkError);
    await expect(decodeShare('v1.' + 'A'.repeat(40_000))).rejects.toThrow(/limit/);
    // A small payload that inflates to more than the limit (a "zip bomb") is stopped while inflating.
    const bomb = await encodeShare('0'.repeat(5_000_000));
    await expect(decodeShare(bomb)).rejects.toThrow(/expands to more than/);
  });
});
