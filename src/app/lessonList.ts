/**
 * The lesson list (#/lessons): each lesson's frontmatter and number of steps, read without parsing the lessons,
 * so the list does not load the lesson parser or the engine. A lesson whose frontmatter cannot be read is listed
 * with the reason; anything else wrong with a lesson is said by the lesson page when it is opened.
 */
import { readLessonSummary, type LessonSummary } from '../lessons/frontmatter';
import { readLessonSources } from './lessonFiles';

export type { LessonSummary };

export interface LessonList {
  lessons: LessonSummary[];
  broken: { file: string; reason: string }[];
}

let list: Promise<LessonList> | null = null;

/** Every lesson's summary, read once. */
export function loadLessonList(): Promise<LessonList> {
  list ??= readLessonSources().then((sources) => {
    const out: LessonList = { lessons: [], broken: [] };
    for (const { file, text } of sources) {
      const read = readLessonSummary(file, text);
      if (read.ok) out.lessons.push(read.summary);
      else out.broken.push({ file, reason: read.reason });
    }
    return out;
  });
  return list;
}
