import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/engine/scenario/validate';
import { fold } from '../../src/engine/sim';
import type { Scenario } from '../../src/engine/scenario/schema';
import { buildWorldView } from '../../src/app/worldView';

describe('world view', () => {
  it('never counts a Cosmos token as ETH in a holder\'s worth (the scenario after its events)', () => {
    const parsed = parseScenario(JSON.parse(readFileSync('public/scenarios/cosmos-double-sign.json', 'utf8')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const world = fold(parsed.value as Scenario).world;
    const holders = buildWorldView(world).entities.filter((e) => e.kind === 'holder');
    const holdingAtom = holders.filter((h) => h.facts.some((f) => f.label === 'holds' && /ATOM/.test(f.value)));
    expect(holdingAtom.length).toBeGreaterThan(0);
    // Before: "holds 1,000 ATOM / worth 1,000 ETH" (the engine prices an unknown asset 1:1).
    for (const h of holdingAtom) expect(h.facts.find((f) => f.label === 'worth')).toBeUndefined();
  });
});
