/**
 * Goal checks: one declarative condition per line of a ```goal block, no code.
 *
 *   event EthDeposit                        an event of this type was applied during the step
 *   happened eth.slash                      the step's trace has a step of this kind
 *   validator:v3.status = active            a path compared with a literal: = != < <= > >=
 *   holder:alice.value >= 63.9 ETH          amounts compare in whole tokens; a unit, if given, must match
 *   validator:v1.balance in [31, 32] ETH    a closed range
 *   avs:bridge.safe = true                  booleans are true / false; other bare words are text
 *
 * Evaluating a check never throws: a path that names nothing counts as failed, with the reason.
 */
import { parseEth } from '../engine/ledger/amount';
import { assetName } from '../engine/ledger/display';
import { formatValue } from './format';
import type { Observation } from './observation';
import { parsePath, type Path } from './path';
import { eventPhrase, kindPhrase, pathPhrase } from './phrase';
import type { Message } from './message';
import { resolve, ResolveError } from './resolve';
import { asFraction, compareFractions, UNIT, type Value } from './value';

export type Op = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in';

export type Literal =
  | { kind: 'number'; num: bigint; den: bigint; unit: string | null }
  | { kind: 'text'; text: string }
  | { kind: 'bool'; value: boolean };

export type Check =
  | { type: 'event'; eventType: string; line: number; source: string }
  | { type: 'happened'; kind: string; line: number; source: string }
  | { type: 'compare'; path: Path; pathText: string; op: Op; wanted: Literal[]; line: number; source: string };

export type { Message };

export interface CheckResult {
  check: Check;
  pass: boolean;
  /** Why it passed or failed, e.g. lesson.check.compare.fail {path, actual, op, wanted}. */
  message: Message;
}

const NUMBER = /^(-?\d+(?:\.\d+)?)(?:\s*([A-Za-z][A-Za-z0-9_.:]*))?$/;

function parseLiteral(raw: string): Literal | string {
  const t = raw.trim();
  if (t === 'true' || t === 'false') return { kind: 'bool', value: t === 'true' };
  const m = NUMBER.exec(t);
  if (m) {
    const [whole, frac = ''] = m[1].replace('-', '').split('.');
    if (frac.length > 9) return `"${t}" has more than 9 decimals`;
    const units = parseEth(`${whole}${frac ? `.${frac}` : ''}`);
    return { kind: 'number', num: m[1].startsWith('-') ? -units : units, den: UNIT, unit: m[2] ?? null };
  }
  if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(t)) return { kind: 'text', text: t };
  return `"${t}" is not a value: write a number (with an optional unit, "32 ETH"), true, false or a word`;
}

const COMPARE = /^(\S+)\s+(=|!=|<=|>=|<|>|in)\s+(.+)$/;

/** Parses one check line; returns an error sentence for a line that is not a check. */
export function parseCheck(source: string, line: number): Check | string {
  const s = source.trim();
  let m = /^event\s+([A-Za-z][A-Za-z0-9]*)$/.exec(s);
  if (m) return { type: 'event', eventType: m[1], line, source: s };
  m = /^happened\s+([a-z][A-Za-z0-9_.:-]*)$/.exec(s);
  if (m) return { type: 'happened', kind: m[1], line, source: s };
  m = COMPARE.exec(s);
  if (!m) {
    return `"${s}" is not a check: write "event <Type>", "happened <trace kind>" or "<path> <op> <value>" (op: = != < <= > >= in)`;
  }
  const path = parsePath(m[1]);
  if (!path.ok) return path.error;
  const op = m[2] as Op;
  let parts: string[];
  let unit: string | null = null;
  if (op === 'in') {
    const range = /^\[([^,\]]+),([^,\]]+)\]\s*([A-Za-z][A-Za-z0-9_.:]*)?$/.exec(m[3].trim());
    if (!range) return `"${m[3]}" is not a range: write [low, high] with an optional unit, "[31, 32] ETH"`;
    parts = [range[1], range[2]];
    unit = range[3] ?? null;
  } else parts = [m[3]];
  const wanted: Literal[] = [];
  for (const p of parts) {
    const lit = parseLiteral(p);
    if (typeof lit === 'string') return lit;
    if (unit && lit.kind === 'number') lit.unit = lit.unit ?? unit;
    if (op !== '=' && op !== '!=' && lit.kind !== 'number') return `"${op}" compares numbers, not "${p.trim()}"`;
    wanted.push(lit);
  }
  return { type: 'compare', path: path.path, pathText: m[1], op, wanted, line, source: s };
}

export function literalText(l: Literal): string {
  if (l.kind === 'bool') return String(l.value);
  if (l.kind === 'text') return l.text;
  const v = formatValue({ kind: 'number', num: l.num, den: l.den }, 'number');
  return l.unit ? `${v} ${l.unit}` : v;
}

const OP_NAMES: Record<Op, string> = { '=': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', in: 'in' };

/**
 * What the goal wants, in words: "at most 8 ETH", "between 31 and 32 ETH", "a yes". A number written without a
 * unit is read in the actual amount's unit (the comparison does so too), so "at least 32" reads "at least 32 stETH".
 */
function wantedPhrase(c: Extract<Check, { type: 'compare' }>, actual: Value): Message {
  const flag = c.wanted[0].kind === 'bool' ? c.wanted[0].value !== (c.op === '!=') : null;
  if (flag !== null) return { key: flag ? 'lesson.want.yes' : 'lesson.want.no', params: {} };
  const unit = actual.kind === 'amount' ? assetName(actual.asset) : null;
  const lit = (l: Literal): string =>
    l.kind === 'number' && !l.unit && unit ? `${literalText(l)} ${unit}` : literalText(l);
  if (c.op === 'in') return { key: 'lesson.want.in', params: { low: lit(c.wanted[0]), high: lit(c.wanted[1]) } };
  return { key: `lesson.want.${OP_NAMES[c.op]}`, params: { value: lit(c.wanted[0]) } };
}

function wantedText(c: Extract<Check, { type: 'compare' }>): string {
  return c.op === 'in'
    ? `[${literalText(c.wanted[0])}, ${literalText(c.wanted[1])}]`
    : literalText(c.wanted[0]);
}

/** Whether `actual` stands in relation `op` to `lit`; a string says why they cannot be compared. */
function compare(actual: Value, op: Op, lit: Literal): boolean | string {
  if (lit.kind === 'number') {
    const a = asFraction(actual);
    if (!a) return `it is ${actual.kind === 'bool' ? 'true or false' : 'a word'}, not a number`;
    if (lit.unit && actual.kind === 'amount' && lit.unit !== actual.asset) {
      return `it is an amount of ${actual.asset}, not ${lit.unit}`;
    }
    const c = compareFractions(a, { num: lit.num, den: lit.den });
    switch (op) {
      case '=':
        return c === 0;
      case '!=':
        return c !== 0;
      case '<':
        return c < 0;
      case '<=':
        return c <= 0;
      case '>':
        return c > 0;
      case '>=':
      case 'in':
        return c >= 0;
    }
  }
  const same =
    lit.kind === 'bool'
      ? actual.kind === 'bool' && actual.value === lit.value
      : actual.kind === 'text' && actual.text === lit.text;
  if (lit.kind === 'bool' && actual.kind !== 'bool') return `it is not true or false`;
  return op === '!=' ? !same : same;
}

export function evaluateCheck(check: Check, obs: Observation): CheckResult {
  const result = (pass: boolean, key: string, params: Message['params']): CheckResult => ({
    check,
    pass,
    message: { key: `lesson.check.${key}.${pass ? 'pass' : 'fail'}`, params: { check: check.source, ...params } },
  });
  if (check.type === 'event') {
    const n = obs.events.filter((e) => e.type === check.eventType).length;
    return result(n > 0, 'event', { eventType: check.eventType, event: eventPhrase(check.eventType), count: n });
  }
  if (check.type === 'happened') {
    const n = obs.trace.filter((s) => s.kind === check.kind).length;
    return result(n > 0, 'happened', { kind: check.kind, what: kindPhrase(check.kind), count: n });
  }
  const subject = pathPhrase(check.path, obs.world);
  let actual: Value;
  try {
    actual = resolve(check.path, obs);
  } catch (e) {
    if (e instanceof ResolveError) {
      return {
        check,
        pass: false,
        message: { key: 'lesson.check.unresolved', params: { check: check.source, subject, reason: e.message } },
      };
    }
    throw e;
  }
  const params = {
    path: check.pathText,
    subject,
    actual: formatValue(actual),
    op: check.op,
    wanted: wantedText(check),
    want: wantedPhrase(check, actual),
  };
  let outcome: boolean | string;
  if (check.op === 'in') {
    const low = compare(actual, '>=', check.wanted[0]);
    const high = compare(actual, '<=', check.wanted[1]);
    outcome = typeof low === 'string' ? low : typeof high === 'string' ? high : low && high;
  } else outcome = compare(actual, check.op, check.wanted[0]);
  if (typeof outcome === 'string') {
    return {
      check,
      pass: false,
      message: { key: 'lesson.check.mismatch', params: { check: check.source, reason: outcome, ...params } },
    };
  }
  // A yes-or-no subject is worded as a question ("Is the Bridge service safe? ..."): its own sentences.
  if (actual.kind === 'bool') {
    const answer = { key: actual.value ? 'lesson.answer.yes' : 'lesson.answer.no', params: {} };
    return result(outcome, 'flag', { ...params, answer });
  }
  return result(outcome, 'compare', params);
}
