/**
 * Records keyed by ids a scenario author chooses. A plain `{}` answers `rec["constructor"]` and
 * `rec["toString"]` from Object.prototype, so such ids would look defined before they are; records made here
 * have no prototype. structuredClone (how worlds are copied) gives plain objects back, so code that may see a
 * clone looks keys up with `own`; the scenario schema also refuses these names as ids and asset symbols.
 */
export function record<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** rec[key] if it is the record's own entry, else undefined (never something inherited from Object.prototype). */
export function own<T>(rec: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(rec, key) ? rec[key] : undefined;
}
