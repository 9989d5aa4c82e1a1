import type { KeyValueStore } from '../../src/app/autosave';

/**
 * A Storage stand-in for tests: a Map with a quota in characters (keys + values, as browsers count), which throws
 * a DOMException named QuotaExceededError when a write would pass it, as Chromium's localStorage does.
 */
export class FakeStorage implements KeyValueStore {
  readonly map = new Map<string, string>();
  constructor(public quota = Infinity) {}
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  used(): number {
    let n = 0;
    for (const [k, v] of this.map) n += k.length + v.length;
    return n;
  }
  setItem(k: string, v: string): void {
    const before = this.map.get(k);
    const after = this.used() - (before === undefined ? 0 : k.length + before.length) + k.length + v.length;
    if (after > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
  clear(): void {
    this.map.clear();
  }
}
