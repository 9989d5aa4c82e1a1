/**
 * Each model's part of the headless report (`npm run simulate`), in the order of the models (registry.ts), under
 * the model's name, after the holders' values (views/holdersReport.ts). Kept apart from the models' hooks because only the CLI and the tests read it: the app never
 * loads this code.
 */
import type { World } from './world';
import { ethereumReport } from './staking/ethereum/report';
import { cosmosReport } from './staking/cosmos/report';
import { liquidReport } from './liquid/report';
import { hasRestaking, restakingReport } from './restaking/report';
import { marketsReport } from './markets/report';
import { holdersReport } from './views/holdersReport';

export interface Reporter {
  /** The model's name (EngineModule.name), the key of its part. */
  name: string;
  /** Plain JSON, amounts in gwei as decimal strings, rates as decimal strings; undefined when the model is absent. */
  report(world: World): unknown;
}

export const REPORTERS: readonly Reporter[] = [
  // What each holder's position is worth: the same read-model as the sandbox's cards and inspector.
  { name: 'holders', report: (world) => (Object.keys(world.holders).length ? holdersReport(world) : undefined) },
  { name: 'ethereum', report: (world) => (world.ethereum.order.length ? ethereumReport(world) : undefined) },
  { name: 'cosmos', report: (world) => (world.cosmos.order.length ? cosmosReport(world) : undefined) },
  { name: 'liquid', report: liquidReport },
  { name: 'restaking', report: (world) => (hasRestaking(world) ? restakingReport(world) : undefined) },
  {
    name: 'markets',
    report: (world) =>
      Object.keys(world.markets.pools).length + Object.keys(world.markets.lending).length
        ? marketsReport(world)
        : undefined,
  },
];
