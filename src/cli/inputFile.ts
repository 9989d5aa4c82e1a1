/**
 * What the command-line tools share: reading JSON input files (one place that turns "file missing", "not JSON"
 * and "JSON of the wrong shape" into one line naming the file, the JSON path and the problem), strict flag
 * values, and the exit protocol (exit code 2 and exactly one line on stderr for bad input).
 */
// the engine's English templates: every step's text, refusal and fault title the tools print
import '../engine/messages/loadEnglish';
import { readFileSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { readJson } from '../engine/scenario/readJson';
import { summarizeIssues } from '../engine/scenario/validate';

export class InputError extends Error {
  override name = 'InputError';
}

/** Bad input: the tool stops with exit code 2 and this one line on stderr. */
export class CliFailure extends Error {
  override name = 'CliFailure';
}

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? String(e))})`);
  }
}

/**
 * Reads and parses a JSON file with the simulator's one exact reader (src/engine/scenario/readJson.ts): a
 * syntax error names the line and column; a number that JSON.parse would change names its path.
 */
export function readJsonFile(file: string): unknown {
  const json = readJson(readTextFile(file));
  if (!json.ok) throw new InputError(`${file}: ${summarizeIssues(json.issues)}`);
  return json.value;
}

/** A whole number written in decimal digits only ("16"; not "", "0x10", "1e1", "16.0" or " 16"), within bounds. */
export function wholeNumberFlag(tool: string, flag: string, text: string, min: number, max: number): number {
  const n = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max))
    fail(`${tool}: --${flag} must be a whole number from ${min} to ${max} in decimal digits, got "${text}"`);
  return n;
}

/** Stops the tool: exit code 2 and exactly one line on stderr. */
export function fail(message: string): never {
  throw new CliFailure(message.replace(/\s*\n\s*/g, ' '));
}

/** Runs a tool's main; returns its exit code (2 for bad input, with the one line on stderr). */
export function runCli(main: (argv: string[], io: CliIO) => void, argv: string[], io: CliIO): number {
  try {
    main(argv, io);
    return 0;
  } catch (e) {
    const failure = e instanceof InputError ? new CliFailure(e.message) : e;
    if (failure instanceof CliFailure) {
      io.stderr(`${failure.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    throw e;
  }
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Whether the module at `url` is the script node was started with (so tests can import it without running it). */
export function isEntry(url: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === url;
  } catch {
    return false;
  }
}

/** The entry point of a tool: run it on the process's arguments and exit with its code. */
export function start(url: string, main: (argv: string[], io: CliIO) => void): void {
  if (!isEntry(url)) return;
  const code = runCli(main, process.argv.slice(2), processIO);
  if (code !== 0) process.exitCode = code;
}
