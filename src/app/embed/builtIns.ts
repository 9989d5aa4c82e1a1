/**
 * The built-in scenarios an embed may name: the files listed in public/scenarios/index.json, by id (the file name
 * without ".json"). Read from the index at build time so the list the parameter schema accepts is the list the
 * app offers, and an author's typo is refused with the allowed ids instead of a fetch that fails later.
 */
import index from '../../../public/scenarios/index.json';

export interface BuiltInScenario {
  id: string;
  file: string;
  title: string;
  summary: string;
}

export const BUILT_IN_SCENARIOS: readonly BuiltInScenario[] = index.scenarios.map((s) => ({
  id: s.file.replace(/\.json$/, ''),
  file: s.file,
  title: s.title,
  summary: s.summary,
}));

export const BUILT_IN_IDS: readonly string[] = BUILT_IN_SCENARIOS.map((s) => s.id);
