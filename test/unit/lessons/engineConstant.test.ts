/**
 * Issue 14: "a test changes an engine constant in a copy and shows a lesson's placeholder text follows it". Here
 * the copy is the engine's own constants module with one constant changed: MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA,
 * 4096 in consensus-specs (specs/electra/beacon-chain.md, "Updated penalty values"), set to 2048. The slashing code
 * (slash_validator: effective_balance // MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA) and the lesson's placeholders both
 * read it, so lesson 2's words about v1's slashing change with it: 32 ETH / 2048 = 0.015625 ETH, not 0.0078125.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/engine/staking/ethereum/constants', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/engine/staking/ethereum/constants')>()),
  MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA: 2048n,
}));

describe('a lesson over a copy of the engine with one constant changed', () => {
  it("lesson 2's narration and reveal of v1's slashing follow MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA = 2048", async () => {
    // The test setup (test/setup/engineModules.ts) has already imported the engine's models with the real
    // constants; forget those modules so that the engine and the lesson below are imported over the copy.
    vi.resetModules();
    const { fillBlocks } = await import('../../../src/lessons/text');
    const { toText } = await import('../../../src/lessons/markdown');
    const { MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA } = await import('../../../src/engine/staking/ethereum/constants');
    const { prepared, readLesson } = await import('./fixtures');
    expect(MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA).toBe(2048n);
    const p = prepared('lessons/02-solo-staking.md', readLesson('02-solo-staking.md'));
    const s = p.steps.find((x) => x.step.id === 'sign-twice')!;
    const narration = toText(fillBlocks(s.step.narration, s.start).blocks);
    const reveal = toText(fillBlocks(s.step.reveal, s.outcomes[0]).blocks);
    // 32 ETH effective balance / 2048 = 0.015625 ETH
    expect(narration).toContain('loses 1/2,048 of its effective balance at once (for v1 that would be 0.015625 ETH)');
    expect(reveal).toContain('v1 paid its initial penalty of 0.015625 ETH, 1/2,048');
    expect(`${narration} ${reveal}`).not.toContain('0.0078125');
  });
});
