/**
 * Parsing at the boundary: one function turns unknown JSON into a typed scenario or a list of specific errors,
 * each naming the JSON path and the rule broken ("$.holders[2].balances.ETH: must be a decimal number ...").
 */
import * as v from 'valibot';
import { ScenarioSchema, type Scenario } from './schema';
import { EventListSchema, type SimEvent } from '../events';
import { isReservedName } from './primitives';
import { checkCount, checkLimits, type LogExtent } from './limits';

export interface InputIssue {
  path: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

/** "$.holders[2].balances.ETH" from valibot's issue path. */
export function jsonPath(issue: v.BaseIssue<unknown>): string {
  return pathOf((issue.path ?? []).map((item) => item.key as unknown));
}

/** "$.holders[2].balances.ETH" from a list of keys; keys that are not identifiers are quoted ($.balances["a b"]). */
export function pathOf(keys: readonly unknown[]): string {
  let out = '$';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

function toIssues(issues: readonly v.BaseIssue<unknown>[]): InputIssue[] {
  // Show the deepest, most specific issues first: a union reports its branches' issues as `issues`.
  const flat: v.BaseIssue<unknown>[] = [];
  const walk = (list: readonly v.BaseIssue<unknown>[]) => {
    for (const issue of list) {
      if (issue.issues?.length && issue.type === 'union') walk(issue.issues);
      else flat.push(issue);
    }
  };
  walk(issues);
  const seen = new Set<string>();
  const out: InputIssue[] = [];
  for (const issue of flat) {
    const item = { path: jsonPath(issue), message: describe(issue) };
    const key = `${item.path} ${item.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

function describe(issue: v.BaseIssue<unknown>): string {
  // Key issues read better in the author's words; other valibot messages ("Invalid type: Expected string but
  // received 3") are specific already and kept.
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid key')) {
    if (issue.received === 'undefined') return 'is missing (it is required)';
    if (issue.expected === 'never') return 'is not a field this format knows here; remove it or check its spelling';
  }
  return issue.message;
}

/**
 * Object keys such as "__proto__", "constructor" or "toString" anywhere in the input. valibot's objects and
 * records skip "__proto__", "constructor" and "prototype" without a word (a guard against prototype pollution),
 * and the others would reach plain objects keyed by user ids, so they are refused first, each at its own path.
 */
export function reservedKeys(input: unknown): InputIssue[] {
  const issues: InputIssue[] = [];
  const stack: [unknown, unknown[]][] = [[input, []]];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    const children: [unknown, unknown[]][] = [];
    if (Array.isArray(node)) node.forEach((item, i) => children.push([item, [...path, i]]));
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (isReservedName(key)) {
          issues.push({
            path: pathOf([...path, key]),
            message: `"${key}" is a reserved name (JavaScript gives every object one) and cannot be a key here`,
          });
        }
        children.push([value, [...path, key]]);
      }
    }
    // Reversed onto the stack, so they are visited (and reported) in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return issues;
}

export function parseScenario(input: unknown): Parsed<Scenario> {
  // A list past the event limit is refused before anything reads all of it.
  const listed = input !== null && typeof input === 'object' ? (input as { events?: unknown }).events : undefined;
  const tooMany = Array.isArray(listed) ? checkCount(listed.length, undefined, (i) => `$.events[${i}]`) : null;
  if (tooMany) return { ok: false, issues: [tooMany] };
  const reserved = reservedKeys(input);
  if (reserved.length) return { ok: false, issues: reserved };
  const result = v.safeParse(ScenarioSchema, input, { abortPipeEarly: true });
  if (!result.success) return { ok: false, issues: toIssues(result.issues) };
  const over = checkLimits(result.output.events, undefined, (i) => `$.events[${i}]`);
  return over ? { ok: false, issues: [over] } : { ok: true, value: result.output };
}

/**
 * Parses a list of events; `after` is what the log holds before them (the scenario's own events, the sandbox's
 * log up to its position), so the limits (limits.ts) apply to the whole log.
 */
export function parseEvents(input: unknown, after?: LogExtent): Parsed<SimEvent[]> {
  const tooMany = Array.isArray(input) ? checkCount(input.length, after) : null;
  if (tooMany) return { ok: false, issues: [tooMany] };
  const reserved = reservedKeys(input);
  if (reserved.length) return { ok: false, issues: reserved };
  const result = v.safeParse(EventListSchema, input, { abortPipeEarly: true });
  if (!result.success) return { ok: false, issues: toIssues(result.issues) };
  const over = checkLimits(result.output, after);
  return over ? { ok: false, issues: [over] } : { ok: true, value: result.output };
}

/** One line for a CLI or a toast: the first issue, with a count of the rest. */
export function summarizeIssues(issues: InputIssue[]): string {
  const [first, ...rest] = issues;
  if (!first) return 'invalid input';
  return `${first.path}: ${first.message}${rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : ''}`;
}
