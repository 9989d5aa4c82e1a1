/**
 * The curriculum's lessons 8-10: each goal is met by its "show me", is NOT met by a plausible wrong action, and
 * uses only events the sandbox's own gestures produce (a drop, an allocation handle, the fault menu, the time
 * controls), so a learner can do every step by hand; each predict question's answer is the engine's outcome.
 */
import { describe, expect, it } from 'vitest';
import { play, type PreparedLesson } from '../../../src/lessons/prepare';
import { evaluateCheck, parseCheck } from '../../../src/lessons/check';
import { fillBlocks } from '../../../src/lessons/text';
import { toText } from '../../../src/lessons/markdown';
import { parseEvents } from '../../../src/engine/scenario/validate';
import type { Observation } from '../../../src/lessons/observation';
import { prepared, readLesson, SANDBOX_EVENTS } from './fixtures';


const load = (name: string): PreparedLesson => prepared(`lessons/${name}`, readLesson(name));
const stepOf = (p: PreparedLesson, id: string) => {
  const s = p.steps.find((x) => x.step.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};
const met = (p: PreparedLesson, stepId: string, obs: Observation): boolean =>
  stepOf(p, stepId).step.goal.every((c) => evaluateCheck(c, obs).pass);
const playWrong = (p: PreparedLesson, stepId: string, events: unknown[]): Observation => {
  const parsed = parseEvents(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return play(stepOf(p, stepId).start.world, parsed.value, 0, 'wrong');
};
const tryWrong = (p: PreparedLesson, stepId: string, events: unknown[]): boolean =>
  met(p, stepId, playWrong(p, stepId, events));
/** A check written as in a lesson's goal block, evaluated on an observation. */
const holds = (line: string, obs: Observation): boolean => {
  const c = parseCheck(line, 0);
  if (typeof c === 'string') throw new Error(c);
  return evaluateCheck(c, obs).pass;
};
const revealText = (p: PreparedLesson, id: string): string => {
  const s = stepOf(p, id);
  return toText(fillBlocks(s.step.reveal, s.outcomes[0] ?? s.start).blocks);
};

const LESSONS = ['08-systemic-risk.md', '09-security-math.md', '10-compare-positions.md'];

describe('lessons 8-10 can be done by hand in the sandbox', () => {
  for (const name of LESSONS) {
    it(`${name}: every show-me event is one a sandbox gesture sends, and every goal is met by it`, () => {
      const p = load(name);
      const goals = p.steps.filter((s) => s.step.goal.length);
      expect(goals.length).toBeGreaterThanOrEqual(2);
      for (const s of goals) {
        expect(s.step.showMe.length).toBeGreaterThanOrEqual(1);
        for (const sm of s.step.showMe) for (const e of sm.events) expect(SANDBOX_EVENTS).toContain(e.type);
        for (const o of s.outcomes) expect(met(p, s.step.id, o)).toBe(true);
        expect(met(p, s.step.id, s.start)).toBe(false);
      }
      const challenge = p.steps[p.steps.length - 1];
      expect(challenge.step.challenge).toBe(true);
      expect(challenge.step.showMe.length).toBeGreaterThanOrEqual(2);
      expect(p.steps.filter((s) => s.step.predict).length).toBeGreaterThanOrEqual(1);
      expect(p.lesson.meta.minutes).toBeGreaterThanOrEqual(5);
      expect(p.lesson.meta.minutes).toBeLessThanOrEqual(15);
    });
  }
});

const shock = (holder: string, amount: string) => ({
  type: 'Fault',
  fault: 'market-shock',
  holder,
  pool: 'curve',
  amount,
  settle: true,
});

describe('lesson 8, systemic risk', () => {
  const p = load('08-systemic-risk.md');

  it('rejects plausible wrong actions', () => {
    // 1 ETH is less than the 2 stETH the step asks for
    expect(tryWrong(p, 'a-token-that-trades', [{ type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '1' }])).toBe(
      false,
    );
    // Alice selling her own stETH is not the forced seller selling
    expect(tryWrong(p, 'a-forced-seller', [shock('alice', '4')])).toBe(false);
    // Seller A again is not Seller B (it has nothing left to sell: the engine refuses, so the goal cannot be met)
    expect(() => tryWrong(p, 'a-second-seller-a-spiral', [shock('sellerA', '35')])).toThrow();
    // both large sellers together set off a liquidation: not what the market can absorb
    const both = playWrong(p, 'what-the-market-can-absorb', [shock('sellerA', '35'), shock('sellerB', '35')]);
    expect(holds('trace:market.liquidation.count >= 1', both)).toBe(true);
    expect(met(p, 'what-the-market-can-absorb', both)).toBe(false);
  });

  it('one sale is absorbed, the second sets off a liquidation whose sale pushes the price lower (StableSwap + Aave v3)', () => {
    expect(stepOf(p, 'a-forced-seller').answer).toMatchObject({ ok: true, choice: 'no' });
    expect(stepOf(p, 'a-second-seller-a-spiral').answer).toMatchObject({ ok: true, choice: 'liquidated' });
    const spiral = stepOf(p, 'a-second-seller-a-spiral').outcomes[0];
    // the liquidation bot's sale came after the forced sale and moved the price further down
    const kinds = spiral.trace.map((s) => s.kind);
    expect(kinds.indexOf('market.liquidationSale')).toBeGreaterThan(kinds.indexOf('market.shock'));
    const sale = spiral.trace.find((s) => s.kind === 'market.liquidationSale')!;
    expect(sale.amounts.priceAfterWad).toBeLessThan(sale.amounts.priceBeforeWad);
    // the careful loop (3 loops at 60% LTV) is never liquidated
    expect(holds('trace:market.liquidation[looper2].count = 0', spiral)).toBe(true);
    expect(holds('loan:aave/looper2.health > 1.2', spiral)).toBe(true);
    // the 2022 order of magnitude: a discount of a few percent after both sales (Nansen: below 0.95 in June 2022)
    expect(holds('pool:curve.discount in [0.05, 0.12]', spiral)).toBe(true);
    expect(revealText(p, 'a-second-seller-a-spiral')).toMatch(/repaid [\d.]+ ETH of its debt/);
  });
});

const restake = (operator: string, amount: string) => [
  { type: 'RestakeDeposit', holder: 'alice', strategy: 'eth', amount },
  { type: 'DelegateTo', staker: 'alice', operator },
];
const slashOp3 = { type: 'Fault', fault: 'avs-misbehaviour', avs: 'bridge', operator: 'op3', set: 0, settle: true };

describe('lesson 9, shared security math (Durvasula and Roughgarden, section 2)', () => {
  const p = load('09-security-math.md');

  it('each service alone is safe, yet Op2 alone attacks both: 40 ETH at stake against 30 + 20 ETH of profit', () => {
    const start = stepOf(p, 'one-service-at-a-time').start;
    expect(holds('avs:oracle.safeAlone = true', start)).toBe(true);
    expect(holds('avs:bridge.safeAlone = true', start)).toBe(true);
    // half of the oracle's 80 ETH and half of the bridge's 60 ETH: Op2's 40 ETH covers both
    expect(holds('avs:oracle.costOfCorruption = 40 ETH', start)).toBe(true);
    expect(holds('avs:bridge.costOfCorruption = 40 ETH', start)).toBe(true);
    expect(stepOf(p, 'one-service-at-a-time').answer).toMatchObject({ ok: true, choice: 'unsafe' });
  });

  it('rejects plausible wrong actions', () => {
    // 10 ETH with Op3: the bridge sees 70 ETH, Op2's 40 still reaches half of it, so Op2 still attacks both
    expect(tryWrong(p, 'close-the-gap', restake('op3', '10'))).toBe(false);
    // the oracle slashing Op1 is a shock, but not the one the step asks for: Op3 keeps its stake
    const op1 = { type: 'Fault', fault: 'avs-misbehaviour', avs: 'oracle', operator: 'op1', set: 0, settle: true };
    expect(tryWrong(p, 'a-shock-cascades', [op1])).toBe(false);
    // everything with Op3: secure until Op3 is the one slashed
    const allOnOp3 = playWrong(p, 'secure-with-room-to-spare', [...restake('op3', '60'), slashOp3]);
    expect(holds('network.secure = false', allOnOp3)).toBe(true);
    expect(met(p, 'secure-with-room-to-spare', allOnOp3)).toBe(false);
    // ...and it was secure before the shock: the margin is what was missing
    expect(holds('network.secure = true', playWrong(p, 'secure-with-room-to-spare', restake('op3', '60')))).toBe(true);
  });

  it('a slashed operator leaves the bridge to Op2 alone: the shock makes the joint attack pay again', () => {
    const s = stepOf(p, 'a-shock-cascades');
    expect(holds('network.secure = true', s.start)).toBe(true);
    expect(s.answer).toMatchObject({ ok: true, choice: 'attackable' });
    // Op3 had 20 ETH + Alice's 30 ETH; pooled stake: the whole 50 ETH is slashed
    expect(holds('trace:restaking.slash.slashed = 50 ETH', s.outcomes[0])).toBe(true);
    expect(holds('avs:bridge.stakeSeen = 40 ETH', s.outcomes[0])).toBe(true);
  });
});

describe('lesson 10, restaking vs liquid staking vs yield farming', () => {
  const p = load('10-compare-positions.md');

  it('rejects plausible wrong actions', () => {
    // half of Alice's ETH is not all of it
    expect(tryWrong(p, 'liquid-staking', [{ type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '25' }])).toBe(false);
    // staking Bob's ETH in the pool is liquid staking, not restaking
    expect(tryWrong(p, 'restaking', [{ type: 'LidoSubmit', holder: 'bob', pool: 'lido', amount: '50' }])).toBe(false);
    // one day is not a week
    expect(tryWrong(p, 'where-the-rewards-come-from', [{ type: 'AdvanceTime', days: 1 }])).toBe(false);
    // the bridge slashing Op1 is not a seller coming to the pool
    const slash = { type: 'Fault', fault: 'avs-misbehaviour', avs: 'bridge', operator: 'op1', set: 0, settle: true };
    expect(tryWrong(p, 'a-seller-comes-to-the-pool', [slash])).toBe(false);
    // waiting a week slashes nobody
    expect(tryWrong(p, 'the-bridge-slashes-op1', [{ type: 'AdvanceTime', days: 7 }])).toBe(false);
    // all of Alice's ETH restaked leaves no liquid stETH in her wallet
    const allIn = [
      { type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '50' },
      { type: 'RestakeDeposit', holder: 'alice', strategy: 'steth', amount: '50' },
      { type: 'DelegateTo', staker: 'alice', operator: 'op1' },
    ];
    expect(tryWrong(p, 'a-mix-of-your-own', allIn)).toBe(false);
    // all of it liquid earns nothing from the bridge
    expect(tryWrong(p, 'a-mix-of-your-own', [{ type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '50' }])).toBe(
      false,
    );
  });

  it('the restaker earns the most, the bridge slashes only what Op1 allocated to it (ELIP-002 unique stake)', () => {
    const week = stepOf(p, 'where-the-rewards-come-from');
    expect(week.answer).toMatchObject({ ok: true, choice: 'bob' });
    // Bob's extra over Alice is the bridge's reward, paid in ETH
    expect(holds('moved:reward[bob].amount > 0', week.outcomes[0])).toBe(true);
    const sale = stepOf(p, 'a-seller-comes-to-the-pool');
    expect(sale.answer).toMatchObject({ ok: true, choice: 'below' });
    const slash = stepOf(p, 'the-bridge-slashes-op1');
    expect(slash.answer).toMatchObject({ ok: true, choice: 'bob' });
    // Op1 allocates half (magnitude 0.5) of Bob's restaked stETH to the bridge: half of it is burned, the rest kept
    const before = slash.start;
    const after = slash.outcomes[0];
    expect(holds('trace:restaking.slash.slashed > 25', after)).toBe(true);
    expect(holds('trace:restaking.slash.slashed < 25.1', after)).toBe(true);
    expect(holds('holder:bob.value in [25, 25.1] ETH', after)).toBe(true);
    expect(holds('holder:alice.value >= 50 ETH', after)).toBe(true);
    expect(holds('holder:carol.value >= 50 ETH', before)).toBe(true);
  });
});
