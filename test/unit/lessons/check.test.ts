import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fold } from '../../../src/engine/sim';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { evaluateCheck, parseCheck, type Check } from '../../../src/lessons/check';
import { parsePath } from '../../../src/lessons/path';
import { resolve, ResolveError } from '../../../src/lessons/resolve';
import { formatValue } from '../../../src/lessons/format';
import type { Observation } from '../../../src/lessons/observation';

/** solo-staker-slashed.json folded: v1 slashed at day 2 (its 3rd event's trace is what we inspect). */
function soloStaker(): { end: Observation; slash: Observation } {
  const parsed = parseScenario(JSON.parse(readFileSync('public/scenarios/solo-staker-slashed.json', 'utf8')));
  if (!parsed.ok) throw new Error('scenario');
  const { world, traces } = fold(parsed.value);
  const events = parsed.value.events;
  return {
    end: { world, trace: traces.slice(1).flat(), events },
    slash: { world, trace: traces[2], events: [events[1]] },
  };
}

const check = (s: string): Check => {
  const c = parseCheck(s, 7);
  if (typeof c === 'string') throw new Error(c);
  return c;
};

const value = (path: string, obs: Observation) => {
  const p = parsePath(path);
  if (!p.ok) throw new Error(p.error);
  return formatValue(resolve(p.path, obs), 'exact');
};

describe('paths', () => {
  it('splits the field at the last dot, so ids and trace kinds may hold dots', () => {
    expect(parsePath('validator:rp.mp1.status')).toEqual({
      ok: true,
      path: { source: 'entity', kind: 'validator', id: 'rp.mp1', field: 'status' },
    });
    expect(parsePath('trace:eth.slash.correlation[v1].penalty')).toEqual({
      ok: true,
      path: { source: 'trace', kind: 'eth.slash.correlation', entity: 'v1', field: 'penalty' },
    });
    expect(parsePath('moved:slash:initial.amount')).toMatchObject({ ok: true, path: { reason: 'slash:initial' } });
    expect(parsePath('const.MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA')).toMatchObject({ ok: true });
    expect(parsePath('planet:mars.size')).toMatchObject({ ok: false });
    expect(parsePath('balance')).toMatchObject({ ok: false });
  });
});

describe('resolvers read the engine', () => {
  const { end, slash } = soloStaker();

  it('reads the slashing penalties from the trace (Electra numbers, derived by hand)', () => {
    // slash_validator: effective_balance // MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA = 32e9 // 4096 = 7,812,500 gwei
    expect(value('trace:eth.slash.initialPenalty', slash)).toBe('0.0078125 ETH');
    expect(value('moved:slash:initial.amount', slash)).toBe('0.0078125 ETH');
    // whistleblower: 32e9 // 4096 = 7,812,500, of which the proposer keeps * 8 / 64 = 976,562 gwei
    expect(value('moved:reward:proposer.amount', slash)).toBe('0.000976562 ETH');
    expect(value('moved:reward:whistleblower.amount', slash)).toBe('0.006835938 ETH');
    // process_slashings: min(3 * 532 ETH, total) // (34,000,032 ETH total in ETH increments) = 46,941 gwei per ETH,
    // times 32 increments = 1,502,112 gwei
    expect(value('trace:eth.slash.correlation.penalty', end)).toBe('0.001502112 ETH');
    expect(value('trace:eth.slash[v1].count', end)).toBe('1');
    expect(value('event:AdvanceTime.count', end)).toBe('3');
  });

  it('reads validators, holders, the chain and spec constants', () => {
    expect(value('validator:v1.status', end)).toBe('withdrawn');
    expect(value('validator:v2.initialPenaltyIfSlashed', end)).toBe('0.0078125 ETH');
    expect(value('holder:alice.validators', end)).toBe('2');
    expect(value('holder:bob.balance', end)).toBe('0.006835938 ETH');
    expect(value('const.MIN_SLASHING_PENALTY_QUOTIENT_ELECTRA', end)).toBe('4,096');
    expect(value('world.epoch', end)).toBe('9,000');
    // 34,000,000 + v2's 32 ETH (v1 has exited)
    expect(value('chain.totalActive', end)).toBe('34,000,032 ETH');
  });

  it('names what is missing when a path resolves to nothing', () => {
    const p = parsePath('validator:v9.balance');
    expect(p.ok && (() => resolve(p.path, end))).toThrow(ResolveError);
    expect(() => value('validator:v1.colour', end)).toThrow(/no field "colour"/);
    expect(() => value('trace:eth.slash.initialPenalty', { ...end, trace: [] })).toThrow(/has no "eth.slash" step/);
  });
});

describe('checks', () => {
  const { end, slash } = soloStaker();

  it('parses every form and refuses a line that is not a check', () => {
    expect(check('event EthSlash')).toMatchObject({ type: 'event', eventType: 'EthSlash', line: 7 });
    expect(check('happened eth.slash.correlation')).toMatchObject({ type: 'happened' });
    expect(check('validator:v1.balance in [31, 32] ETH')).toMatchObject({ type: 'compare', op: 'in' });
    expect(parseCheck('v1 is slashed', 3)).toMatch(/is not a check/);
    expect(parseCheck('validator:v1.status > active', 3)).toMatch(/compares numbers/);
  });

  it('passes and fails with the actual value against the wanted one', () => {
    const ok = evaluateCheck(check('validator:v1.slashed = true'), end);
    expect(ok.pass).toBe(true);
    const low = evaluateCheck(check('holder:alice.balance >= 50 ETH'), end);
    expect(low.pass).toBe(false);
    expect(low.message).toEqual({
      key: 'lesson.check.compare.fail',
      params: {
        check: 'holder:alice.balance >= 50 ETH',
        path: 'holder:alice.balance',
        // the subject and the goal in words, for the feedback (src/lessons/phrase.ts)
        subject: { key: 'lesson.path.holder.balance', params: { name: 'Alice' } },
        actual: '41.9381 ETH',
        op: '>=',
        wanted: '50 ETH',
        want: { key: 'lesson.want.ge', params: { value: '50 ETH' } },
      },
    });
    expect(evaluateCheck(check('validator:v2.balance in [32, 33] ETH'), end).pass).toBe(true);
    expect(evaluateCheck(check('event EthSlash'), slash).pass).toBe(true);
    expect(evaluateCheck(check('happened eth.slash.correlation'), slash).pass).toBe(false);
  });

  it('fails, never throws, when the path names nothing or the units differ', () => {
    const r = evaluateCheck(check('validator:v7.slashed = true'), end);
    expect(r).toMatchObject({ pass: false, message: { key: 'lesson.check.unresolved' } });
    const units = evaluateCheck(check('holder:alice.balance >= 1 ATOM'), end);
    expect(units).toMatchObject({ pass: false, message: { key: 'lesson.check.mismatch' } });
  });
});
