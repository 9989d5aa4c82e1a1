/**
 * The curriculum's lessons 3-5: each goal is met by its "show me", is NOT met by a plausible wrong action, and
 * uses only events the sandbox's own gestures produce (a drop, an allocation handle, the fault menu, the time
 * controls), so a learner can do every step by hand.
 */
import { describe, expect, it } from 'vitest';
import { play, type PreparedLesson } from '../../../src/lessons/prepare';
import { evaluateCheck } from '../../../src/lessons/check';
import { fillBlocks } from '../../../src/lessons/text';
import { toText } from '../../../src/lessons/markdown';
import { parseEvents } from '../../../src/engine/scenario/validate';
import type { Observation } from '../../../src/lessons/observation';
import { prepared, readLesson, scenarios, SANDBOX_EVENTS } from './fixtures';


const LESSONS = ['03-delegated-staking.md', '04-liquid-staking.md', '05-restaking.md'];
const load = (name: string): PreparedLesson => prepared(`lessons/${name}`, readLesson(name));
const met = (p: PreparedLesson, stepId: string, obs: Observation): boolean =>
  p.steps.find((s) => s.step.id === stepId)!.step.goal.every((c) => evaluateCheck(c, obs).pass);
const tryWrong = (p: PreparedLesson, stepId: string, events: unknown[]): boolean => {
  const s = p.steps.find((x) => x.step.id === stepId)!;
  const parsed = parseEvents(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return met(p, stepId, play(s.start.world, parsed.value, 0, 'wrong'));
};

describe('lessons 3-5 can be done by hand in the sandbox', () => {
  for (const name of LESSONS) {
    it(`${name}: every show-me event is one a sandbox gesture sends, and every goal is met by it`, () => {
      const p = load(name);
      const goals = p.steps.filter((s) => s.step.goal.length);
      expect(goals.length).toBeGreaterThanOrEqual(2);
      for (const s of goals) {
        for (const sm of s.step.showMe) for (const e of sm.events) expect(SANDBOX_EVENTS).toContain(e.type);
        for (const o of s.outcomes) expect(met(p, s.step.id, o)).toBe(true);
        expect(met(p, s.step.id, s.start)).toBe(false);
      }
      expect(p.steps.filter((s) => s.step.predict).length).toBeGreaterThanOrEqual(1);
    });
  }
});

describe('a plausible wrong action does not meet the goal', () => {
  it('delegated staking', () => {
    const p = load('03-delegated-staking.md');
    // half of Alice's ATOM is not all of it
    expect(tryWrong(p, 'choose-a-validator', [{ type: 'CosmosDelegate', holder: 'alice', validator: 'nova', amount: '500' }])).toBe(false);
    // one day is not a week
    expect(tryWrong(p, 'earn-for-a-week', [{ type: 'AdvanceTime', days: 1 }])).toBe(false);
    // downtime jails Nova but does not tombstone it (x/slashing: no tombstone for liveness faults)
    expect(tryWrong(p, 'a-validator-signs-twice', [{ type: 'CosmosDowntime', validator: 'nova' }])).toBe(false);
    // a double sign tombstones Lyra: not the downtime the step asks for
    expect(tryWrong(p, 'a-validator-goes-offline', [{ type: 'CosmosDoubleSign', validator: 'lyra' }])).toBe(false);
    // all on one validator is more than 600 ATOM with it
    expect(tryWrong(p, 'spread-the-risk', [{ type: 'CosmosDelegate', holder: 'alice', validator: 'orion', amount: '1000' }])).toBe(false);
  });

  it('liquid staking', () => {
    const p = load('04-liquid-staking.md');
    expect(tryWrong(p, 'stake-through-a-pool', [{ type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '10' }])).toBe(false);
    expect(tryWrong(p, 'watch-the-balance-rebase', [{ type: 'AdvanceTime', epochs: 1 }])).toBe(false);
    // downtime is not slashing
    const down = { type: 'Fault', fault: 'downtime', validators: ['b1'], operator: 'blue', epochs: 225, settle: true };
    expect(tryWrong(p, 'one-operator-is-slashed', [down])).toBe(false);
    // everything into the pool leaves less than 40 ETH at hand
    expect(tryWrong(p, 'hold-steth-keep-eth-at-hand', [{ type: 'LidoSubmit', holder: 'alice', pool: 'lido', amount: '70' }])).toBe(false);
  });

  it('restaking', () => {
    const p = load('05-restaking.md');
    const deposit = (operator: string) => [
      { type: 'RestakeDeposit', holder: 'alice', strategy: 'eth', amount: '100' },
      { type: 'DelegateTo', staker: 'alice', operator },
    ];
    expect(tryWrong(p, 'restake-with-an-operator', deposit('op2'))).toBe(false);
    // raising the oracle's slice does not give the bridge anything
    const oracle = { type: 'ModifyAllocation', operator: 'op1', avs: 'oracle', set: 0, strategy: 'eth', magnitude: '60/100' };
    expect(tryWrong(p, 'opt-into-the-bridge', [oracle])).toBe(false);
    const bridge = (pct: number) => ({ type: 'ModifyAllocation', operator: 'op1', avs: 'bridge', set: 0, strategy: 'eth', magnitude: `${pct}/100` });
    // 10% is not enough: the bridge sees 10 ETH, all of it Op1's, so an attack costs 10 ETH for a 15 ETH gain
    expect(tryWrong(p, 'safe-bridge-bounded-risk', [...deposit('op1'), bridge(10)])).toBe(false);
  });
});

describe('the lessons read the engine', () => {
  it("Bob's Cosmos delegation loses the chain's double-sign fraction (x/slashing SlashFractionDoubleSign, Hub 0.05)", () => {
    const p = load('03-delegated-staking.md');
    const s = p.steps.find((x) => x.step.id === 'a-validator-signs-twice')!;
    const text = toText(fillBlocks(s.step.reveal, s.outcomes[0]).blocks);
    // 1,000 ATOM × (1 − 0.05) = 950 ATOM; Nova had 2,000 self-bond + 1,000 Bob at the infraction: 5% is 150
    expect(text).toContain("Bob's delegation went from 1,000 ATOM to 950 ATOM");
    expect(text).toContain('Nova lost 150 ATOM of its 3,000 ATOM');
    expect(s.answer).toMatchObject({ ok: true, choice: 'loses' });
  });

  it('changes an engine constant in a copy and the placeholder text follows it (slash fraction 0.05 -> 0.10)', () => {
    const name = '03-delegated-staking.md';
    const harsher = prepared(`lessons/${name}`, readLesson(name), (file) => {
      const json = scenarios(file) as { cosmos: Record<string, unknown> };
      return file === 'lesson-delegated-staking.json'
        ? { ...json, cosmos: { ...json.cosmos, params: { slashFractionDoubleSign: '0.10' } } }
        : json;
    });
    const s = harsher.steps.find((x) => x.step.id === 'a-validator-signs-twice')!;
    expect(toText(fillBlocks(s.step.narration, s.start).blocks)).toContain('slashes Nova 10% of its stake');
    // 1,000 ATOM × 0.90
    expect(toText(fillBlocks(s.step.reveal, s.outcomes[0]).blocks)).toContain('from 1,000 ATOM to 900 ATOM');
  });

  it("a rebasing stETH balance is shares × ETH per share (Lido's balanceOf), and a slashing lowers it for every holder", () => {
    const p = load('04-liquid-staking.md');
    const s = p.steps.find((x) => x.step.id === 'one-operator-is-slashed')!;
    expect(s.answer).toMatchObject({ ok: true, choice: 'all' });
    const rebase = p.steps.find((x) => x.step.id === 'watch-the-balance-rebase')!;
    expect(rebase.answer).toMatchObject({ ok: true, choice: 'more' });
  });
});
