/**
 * The one place markets ask other models what a token is worth in ETH at redemption (the protocol's own rate):
 * stETH shares, wstETH and rETH from liquid staking (liquid/api.ts ethPerToken), LRTs from restaking
 * (lrtEthPerToken). Everything in markets goes through `redemptionRate`, so a new token type touches only this file.
 */
import type { World } from '../world';
import type { Ratio } from './stableSwap';
import { ethPerToken, isLiquidToken } from '../liquid/api';
import { lrtEthPerToken } from '../restaking/lrtRate';

const ONE: Ratio = { num: 1n, den: 1n };

/** ETH per ledger unit of `asset` at the protocol's redemption rate (ETH itself: 1). Unknown tokens count 1:1. */
export function redemptionRate(world: World, asset: string): Ratio {
  if (asset === 'ETH') return ONE;
  let r: Ratio | null = null;
  if (isLiquidToken(asset)) {
    const pool = asset.slice(asset.indexOf(':') + 1);
    if (world.liquid.lido[pool] || world.liquid.rocket[pool]) r = ethPerToken(world, asset);
  } else if (asset.startsWith('LRT:') && world.restaking.lrts[asset.slice(4)]) {
    r = lrtEthPerToken(world, asset);
  }
  return r && r.den > 0n ? r : ONE;
}
