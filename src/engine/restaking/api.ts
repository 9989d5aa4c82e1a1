/**
 * What other models (faults and the cascade tracer, markets, security, the UI) may ask of restaking. Everything
 * here works under every security model (world.securityModel: 'unique' | 'pooled' | 'sharedVault').
 */
export {
  stakeSeenBy,
  allocatedStake,
  allocatedStakeByAvs,
  delegatedStake,
  operatorStake,
  stakerEthValue,
  setStake,
  avssOf,
} from './views';
export { lrtRate } from './lrtRate';
export type { SlashSpec } from './slashing';
