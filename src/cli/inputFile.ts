/**
 * Reading JSON input files for the command-line tools: one place that turns "file missing", "not JSON" and
 * "JSON of the wrong shape" into one line naming the file, the JSON path and the problem.
 */
import { readFileSync } from 'node:fs';

export class InputError extends Error {
  override name = 'InputError';
}

/** Reads and parses a JSON file; a syntax error names the line and column. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      throw new InputError(
        `${file}: $: not valid JSON at line ${line}, column ${column} (${message.replace(/ in JSON at position \d+.*$/, '')})`,
      );
    }
    throw new InputError(`${file}: $: not valid JSON (${message})`);
  }
}

/** Exits with code 2 and exactly one line on stderr. */
export function fail(message: string): never {
  process.stderr.write(`${message.replace(/\s*\n\s*/g, ' ')}\n`);
  process.exit(2);
}
