/**
 * The built-in scenarios an embed may name: the files listed in public/scenarios/index.json, by id (the file name
 * without ".json"). Read from the index at build time so the list the parameter schema accepts is the list the
 * app offers; the embed's parameter schema takes the ids alone from ./builtInIds.ts (checked against the index),
 * so a widget's first load does not carry every title and summary.
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

export { BUILT_IN_IDS } from './builtInIds';
