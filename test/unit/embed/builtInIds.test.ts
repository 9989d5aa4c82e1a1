import { describe, expect, it } from 'vitest';
import index from '../../../public/scenarios/index.json';
import { BUILT_IN_IDS, builtInFile } from '../../../src/app/embed/builtInIds';
import { BUILT_IN_SCENARIOS } from '../../../src/app/embed/builtIns';

describe('the built-in ids the embed accepts', () => {
  it('are exactly the scenarios of public/scenarios/index.json, in its order (add a new one to builtInIds.ts)', () => {
    expect([...BUILT_IN_IDS]).toEqual(index.scenarios.map((s) => s.file.replace(/\.json$/, '')));
    expect(BUILT_IN_SCENARIOS.map((s) => s.id)).toEqual([...BUILT_IN_IDS]);
  });

  it('name the index file of each', () => {
    for (const s of BUILT_IN_SCENARIOS) expect(builtInFile(s.id)).toBe(s.file);
  });
});
