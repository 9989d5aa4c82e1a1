/**
 * The lessons as the app finds them (every `lessons/*.md`, ./lessonFiles.ts), parsed and prepared, with the
 * scenario files they name fetched from public/scenarios/. The lesson list reads only their frontmatter
 * (./lessonList.ts).
 * One lesson that fails to load is listed with its reason; the others still load.
 */
import { loadLessons, type BrokenLesson, type LessonSource, type PreparedLesson } from '../lessons/api';
import { parseLesson } from '../lessons/parse';
import { scenarioUrl } from './scenarioUrl';
import { readLessonSources } from './lessonFiles';

export interface Catalog {
  lessons: PreparedLesson[];
  broken: BrokenLesson[];
  /** A scenario file the lessons name, as fetched (the runner loads it into its session). */
  scenario: (file: string) => unknown;
}

/** The scenario files a lesson names, fetched now so the engine can fold them synchronously. */
async function fetchScenarios(sources: readonly LessonSource[]): Promise<Map<string, unknown>> {
  const names = new Set<string>();
  for (const src of sources) {
    const parsed = parseLesson(src.file, src.text);
    if (!parsed.ok) continue;
    const { meta, steps } = parsed.lesson;
    if ('file' in meta.scenario) names.add(meta.scenario.file);
    for (const s of steps) if (s.start?.scenario && 'file' in s.start.scenario) names.add(s.start.scenario.file);
  }
  const out = new Map<string, unknown>();
  await Promise.all(
    [...names].map(async (name) => {
      try {
        const res = await fetch(scenarioUrl(name));
        if (res.ok) out.set(name, await res.json());
      } catch {
        /* missing: the lesson that names it is listed as unavailable, with the reason */
      }
    }),
  );
  return out;
}

const reader =
  (scenarios: Map<string, unknown>) =>
  (file: string): unknown => {
    if (!scenarios.has(file)) throw new Error('the file could not be fetched');
    return scenarios.get(file);
  };

let all: Promise<Catalog> | null = null;

/** Every lesson, loaded once. */
export function loadCatalog(): Promise<Catalog> {
  all ??= (async () => {
    const sources = await readLessonSources();
    const scenario = reader(await fetchScenarios(sources));
    return { ...loadLessons(sources, scenario), scenario };
  })();
  return all;
}

/** One lesson by its id (its file is found by loading the catalogue: ids live in the frontmatter). */
export async function loadLessonById(id: string): Promise<PreparedLesson | BrokenLesson | null> {
  const catalog = await loadCatalog();
  return (
    catalog.lessons.find((l) => l.lesson.meta.id === id) ?? catalog.broken.find((b) => b.file.includes(id)) ?? null
  );
}
