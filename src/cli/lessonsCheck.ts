/**
 * npm run lessons:check [-- <lesson.md> ...]
 *
 * Parses every lesson in lessons/ (or the files given), folds each step's start state and show-me with the
 * engine, resolves every placeholder and predict answer against its step's states, and checks that each goal
 * fails before its show-me and passes after every one. Prints `lessons/<file>.md:<line>: <problem>` for each
 * problem and exits 2 if there is any; otherwise one line per lesson.
 */
// the engine's English templates: the feedback sentences a lesson checks are the steps' text
import '../engine/messages/loadEnglish';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatIssue } from '../lessons/lesson';
import { loadLessons } from '../lessons/load';
import { diskScenarios, readLessonSources } from '../lessons/node';

function main(): void {
  const root = process.cwd();
  const args = process.argv.slice(2);
  const sources = args.length
    ? args.map((f) => ({ file: `lessons/${basename(f)}`, text: readFileSync(f, 'utf8') }))
    : readLessonSources(root);
  if (sources.length === 0) {
    process.stderr.write('lessons:check: no lesson files in lessons/\n');
    process.exit(2);
  }
  const { lessons, broken } = loadLessons(sources, diskScenarios(root));
  for (const l of lessons) {
    const { meta, steps } = l.lesson;
    const checks = steps.reduce((n, s) => n + s.goal.length, 0);
    process.stdout.write(`ok  ${l.lesson.file}: "${meta.title}", ${steps.length} steps, ${checks} checks\n`);
  }
  for (const b of broken) for (const issue of b.issues) process.stderr.write(`${formatIssue(issue)}\n`);
  if (broken.length) {
    process.stderr.write(`lessons:check: ${broken.length} of ${sources.length} lessons have problems\n`);
    process.exit(2);
  }
}

main();
