/**
 * Canonical JSON for worlds and traces: bigints as decimal strings, Maps as objects, keys in insertion order (which the
 * deterministic engine makes stable), so equal inputs give byte-identical text.
 */
export function toJSON(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Map ? Object.fromEntries(v) : v),
    indent,
  );
}
