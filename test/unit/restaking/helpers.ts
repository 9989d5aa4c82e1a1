import * as v from 'valibot';
import { ScenarioSchema, type ScenarioInput } from '../../../src/engine/scenario/schema';
import { EventListSchema, type SimEventInput } from '../../../src/engine/events';
import { fold, applyEvent } from '../../../src/engine/sim';
import type { World } from '../../../src/engine/world';

export function scenario(
  input: Partial<ScenarioInput> & Pick<ScenarioInput, 'restaking'>,
): v.InferOutput<typeof ScenarioSchema> {
  return v.parse(ScenarioSchema, { format: 'restaking-lab/scenario', version: 1, name: 'test', ...input });
}

export function run(input: Partial<ScenarioInput> & Pick<ScenarioInput, 'restaking'>, events: SimEventInput[] = []) {
  const s = scenario(input);
  return fold(s, v.parse(EventListSchema, events));
}

export function apply(world: World, event: SimEventInput) {
  return applyEvent(world, v.parse(EventListSchema, [event])[0]);
}

export const G = 1_000_000_000n;
