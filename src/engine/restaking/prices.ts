/**
 * What a restaked token is worth in ETH, so that stake seen by AVSs can be compared with profits from
 * corruption. ETH is 1:1; LSTs are priced by the liquid staking model's redemption rate when it knows the
 * asset; LRTs by their own rate; anything else by the strategy's `ethPerToken` from the scenario.
 */
import type { World } from '../world';
import { ETH } from '../world';
import { isLiquidToken, tokenEthValue } from '../liquid/api';
import { lrtEthPerTokenOf } from './lrtPrice';

export function ethValue(world: World, asset: string, amount: bigint): bigint {
  if (asset === ETH || amount === 0n) return amount;
  if (isLiquidToken(asset)) {
    const [, pool] = asset.split(':');
    if (world.liquid.lido?.[pool] || world.liquid.rocket?.[pool]) return tokenEthValue(world, asset, amount);
  }
  if (asset.startsWith('LRT:')) {
    const r = lrtEthPerTokenOf(world, asset);
    if (r) return (amount * r.num) / r.den;
  }
  for (const s of Object.values(world.restaking.strategies)) {
    if (s.asset === asset) return (amount * s.ethPerToken[0]) / s.ethPerToken[1];
  }
  for (const v of Object.values(world.restaking.vaults)) {
    if (v.asset === asset) return amount;
  }
  return amount;
}

/**
 * ethValue for many amounts of one asset while the world stands still (one pass of a view): the branch and, for
 * LRTs and fixed-price tokens, the rate are resolved once. Each amount is still priced (and rounded) on its own,
 * so pricer(x) === ethValue(world, asset, x) for every x.
 */
export function ethPricer(world: World, asset: string): (amount: bigint) => bigint {
  const identity = (x: bigint): bigint => x;
  if (asset === ETH) return identity;
  const perCall = (x: bigint): bigint => ethValue(world, asset, x);
  if (isLiquidToken(asset)) {
    const [, pool] = asset.split(':');
    if (world.liquid.lido?.[pool] || world.liquid.rocket?.[pool]) return perCall;
  }
  if (asset.startsWith('LRT:')) {
    const r = lrtEthPerTokenOf(world, asset);
    if (r) return (x) => (x * r.num) / r.den;
  }
  for (const s of Object.values(world.restaking.strategies)) {
    if (s.asset === asset) {
      const [n, d] = s.ethPerToken;
      return (x) => (x * n) / d;
    }
  }
  return identity;
}
