/**
 * The lesson files as the app finds them: every `lessons/*.md`, bundled as text by Vite and loaded lazily (one
 * chunk per file, so no page carries them until it asks).
 */
import type { LessonSource } from '../lessons/api';

const files = import.meta.glob<string>(['/lessons/*.md', '!/lessons/README.md'], { query: '?raw', import: 'default' });

/** Every lesson file's text, in file-name order. */
export async function readLessonSources(): Promise<LessonSource[]> {
  return Promise.all(
    Object.entries(files)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(async ([path, read]) => ({ file: path.replace(/^\//, ''), text: await read() })),
  );
}
