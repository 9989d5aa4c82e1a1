/**
 * A lesson file's frontmatter and outline, read without the lesson parser (no schema library, no engine): what the
 * lesson list shows (id, title, summary, level, minutes, prerequisites, number of steps). parse.ts reads the
 * frontmatter with the same functions and checks it fully; the lesson page uses that.
 */
import { LEVELS, type Level } from './lesson';

/** The index of the line closing the frontmatter ("---"), or -1 (the problem is reported with `at`). */
export function frontmatterLines(lines: readonly string[], at: (line: number, message: string) => void): number {
  if (lines[0]?.trim() !== '---') {
    at(1, 'a lesson starts with a frontmatter block: a line "---", then "key: value" lines, then "---"');
    return -1;
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) at(1, 'the frontmatter is not closed with a line "---"');
  return end;
}

/** `key: value` lines; `[a, b]` lists; `key: |` followed by indented lines for long text. */
export function readFrontmatter(
  lines: string[],
  firstLine: number,
  at: (line: number, message: string) => void,
): { values: Record<string, unknown>; keyLines: Record<string, number> } {
  const values: Record<string, unknown> = {};
  const keyLines: Record<string, number> = {};
  for (let i = 0; i < lines.length; i++) {
    const line = firstLine + i;
    const text = lines[i];
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const m = /^([A-Za-z][A-Za-z0-9]*):\s*(.*)$/.exec(text);
    if (!m) {
      at(line, `"${text.trim()}" is not a "key: value" line`);
      continue;
    }
    const [, key, raw] = m;
    if (key in values) at(line, `frontmatter "${key}" is given twice`);
    keyLines[key] = line;
    if (raw === '|' || raw === '>') {
      const block: string[] = [];
      while (i + 1 < lines.length && (/^\s+\S/.test(lines[i + 1]) || lines[i + 1].trim() === '')) {
        block.push(lines[++i].trim());
      }
      values[key] = raw === '|' ? block.join('\n').trim() : block.join(' ').replace(/\s+/g, ' ').trim();
    } else if (/^\[.*\]$/.test(raw.trim())) {
      const inner = raw.trim().slice(1, -1).trim();
      values[key] = inner ? inner.split(',').map((x) => x.trim()) : [];
    } else values[key] = raw.trim().replace(/^"(.*)"$/, '$1');
  }
  return { values, keyLines };
}


/** What the lesson list shows of a lesson. */
export interface LessonSummary {
  id: string;
  title: string;
  summary: string;
  level: Level;
  minutes: number;
  prerequisites: string[];
  /** Its steps ("## Step:" and "## Challenge:" headings outside fenced blocks). */
  steps: number;
}

/**
 * The list's view of a lesson file, or the first problem found in its frontmatter. Only what the list needs is
 * checked here; the lesson page parses and checks the whole lesson (parse.ts, lint.ts) and says what is wrong.
 */
export function readLessonSummary(
  file: string,
  source: string,
): { ok: true; summary: LessonSummary } | { ok: false; reason: string } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const problems: string[] = [];
  const at = (line: number, message: string) => problems.push(`${file}:${line}: ${message}`);
  const end = frontmatterLines(lines, at);
  if (end < 0) return { ok: false, reason: problems[0] };
  const { values, keyLines } = readFrontmatter(lines.slice(1, end), 2, at);
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
  const minutes = Number(text('minutes'));
  for (const key of ['id', 'title', 'summary']) if (!text(key)) at(keyLines[key] ?? 1, `frontmatter "${key}" is missing`);
  if (!(LEVELS as readonly string[]).includes(text('level'))) at(keyLines.level ?? 1, `frontmatter "level" must be one of ${LEVELS.join(', ')}`);
  if (!Number.isInteger(minutes) || minutes < 1) at(keyLines.minutes ?? 1, 'frontmatter "minutes" must be a whole number of minutes');
  if (problems.length) return { ok: false, reason: problems[0] };
  let steps = 0;
  let fenced = false;
  for (const line of lines.slice(end + 1)) {
    if (/^```/.test(line)) fenced = !fenced;
    else if (!fenced && /^##\s+(Step|Challenge):/.test(line)) steps++;
  }
  const prerequisites = Array.isArray(values.prerequisites) ? (values.prerequisites as string[]) : [];
  return {
    ok: true,
    summary: {
      id: text('id'),
      title: text('title'),
      summary: text('summary'),
      level: text('level') as Level,
      minutes,
      prerequisites,
      steps,
    },
  };
}
