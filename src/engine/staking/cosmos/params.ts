/**
 * The chain's parameters, with the Cosmos Hub's values as defaults (sources: cosmos-sdk
 * x/staking/types/params.go, x/slashing/types/params.go, cosmos/governance params-change/{Staking,Slashing}.md).
 */
import { decFromFraction, type Dec } from './dec';
import { EPOCHS_PER_DAY, secondsToEpochs } from '../../time';

/** UnbondingTime on the Cosmos Hub: 1814400 s = 21 days (the SDK default is also 3 weeks). */
export const HUB_UNBONDING_DAYS = 21;
/** SlashFractionDoubleSign: 1/20 = 5% (SDK default and Hub). */
export const HUB_SLASH_FRACTION_DOUBLE_SIGN = '0.05';
/** SlashFractionDowntime on the Hub: 0.0001 = 0.01% (the SDK default is 1/100). */
export const HUB_SLASH_FRACTION_DOWNTIME = '0.0001';
/** DowntimeJailDuration: 600 s (SDK default and Hub). */
export const HUB_DOWNTIME_JAIL_SECONDS = 600;
/** MaxEntries: at most 7 unbonding (or redelegation) entries per delegator/validator pair (SDK default and Hub). */
export const HUB_MAX_ENTRIES = 7;
/** The scenario's default annual inflation (the Hub's x/mint lets it float between 7% and 20%; fixed here). */
export const DEFAULT_INFLATION = '0.10';
/** x/distribution CommunityTax: 0.02 is the SDK default (x/distribution/types/params.go DefaultParams). */
export const DEFAULT_COMMUNITY_TAX = '0.02';
/** MsgEditValidator: the commission rate may change at most once per 24 hours (x/staking README). */
export const COMMISSION_CHANGE_INTERVAL_EPOCHS = EPOCHS_PER_DAY; // 86400 s / 384 s
/** Days per year for the daily share of annual provisions (x/mint divides by blocks per year; we step days). */
export const DAYS_PER_YEAR = 365n;

export interface CosmosParams {
  unbondingDays: number;
  /** UnbondingTime in epochs (21 days = 4725 epochs). */
  unbondingEpochs: number;
  slashFractionDoubleSign: Dec;
  slashFractionDowntime: Dec;
  downtimeJailSeconds: number;
  /** 600 s rounded up to whole epochs of 384 s: 2 epochs (the jail lasts at least as long as on the chain). */
  downtimeJailEpochs: number;
  maxEntries: number;
  /** Annual inflation on the total supply (x/mint AnnualProvisions = Inflation × TotalSupply). */
  inflation: Dec;
  communityTax: Dec;
}

const frac = (s: string): [bigint, bigint] => {
  const [w, f = ''] = s.split('.');
  const d = 10n ** BigInt(f.length);
  return [BigInt(w) * d + BigInt(f || '0'), d];
};

export function makeParams(
  p: {
    unbondingDays?: number;
    slashFractionDoubleSign?: readonly [bigint, bigint];
    slashFractionDowntime?: readonly [bigint, bigint];
    downtimeJailSeconds?: number;
    maxEntries?: number;
    inflation?: readonly [bigint, bigint];
    communityTax?: readonly [bigint, bigint];
  } = {},
): CosmosParams {
  const unbondingDays = p.unbondingDays ?? HUB_UNBONDING_DAYS;
  const downtimeJailSeconds = p.downtimeJailSeconds ?? HUB_DOWNTIME_JAIL_SECONDS;
  return {
    unbondingDays,
    unbondingEpochs: secondsToEpochs(unbondingDays * 86_400),
    slashFractionDoubleSign: decFromFraction(p.slashFractionDoubleSign ?? frac(HUB_SLASH_FRACTION_DOUBLE_SIGN)),
    slashFractionDowntime: decFromFraction(p.slashFractionDowntime ?? frac(HUB_SLASH_FRACTION_DOWNTIME)),
    downtimeJailSeconds,
    downtimeJailEpochs: secondsToEpochs(downtimeJailSeconds),
    maxEntries: p.maxEntries ?? HUB_MAX_ENTRIES,
    inflation: decFromFraction(p.inflation ?? frac(DEFAULT_INFLATION)),
    communityTax: decFromFraction(p.communityTax ?? frac(DEFAULT_COMMUNITY_TAX)),
  };
}
