/**
 * Loading every lesson: each file parsed, prepared (folded by the engine) and linted on its own, so one broken
 * lesson is listed as unavailable with its reasons while the others load.
 */
import { formatIssue, type LessonIssue } from './lesson';
import { lintLesson } from './lint';
import { parseLesson } from './parse';
import { prepareLesson, type PreparedLesson, type ScenarioSource } from './prepare';

export interface LessonSource {
  /** e.g. "lessons/02-solo-staking.md" */
  file: string;
  text: string;
}

export interface BrokenLesson {
  file: string;
  /** The first problem, as `<file>:<line>: <what is wrong>`. */
  reason: string;
  issues: LessonIssue[];
}

export interface LoadedLessons {
  lessons: PreparedLesson[];
  broken: BrokenLesson[];
}

export function loadLesson(src: LessonSource, scenarios: ScenarioSource): PreparedLesson | BrokenLesson {
  const broken = (issues: LessonIssue[]): BrokenLesson => ({ file: src.file, reason: formatIssue(issues[0]), issues });
  const parsed = parseLesson(src.file, src.text);
  if (!parsed.ok) return broken(parsed.issues);
  const prepared = prepareLesson(parsed.lesson, scenarios);
  if (!prepared.ok) return broken(prepared.issues);
  const issues = lintLesson(prepared.prepared);
  return issues.length ? broken(issues) : prepared.prepared;
}

export function loadLessons(sources: readonly LessonSource[], scenarios: ScenarioSource): LoadedLessons {
  const lessons: PreparedLesson[] = [];
  const broken: BrokenLesson[] = [];
  for (const src of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const r = loadLesson(src, scenarios);
    if ('reason' in r) broken.push(r);
    else lessons.push(r);
  }
  // Across lessons: ids are unique and prerequisites name lessons that exist.
  const ids = new Map<string, string>();
  for (const l of [...lessons]) {
    const { id } = l.lesson.meta;
    if (ids.has(id)) {
      const issue = { file: l.lesson.file, line: 2, message: `lesson id "${id}" is already used by ${ids.get(id)}` };
      broken.push({ file: l.lesson.file, reason: formatIssue(issue), issues: [issue] });
      lessons.splice(lessons.indexOf(l), 1);
    } else ids.set(id, l.lesson.file);
  }
  const known = new Set([...ids.keys()]);
  for (const l of [...lessons]) {
    const missing = l.lesson.meta.prerequisites.filter((p) => !known.has(p));
    if (missing.length) {
      const issue = {
        file: l.lesson.file,
        line: 1,
        message: `prerequisites name no loaded lesson: ${missing.join(', ')}`,
      };
      broken.push({ file: l.lesson.file, reason: formatIssue(issue), issues: [issue] });
      lessons.splice(lessons.indexOf(l), 1);
    }
  }
  return { lessons, broken };
}
