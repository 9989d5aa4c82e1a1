/**
 * Lessons 6 (cascading slashing) and 7 (choosing an operator): every goal is met by its "show me" and not on the
 * step's start, uses only events a sandbox gesture sends (a drop, the fault menu, the time controls), and a
 * plausible wrong action does not meet it. The figures the lessons show are checked against hand-derived values.
 */
import { describe, expect, it } from 'vitest';
import { play, type PreparedLesson } from '../../../src/lessons/prepare';
import { evaluateCheck } from '../../../src/lessons/check';
import { fillBlocks } from '../../../src/lessons/text';
import { toText } from '../../../src/lessons/markdown';
import { parseEvents } from '../../../src/engine/scenario/validate';
import type { Observation } from '../../../src/lessons/observation';
import { resolve } from '../../../src/lessons/resolve';
import { parsePath, type Path } from '../../../src/lessons/path';
import { prepared, readLesson, scenarios } from './fixtures';

const G = 1_000_000_000n;
/** An amount path's value in engine units (1e-9 ETH). */
const units = (text: string, obs: Observation): bigint => {
  const v = resolve(path(text), obs);
  if (v.kind !== 'amount') throw new Error(`${text} is not an amount`);
  return v.units;
};
const path = (text: string): Path => {
  const r = parsePath(text);
  if (!r.ok) throw new Error(r.error);
  return r.path;
};

/** What src/app/dropActions.ts, faultMenu.ts and timePlayer.svelte.ts can send. */
const SANDBOX_EVENTS = new Set([
  'RestakeDeposit',
  'DelegateTo',
  'VaultDeposit',
  'ModifyAllocation',
  'Fault',
  'AdvanceTime',
]);

const load = (name: string): PreparedLesson => prepared(`lessons/${name}`, readLesson(name));
const stepOf = (p: PreparedLesson, id: string) => p.steps.find((s) => s.step.id === id)!;
const met = (p: PreparedLesson, stepId: string, obs: Observation): boolean =>
  stepOf(p, stepId).step.goal.every((c) => evaluateCheck(c, obs).pass);
const playFrom = (p: PreparedLesson, stepId: string, events: unknown[]): Observation => {
  const parsed = parseEvents(events);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return play(stepOf(p, stepId).start.world, parsed.value, 0, 'wrong');
};
const tryWrong = (p: PreparedLesson, stepId: string, events: unknown[]): boolean =>
  met(p, stepId, playFrom(p, stepId, events));
const reveal = (p: PreparedLesson, stepId: string): string => {
  const s = stepOf(p, stepId);
  return toText(fillBlocks(s.step.reveal, s.outcomes[0]).blocks);
};
const fault = (avs: string, operator: string) => ({
  type: 'Fault',
  fault: 'avs-misbehaviour',
  avs,
  operator,
  set: 0,
  settle: true,
});
const restake = (holder: string, operator: string, amount: string) => [
  { type: 'RestakeDeposit', holder, strategy: 'eth', amount },
  { type: 'DelegateTo', staker: holder, operator },
];

describe('lessons 6 and 7 can be done by hand in the sandbox', () => {
  for (const name of ['06-cascading-slashing.md', '07-choosing-an-operator.md']) {
    it(`${name}: every show-me event is a sandbox gesture's, and meets its goal, which fails on the start`, () => {
      const p = load(name);
      const goals = p.steps.filter((s) => s.step.goal.length);
      expect(goals.length).toBeGreaterThanOrEqual(3);
      for (const s of goals) {
        for (const sm of s.step.showMe) for (const e of sm.events) expect(SANDBOX_EVENTS).toContain(e.type);
        for (const o of s.outcomes) expect(met(p, s.step.id, o)).toBe(true);
        expect(met(p, s.step.id, s.start)).toBe(false);
      }
      expect(p.steps.filter((s) => s.step.predict).length).toBeGreaterThanOrEqual(2);
      const challenge = p.steps.at(-1)!;
      expect(challenge.step.challenge).toBe(true);
      expect(challenge.outcomes.length).toBeGreaterThanOrEqual(2);
    });
  }
});

describe('cascading slashing', () => {
  const p = load('06-cascading-slashing.md');

  it('a slash by another service, or another operator, is not the step asked for', () => {
    for (const step of ['one-fault-under-unique-stake', 'the-same-fault-under-pooled-stake', 'a-shared-vault']) {
      expect(tryWrong(p, step, [fault('bridge', 'op1')])).toBe(false);
    }
    expect(tryWrong(p, 'one-fault-under-unique-stake', [fault('oracle', 'op2')])).toBe(false);
  });

  it('the challenge rejects stake that burns with Op1, and too little behind Op3', () => {
    // Dave's ETH with Op1 is slashed with it: after the slash Op2 (100) alone covers half of the 150 ETH the
    // services see, and 100 ETH < 25 + 40 + 40 ETH of profit from attacking all three.
    expect(tryWrong(p, 'stop-the-cascade', [...restake('dave', 'op1', '60'), fault('oracle', 'op1')])).toBe(false);
    // 50 ETH behind Op3 makes it 100 next to Op2's 100: either alone still covers half of 200 ETH: 100 < 105.
    expect(tryWrong(p, 'stop-the-cascade', [...restake('dave', 'op3', '50'), fault('oracle', 'op1')])).toBe(false);
    // Restaking alone, without the slash, does not finish the challenge either.
    expect(tryWrong(p, 'stop-the-cascade', restake('dave', 'op2', '60'))).toBe(false);
  });

  it('unique stake (ELIP-002): the oracle burns only its 30% slice of Op1, the others keep what they see', () => {
    // Op1 holds 150 ETH and allocates 0.3 to the oracle; wad 1 slashes all of that slice: 45 ETH.
    expect(reveal(p, 'one-fault-under-unique-stake')).toContain(
      'The oracle burned 45 ETH: Op1\'s slice for the oracle, and nothing else. The bridge still sees 90 ETH',
    );
    expect(reveal(p, 'one-fault-under-unique-stake')).toContain('she keeps 105 ETH');
    expect(stepOf(p, 'one-fault-under-unique-stake').answer).toMatchObject({ ok: true, choice: 'same' });
  });

  it('pooled stake (whitepaper): the slash empties Op1 for every service, and a joint attack pays', () => {
    const text = reveal(p, 'the-same-fault-under-pooled-stake');
    // 300 ETH seen -> 150 after Op1's 150 burn; half of 150 needs Op2's 100 ETH, against 25 + 40 + 40 = 105.
    expect(text).toContain('the bridge now sees only 150 ETH');
    expect(text).toContain('Corrupting the bridge now costs 100 ETH');
    expect(text).toContain('secure: no');
    expect(stepOf(p, 'the-same-fault-under-pooled-stake').answer).toMatchObject({ ok: true, choice: 'unsafe' });
  });

  it('a shared vault (Symbiotic NetworkRestakeDelegator): min(active, limit) falls for the other networks', () => {
    // The oracle sees min(300, 200) = 200 and slashes all of it; the vault keeps 100 < the bridge's limit 200.
    const text = reveal(p, 'a-shared-vault');
    expect(text).toContain('The oracle took 200 ETH out of the vault');
    expect(text).toContain('the bridge sees only 100 ETH');
    // every depositor loses 2/3 pro rata: 150 -> 50, 100 -> 33.33, 50 -> 16.67
    expect(text).toContain('Alice keeps 50 ETH, Bob 33.3333 ETH and Carol 16.6667 ETH');
    expect(stepOf(p, 'a-shared-vault').answer).toMatchObject({ ok: true, choice: 'less' });
  });
});

describe('choosing an operator', () => {
  const p = load('07-choosing-an-operator.md');

  it('rejects the plausible wrong actions', () => {
    // another operator, or only half of Alice's ETH, is not "all in with Bold"
    expect(tryWrong(p, 'all-in-with-bold', restake('alice', 'steady', '100'))).toBe(false);
    expect(tryWrong(p, 'all-in-with-bold', restake('alice', 'bold', '50'))).toBe(false);
    expect(tryWrong(p, 'earn-for-a-week', [{ type: 'AdvanceTime', days: 1 }])).toBe(false);
    // the oracle's slash of Bold is not the bridge's
    expect(tryWrong(p, 'the-bridge-slashes-bold', [fault('oracle', 'bold')])).toBe(false);
    // all in with Bold: one fault takes 50 ETH; 10 ETH with Steady is not 20 ETH at work; 60 with Balanced: 12 ETH
    expect(tryWrong(p, 'a-risk-budget', restake('alice', 'bold', '100'))).toBe(false);
    expect(tryWrong(p, 'a-risk-budget', restake('alice', 'steady', '10'))).toBe(false);
    expect(tryWrong(p, 'a-risk-budget', restake('alice', 'balanced', '60'))).toBe(false);
  });

  it('the engine answers the questions: Bold has the largest slice, and the worst fault is half of the stake', () => {
    expect(stepOf(p, 'compare-the-operators').answer).toMatchObject({ ok: true, choice: 'bold' });
    // Bold's bridge magnitude is 0.5 and the bridge slashes with wad 1: 100 ETH x 0.5 = 50 ETH (ELIP-002)
    expect(stepOf(p, 'all-in-with-bold').answer).toMatchObject({ ok: true, choice: 'half' });
    expect(reveal(p, 'all-in-with-bold')).toContain('one slash by one service could take 50 ETH of it');
    expect(stepOf(p, 'earn-for-a-week').answer).toMatchObject({ ok: true, choice: 'alice' });
  });

  it("the bridge's slash takes exactly the worst single fault the lesson showed before it", () => {
    const s = stepOf(p, 'the-bridge-slashes-bold');
    const before = units('holder:alice.value', s.start);
    const worst = units('holder:alice.worstSlash', s.start);
    const after = units('holder:alice.value', s.outcomes[0]);
    expect(worst).toBe(50n * G);
    expect(before - after).toBe(worst);
  });

  it('each challenge solution keeps the worst single fault at 10 ETH: 100 x 0.1, 50 x 0.2, 20 x 0.5', () => {
    for (const o of stepOf(p, 'a-risk-budget').outcomes) {
      expect(units('holder:alice.worstSlash', o)).toBe(10n * G);
    }
  });
});

describe('the paths lessons 6 and 7 add', () => {
  const p6 = load('06-cascading-slashing.md');
  const unique = stepOf(p6, 'one-fault-under-unique-stake').start;
  const pooled = stepOf(p6, 'the-same-fault-under-pooled-stake').start;

  it('operator:<id>.allocated:<AVS> is what the service can slash: the 30% slice, or all of it when pooled', () => {
    expect(units('operator:op1.allocated:bridge', unique)).toBe(45n * G);
    expect(units('operator:op1.allocated:bridge', pooled)).toBe(150n * G);
    expect(() => resolve(path('operator:op1.allocated:nowhere'), unique)).toThrow('there is no AVS "nowhere"');
  });

  it('holder:<id>.worstSlash: the largest loss one service can cause; 0 for a holder who is not delegated', () => {
    // unique: any one of the three services takes its 30% slice of Alice's 150 ETH; pooled: all of it
    expect(units('holder:alice.worstSlash', unique)).toBe(45n * G);
    expect(units('holder:alice.worstSlash', pooled)).toBe(150n * G);
    expect(units('holder:dave.worstSlash', unique)).toBe(0n);
    // reading it leaves the world as it was
    expect(units('holder:alice.value', unique)).toBe(150n * G);
  });
});

describe("the lessons' text follows the engine", () => {
  it("changes Bold's bridge magnitude in a copy (0.5 -> 0.4) and the worst single fault in the text follows it", () => {
    const name = '07-choosing-an-operator.md';
    const milder = prepared(`lessons/${name}`, readLesson(name), (file) => {
      const json = scenarios(file) as { restaking: { allocations: { operator: string; avs: string }[] } };
      if (file !== 'lesson-choosing-operator.json') return json;
      const allocations = json.restaking.allocations.map((a) =>
        a.operator === 'bold' && a.avs === 'bridge' ? { ...a, magnitude: '0.4' } : a,
      );
      return { ...json, restaking: { ...json.restaking, allocations } };
    });
    // 100 ETH restaked with Bold x 0.4 = 40 ETH; the question's bucket still says "between a quarter and three quarters"
    expect(reveal(milder, 'all-in-with-bold')).toContain('one slash by one service could take 40 ETH of it');
    expect(stepOf(milder, 'all-in-with-bold').answer).toMatchObject({ ok: true, choice: 'half' });
    const compare = stepOf(milder, 'compare-the-operators');
    expect(toText(fillBlocks(compare.step.narration, compare.start).blocks)).toContain('Bold gives the bridge 40 ETH');
  });
});
