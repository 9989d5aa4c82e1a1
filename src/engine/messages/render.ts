/**
 * Rendering a message with a given catalogue. Kept apart from say.ts (which loads the English catalogue) so the UI can
 * render with a translation without bundling the English templates where it does not need them.
 */
import type { EngineCatalogue, EngineMessage } from './message';

export function isMessage(value: unknown): value is EngineMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as EngineMessage).key === 'string' &&
    'params' in value
  );
}

/** The message as text in `catalogue`; nested messages (and messages in arrays) are rendered first. */
export function renderWith(message: EngineMessage, catalogue: EngineCatalogue): string {
  const template = catalogue[message.key] as unknown as ((p: Record<string, unknown>) => string) | undefined;
  if (!template) throw new Error(`no message "${message.key}" in the catalogue`);
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message.params)) params[name] = resolve(value, catalogue);
  return template(params);
}

function resolve(value: unknown, catalogue: EngineCatalogue): unknown {
  if (isMessage(value)) return renderWith(value, catalogue);
  if (Array.isArray(value)) return value.map((v) => resolve(v, catalogue));
  return value;
}
