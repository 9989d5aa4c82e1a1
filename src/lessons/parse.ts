/**
 * lessons/<file>.md -> Lesson, or every problem found, each with its line. The format (docs/lesson-format.md):
 *
 *   ---                          frontmatter: `key: value` lines (lists as [a, b]; `key: |` then indented lines)
 *   id: solo-staking
 *   ---
 *   # Title                      optional, for people reading the file
 *   ## Step: <title>             a step; `## Challenge: <title>` is the last one
 *   narration (Markdown subset, placeholders {{path | format}})
 *   ```start / ```goal / ```predict / ```hint / ```show-me / ```reveal   fenced blocks
 *
 * Structure is checked here; whether the checks and placeholders resolve against the engine is lint.ts's job.
 */
import * as v from 'valibot';
import { parseEvents, jsonPath } from '../engine/scenario/validate';
import type { SimEvent } from '../engine/events';
import { parseCheck, type Check } from './check';
import { parseInline, parseMarkdown, type Block, type MarkdownIssue, type SourceLine } from './markdown';
import { parsePath } from './path';
import { frontmatterLines, readFrontmatter } from './frontmatter';
import {
  LEVELS,
  type AnswerRule,
  type Lesson,
  type LessonIssue,
  type LessonMeta,
  type Predict,
  type ScenarioRef,
  type StartSpec,
  type Step,
} from './lesson';

export type LessonParse = { ok: true; lesson: Lesson } | { ok: false; issues: LessonIssue[] };

const BLOCKS = ['start', 'goal', 'predict', 'hint', 'show-me', 'reveal', 'scenario'] as const;
type BlockKind = (typeof BLOCKS)[number];

interface Fence {
  kind: BlockKind;
  line: number;
  body: SourceLine[];
}

const FrontmatterSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lowercase letters, digits and "-"')),
  title: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(120, 'must be at most 120 characters')),
  summary: v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(400, 'must be at most 400 characters')),
  level: v.picklist(LEVELS, `must be one of ${LEVELS.join(', ')}`),
  minutes: v.pipe(
    v.string(),
    v.regex(/^\d+$/, 'must be a whole number of minutes'),
    v.transform(Number),
    v.minValue(1, 'must be at least 1'),
    v.maxValue(60, 'must be at most 60'),
  ),
  prerequisites: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be a lesson id'))), []),
  scenario: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*\.json$/, 'must be a file name like solo-staker-slashed.json in public/scenarios/'))),
  teacherNotes: v.optional(v.string(), ''),
});

const StartSchema = v.strictObject({
  scenario: v.optional(v.union([v.string(), v.looseObject({})], 'must be a file name or an inline scenario object')),
  from: v.optional(v.literal('previous', 'must be "previous" (continue from the previous step) or absent')),
  events: v.optional(v.array(v.unknown()), []),
});

const ChoiceId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a short lowercase id'));
const Bound = v.nullable(v.union([v.number(), v.pipe(v.string(), v.regex(/^-?\d+(\.\d+)?$/, 'must be a decimal'))]));
const PredictSchema = v.strictObject({
  question: v.pipe(v.string(), v.minLength(1)),
  choices: v.pipe(
    v.record(ChoiceId, v.pipe(v.string(), v.minLength(1))),
    v.check((c) => Object.keys(c).length >= 2, 'must offer at least two choices'),
  ),
  answer: v.union(
    [
      v.strictObject({ largest: v.record(ChoiceId, v.string()) }),
      v.strictObject({ bucket: v.string(), ranges: v.record(ChoiceId, v.tuple([Bound, Bound])) }),
      v.strictObject({ holds: v.record(ChoiceId, v.string()) }),
    ],
    'must be {"largest": {choice: path}}, {"bucket": path, "ranges": {choice: [low, high]}} or {"holds": {choice: check}}',
  ),
});

export function parseLesson(file: string, source: string): LessonParse {
  const issues: LessonIssue[] = [];
  const at = (line: number, message: string) => issues.push({ file, line, message });
  const lines = source.replace(/\r\n?/g, '\n').split('\n');

  // Frontmatter
  const end = frontmatterLines(lines, at);
  if (end < 0) return { ok: false, issues };
  const { values, keyLines } = readFrontmatter(lines.slice(1, end), 2, at);
  let meta: Omit<LessonMeta, 'scenario'> & { scenario?: string } = {} as never;
  const fm = v.safeParse(FrontmatterSchema, values);
  if (fm.success) meta = fm.output;
  else {
    for (const issue of fm.issues) {
      const key = String(issue.path?.[0]?.key ?? '');
      const missing = issue.received === 'undefined';
      const message = issue.expected === 'never' ? 'is not a frontmatter field; remove it or check its spelling' : missing ? 'is missing (it is required)' : issue.message;
      at(keyLines[key] ?? 1, `frontmatter "${key}" ${message}`);
    }
  }

  // Body: an optional inline scenario, then steps.
  const steps: Step[] = [];
  let inlineScenario: ScenarioRef | null = null;
  let current: { title: string; line: number; challenge: boolean; prose: SourceLine[]; fences: Fence[] } | null = null;
  const finish = () => {
    if (current) steps.push(buildStep(current, steps, at));
  };
  for (let i = end + 1; i < lines.length; i++) {
    const text = lines[i];
    const line = i + 1;
    const heading = /^##\s+(Step|Challenge):\s*(.+?)\s*$/.exec(text);
    if (heading) {
      finish();
      current = { title: heading[2], line, challenge: heading[1] === 'Challenge', prose: [], fences: [] };
      continue;
    }
    const fence = /^```\s*([A-Za-z-]*)\s*$/.exec(text);
    if (fence) {
      const kind = fence[1] as BlockKind;
      const close = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
      if (close < 0) {
        at(line, 'this fenced block is not closed with a line "```"');
        break;
      }
      const body = lines.slice(i + 1, close).map((t, k) => ({ text: t, line: i + 2 + k }));
      i = close;
      if (!(BLOCKS as readonly string[]).includes(kind)) {
        at(line, `unknown block "${fence[1]}": use one of ${BLOCKS.filter((b) => b !== 'scenario').join(', ')}`);
        continue;
      }
      if (kind === 'scenario') {
        if (current) at(line, 'a ```scenario block goes before the first step (a step uses ```start)');
        else {
          const json = readJson(body, line, 'scenario', at);
          if (json !== undefined) inlineScenario = { inline: json, line };
        }
        continue;
      }
      if (!current) at(line, `a \`\`\`${kind} block must be inside a step ("## Step: <title>")`);
      else current.fences.push({ kind, line, body });
      continue;
    }
    if (!current && /^#\s/.test(text)) continue; // the file's own "# Title"
    if (/^#{1,6}\s/.test(text)) {
      at(line, 'a heading must be "## Step: <title>" or "## Challenge: <title>"');
      continue;
    }
    if (!current) {
      if (text.trim() !== '') at(line, 'text before the first step: start a step with "## Step: <title>"');
      continue;
    }
    current.prose.push({ text, line });
  }
  finish();

  if (steps.length === 0) at(end + 2, 'the lesson has no step ("## Step: <title>")');
  const challenges = steps.filter((s) => s.challenge);
  if (steps.length && (challenges.length !== 1 || !steps[steps.length - 1].challenge)) {
    at(steps[steps.length - 1].line, 'a lesson ends with exactly one "## Challenge: <title>" step, its last');
  }
  const ids = new Set<string>();
  for (const s of steps) {
    if (ids.has(s.id)) at(s.line, `two steps have the id "${s.id}" (from their titles); rename one`);
    ids.add(s.id);
  }
  let scenario: ScenarioRef | null = inlineScenario;
  if (meta.scenario !== undefined) {
    if (inlineScenario) at(keyLines.scenario, 'the lesson names a scenario file and has a ```scenario block: keep one');
    scenario = { file: meta.scenario, line: keyLines.scenario };
  }
  if (!scenario && fm.success) at(1, 'the lesson needs a starting world: a frontmatter "scenario: <file>.json" or a ```scenario block');

  if (issues.length || !scenario) return { ok: false, issues };
  return { ok: true, lesson: { file, meta: { ...meta, scenario } as LessonMeta, steps } };
}

/** Parses a JSON block; a syntax error is reported at the line it happened on. */
function readJson(body: SourceLine[], fenceLine: number, what: string, at: (l: number, m: string) => void): unknown {
  const text = body.map((l) => l.text).join('\n');
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    let line = fenceLine + 1;
    if (pos) line = fenceLine + 1 + text.slice(0, Number(pos[1])).split('\n').length - 1;
    at(line, `the ${what} block is not valid JSON: ${message}`);
    return undefined;
  }
}

/** Where a valibot issue in a JSON block points: the line holding the deepest key named, else the fence. */
function issueLine(body: SourceLine[], fenceLine: number, issue: v.BaseIssue<unknown>): number {
  const keys = (issue.path ?? []).map((p) => p.key).filter((k): k is string => typeof k === 'string');
  const key = keys[keys.length - 1];
  if (key) {
    const hit = body.find((l) => l.text.includes(`"${key}"`));
    if (hit) return hit.line;
  }
  return fenceLine;
}

function buildStep(
  raw: { title: string; line: number; challenge: boolean; prose: SourceLine[]; fences: Fence[] },
  previous: Step[],
  at: (line: number, message: string) => void,
): Step {
  const md = (lines: SourceLine[]): Block[] => {
    const issues: MarkdownIssue[] = [];
    const blocks = parseMarkdown(lines, issues);
    for (const i of issues) at(i.line, i.message);
    return blocks;
  };
  const step: Step = {
    id: slug(raw.title),
    title: raw.title,
    line: raw.line,
    challenge: raw.challenge,
    narration: md(raw.prose),
    start: null,
    goal: [],
    predict: null,
    hints: [],
    showMe: [],
    reveal: [],
  };
  if (!step.id) at(raw.line, 'a step title needs at least one letter or digit');
  const once = new Set<BlockKind>();
  for (const f of raw.fences) {
    if (['start', 'goal', 'predict', 'reveal'].includes(f.kind)) {
      if (once.has(f.kind)) at(f.line, `a step has at most one \`\`\`${f.kind} block`);
      once.add(f.kind);
    }
    switch (f.kind) {
      case 'start':
        step.start = readStart(f, at);
        break;
      case 'goal':
        step.goal = readGoal(f, at);
        break;
      case 'predict':
        step.predict = readPredict(f, at);
        break;
      case 'hint':
        step.hints.push(md(f.body));
        break;
      case 'show-me': {
        const json = readJson(f.body, f.line, 'show-me', at);
        if (json === undefined) break;
        const events = readEvents(Array.isArray(json) ? json : [json], f, 'show-me', at);
        if (events) step.showMe.push({ line: f.line, events, input: Array.isArray(json) ? json : [json] });
        break;
      }
      case 'reveal':
        step.reveal = md(f.body);
        break;
      default:
        break;
    }
  }
  if (step.goal.length && step.showMe.length === 0) {
    at(raw.line, 'a step with a goal needs a ```show-me block (the events that perform it)');
  }
  if (step.challenge && step.showMe.length < 2) {
    at(raw.line, 'a challenge has several solutions: give at least two ```show-me blocks, each meeting the goal');
  }
  if (step.challenge && step.goal.length === 0) at(raw.line, 'a challenge needs a ```goal block');
  if (step.start?.fromPrevious && previous.length === 0) {
    at(step.start.line, 'the first step cannot start "from": "previous"');
  }
  return step;
}

function readEvents(
  list: unknown[],
  f: Fence,
  what: string,
  at: (line: number, message: string) => void,
): SimEvent[] | null {
  const parsed = parseEvents(list);
  if (parsed.ok) return parsed.value;
  for (const issue of parsed.issues) {
    // "$[2].amount": the event index; point at the line of the index-th object when one event is on each line
    const index = /^\$\[(\d+)\]/.exec(issue.path);
    const objectLines = f.body.filter((l) => /^\s*\[?\s*\{/.test(l.text));
    const line = index && objectLines.length === list.length ? objectLines[Number(index[1])].line : f.line;
    at(line, `${what} event ${issue.path}: ${issue.message}`);
  }
  return null;
}

function readStart(f: Fence, at: (line: number, message: string) => void): StartSpec | null {
  const json = readJson(f.body, f.line, 'start', at);
  if (json === undefined) return null;
  const parsed = v.safeParse(StartSchema, json);
  if (!parsed.success) {
    for (const issue of parsed.issues) at(issueLine(f.body, f.line, issue), `start ${jsonPath(issue)}: ${issue.message}`);
    return null;
  }
  const { scenario, from, events } = parsed.output;
  if (scenario !== undefined && from !== undefined) {
    at(f.line, 'start has both "scenario" and "from": choose one');
  }
  const list = readEvents(events, { ...f, body: f.body.filter((l) => !/"scenario"/.test(l.text)) }, 'start', at);
  return {
    line: f.line,
    scenario:
      scenario === undefined
        ? null
        : typeof scenario === 'string'
          ? { file: scenario, line: f.line }
          : { inline: scenario, line: f.line },
    fromPrevious: from === 'previous',
    events: list ?? [],
    input: list ? events : [],
  };
}

function readGoal(f: Fence, at: (line: number, message: string) => void): Check[] {
  const checks: Check[] = [];
  for (const l of f.body) {
    const t = l.text.trim();
    if (t === '' || t.startsWith('#')) continue;
    const c = parseCheck(t, l.line);
    if (typeof c === 'string') at(l.line, c);
    else checks.push(c);
  }
  if (checks.length === 0) at(f.line, 'a ```goal block needs at least one check');
  return checks;
}

function readPredict(f: Fence, at: (line: number, message: string) => void): Predict | null {
  const json = readJson(f.body, f.line, 'predict', at);
  if (json === undefined) return null;
  const parsed = v.safeParse(PredictSchema, json);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      at(issueLine(f.body, f.line, issue), `predict ${jsonPath(issue)}: ${issue.message}`);
    }
    return null;
  }
  const p = parsed.output;
  const inline = (s: string, key: string): Block[] => {
    const issues: MarkdownIssue[] = [];
    const line = f.body.find((l) => l.text.includes(`"${key}"`))?.line ?? f.line;
    const children = parseInline(s, line, issues);
    for (const i of issues) at(i.line, i.message);
    return [{ t: 'p', children }];
  };
  const choiceIds = Object.keys(p.choices);
  const a = p.answer;
  const keys = 'largest' in a ? Object.keys(a.largest) : 'holds' in a ? Object.keys(a.holds) : Object.keys(a.ranges);
  const lineOf = (key: string) => f.body.find((l) => l.text.includes(`"${key}"`))?.line ?? f.line;
  if (keys.length !== choiceIds.length || keys.some((k) => !choiceIds.includes(k))) {
    at(lineOf('answer'), `predict answer must name every choice exactly once (${choiceIds.join(', ')}), got ${keys.join(', ')}`);
    return null;
  }
  let answer: AnswerRule;
  let bad = false;
  const path = (text: string, key: string) => {
    const r = parsePath(text);
    if (!r.ok) {
      at(lineOf(key), `predict answer "${key}": ${r.error}`);
      bad = true;
    }
    return r.ok ? r.path : (null as never);
  };
  if ('largest' in a) {
    answer = {
      kind: 'largest',
      values: Object.fromEntries(keys.map((k) => [k, { path: path(a.largest[k], k), pathText: a.largest[k] }])),
    };
  } else if ('holds' in a) {
    const checks: Record<string, Check> = {};
    for (const k of keys) {
      const c = parseCheck(a.holds[k], lineOf(k));
      if (typeof c === 'string') {
        at(lineOf(k), `predict answer "${k}": ${c}`);
        bad = true;
      } else checks[k] = c;
    }
    answer = { kind: 'holds', checks };
  } else {
    const frac = (b: number | string | null) => {
      if (b === null) return null;
      const s = String(b);
      const [w, d = ''] = s.replace('-', '').split('.');
      const den = 10n ** BigInt(d.length);
      const num = BigInt(w) * den + (d ? BigInt(d) : 0n);
      return { num: s.startsWith('-') ? -num : num, den };
    };
    answer = {
      kind: 'bucket',
      path: path(a.bucket, 'bucket'),
      pathText: a.bucket,
      ranges: Object.fromEntries(keys.map((k) => [k, [frac(a.ranges[k][0]), frac(a.ranges[k][1])]])),
    };
  }
  if (bad) return null;
  return {
    line: f.line,
    question: inline(p.question, 'question'),
    choices: choiceIds.map((id) => ({ id, label: inline(p.choices[id], id) })),
    answer,
  };
}

export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

