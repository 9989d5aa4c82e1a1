/**
 * The scenario format (version 1): the initial world, its parameters and seed, and optionally the events that
 * follow. One valibot schema is used at every boundary (file, URL, storage); docs/scenario-format.json is
 * generated from it (npm run schema).
 */
import * as v from 'valibot';
import { Amount, AssetSymbol, Id } from './primitives';
import { ethereumSectionSchema } from '../staking/ethereum/scenario';
import { cosmosSectionSlot } from './cosmosSection';
import { liquidSectionSchema } from '../liquid/scenario';
import { restakingSectionSchema } from '../restaking/scenario';
import { marketsSectionSchema } from '../markets/scenario';
import { SimEventSchema } from '../events';

export const SCENARIO_FORMAT = 'restaking-lab/scenario';
export const SCENARIO_VERSION = 1;

export const HolderSchema = v.strictObject({
  id: Id,
  name: v.optional(v.pipe(v.string(), v.maxLength(80))),
  /** Starting balances by asset, in whole units: { "ETH": "100" }. */
  balances: v.optional(v.record(AssetSymbol, Amount), {}),
});

export const ScenarioSchema = v.strictObject({
  format: v.literal(SCENARIO_FORMAT, `must be "${SCENARIO_FORMAT}"`),
  version: v.literal(SCENARIO_VERSION, `must be ${SCENARIO_VERSION} (the only version this build reads)`),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(120)),
  description: v.optional(v.pipe(v.string(), v.maxLength(4000)), ''),
  /** Any string; the same seed and events always give the same world. */
  seed: v.optional(v.pipe(v.string(), v.maxLength(64)), 'restaking-lab'),
  /** Which restaking security model the world runs under (the UI always shows it). */
  securityModel: v.optional(v.picklist(['unique', 'pooled', 'sharedVault']), 'unique'),
  /** Where the data came from and under which licence, shown wherever the scenario is. */
  attribution: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  holders: v.optional(v.array(HolderSchema), []),
  ethereum: v.optional(ethereumSectionSchema),
  // registered with the Cosmos model (cosmosSection.ts): a first view with no Cosmos chain does not carry it
  cosmos: v.optional(cosmosSectionSlot),
  liquid: v.optional(liquidSectionSchema),
  restaking: v.optional(restakingSectionSchema),
  markets: v.optional(marketsSectionSchema),
  events: v.optional(v.array(SimEventSchema), []),
});

export type Scenario = v.InferOutput<typeof ScenarioSchema>;
export type ScenarioInput = v.InferInput<typeof ScenarioSchema>;
