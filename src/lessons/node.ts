/**
 * Reading lessons and scenarios from disk, for the CLI and the unit suite (the app reads them through Vite).
 * Node only: nothing in the browser bundle imports this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonSource } from './load';
import type { ScenarioSource } from './prepare';

/** Every lessons/*.md except the README, as { file: "lessons/<name>.md", text }. */
export function readLessonSources(root: string): LessonSource[] {
  const dir = join(root, 'lessons');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .sort()
    .map((f) => ({ file: `lessons/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
}

/** Scenario files of public/scenarios/, by name (no paths: a lesson names a file, never a directory). */
export function diskScenarios(root: string): ScenarioSource {
  return (file) => {
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*\.json$/.test(file)) throw new Error(`"${file}" is not a scenario file name`);
    return JSON.parse(readFileSync(join(root, 'public', 'scenarios', file), 'utf8'));
  };
}
