/**
 * Every message the engine produces on a broad run: each prepared scenario folded (and 40 days on), every fault the
 * catalogue offers on every entity of the small scenarios, and 150 seeded random event sequences from the property
 * tests (which include refusals). Shared by the catalogue and locale tests.
 */
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { applyEvent, cloneWorld, initWorld } from '../../../src/engine/sim';
import { parseEvents, parseScenario } from '../../../src/engine/scenario/validate';
import { RefusedEvent } from '../../../src/engine/errors';
import { faultsFor, FAULT_CATALOGUE } from '../../../src/engine/faults/catalogue';
import type { TraceStep } from '../../../src/engine/trace';
import type { EngineMessage } from '../../../src/engine/messages/say';
import type { World } from '../../../src/engine/world';
import type { SimEvent } from '../../../src/engine/events';
import { arbitraryRun } from '../../property/arbitraries';

export interface Corpus {
  steps: TraceStep[];
  refusals: RefusedEvent[];
  /** Fault titles and descriptions with their English. */
  faults: { message: EngineMessage; text: string }[];
}

let cached: Corpus | undefined;

export function corpus(): Corpus {
  if (cached) return cached;
  const out: Corpus = { steps: [], refusals: [], faults: [] };
  const apply = (world: World, event: SimEvent): void => {
    const copy = cloneWorld(world);
    try {
      out.steps.push(...applyEvent(copy, event));
      Object.assign(world, copy);
    } catch (e) {
      if (e instanceof RefusedEvent) out.refusals.push(e);
      else throw e;
    }
  };
  const dir = 'public/scenarios';
  for (const file of readdirSync(dir)) {
    if (file === 'index.json') continue;
    const parsed = parseScenario(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const { world, trace } = initWorld(parsed.value);
    out.steps.push(...trace);
    for (const e of parsed.value.events) apply(world, e);
    if (file.startsWith('real-network')) continue;
    const base = cloneWorld(world);
    apply(world, { type: 'AdvanceTime', days: 40 } as SimEvent);
    const ids = new Set([
      ...Object.keys(base.holders),
      ...Object.keys(base.ethereum.validators),
      ...Object.keys(base.restaking?.operators ?? {}),
      ...Object.keys(base.restaking?.avss ?? {}),
      ...Object.keys(base.markets.pools),
    ]);
    for (const id of ids) for (const offer of faultsFor(base, id)) apply(cloneWorld(base), offer.event);
  }
  for (const { scenario, events } of fc.sample(arbitraryRun(), { seed: 5, numRuns: 150 })) {
    const s = parseScenario(scenario);
    const ev = parseEvents(events);
    if (!s.ok || !ev.ok) continue;
    const { world, trace } = initWorld(s.value);
    out.steps.push(...trace);
    for (const e of ev.value) apply(world, e);
  }
  for (const f of FAULT_CATALOGUE) {
    out.faults.push(
      { message: f.messages.title, text: f.title },
      { message: f.messages.description, text: f.description },
    );
  }
  cached = out;
  return out;
}
