/**
 * The ETH a token amount redeems for today, or null when this world gives the asset no ETH price (a Cosmos chain's
 * token, an asset nothing here issues). Liquid staking tokens at their protocol's rate, LRTs at their own rate,
 * restaking strategies' tokens at the scenario's price (all through restaking's ethValue, the pricer the AVSs'
 * stake is measured with); RPL at the oracle DAO's price (RocketNetworkPrices.getRPLPrice).
 */
import type { World } from '../../world';
import { ETH } from '../../world';
import { ethValue } from '../../restaking/prices';
import { isLiquidToken, RPL } from '../../liquid/api';
import { GWEI_PER_RPL } from '../../liquid/rocket/distribution';

export function priceInEth(world: World, asset: string, amount: bigint): bigint | null {
  if (asset === ETH) return amount;
  if (isLiquidToken(asset)) {
    const pool = asset.slice(asset.indexOf(':') + 1);
    return world.liquid.lido[pool] || world.liquid.rocket[pool] ? ethValue(world, asset, amount) : null;
  }
  if (asset === RPL) {
    const pool = Object.values(world.liquid.rocket)[0];
    return pool ? (amount * pool.rplPrice) / GWEI_PER_RPL : null;
  }
  const rs = world.restaking;
  const known =
    asset.startsWith('LRT:') ||
    Object.values(rs.strategies).some((s) => s.asset === asset) ||
    Object.values(rs.vaults).some((v) => v.asset === asset);
  return known ? ethValue(world, asset, amount) : null;
}
