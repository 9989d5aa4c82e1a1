/**
 * What other models (restaking, markets, the UI, the CLI report) may read of liquid staking. The ledger names
 * (assets and accounts) are part of this contract: see accounts.ts, re-exported here.
 *
 * Value flows in only one way: losses reach a pool through its validators' balances and the next oracle report,
 * so there is no "apply a loss to the pool" entry point.
 */
import { balanceOf } from '../ledger/ledger';
import { EngineError } from '../errors';
import type { World } from '../world';
import { rEthAsset, stEthAsset, wstEthAsset } from './accounts';
import { getPooledEthByShares, shareRate } from './lido/shareRate';

export * from './accounts';

export type LiquidTokenKind = 'rebasing' | 'wrapped' | 'exchangeRate';

export interface LiquidToken {
  /** Ledger asset id, e.g. "stETH:lido". */
  asset: string;
  pool: string;
  kind: LiquidTokenKind;
  /** What a learner reads: "stETH", "wstETH", "rETH". */
  symbol: string;
}

/** A price as an exact ratio: ETH per one ledger unit of the token is num / den. */
export interface Ratio {
  num: bigint;
  den: bigint;
}

export function liquidTokens(world: World): LiquidToken[] {
  const out: LiquidToken[] = [];
  for (const pool of Object.keys(world.liquid.lido)) {
    out.push({ asset: stEthAsset(pool), pool, kind: 'rebasing', symbol: 'stETH' });
    out.push({ asset: wstEthAsset(pool), pool, kind: 'wrapped', symbol: 'wstETH' });
  }
  for (const pool of Object.keys(world.liquid.rocket)) {
    out.push({ asset: rEthAsset(pool), pool, kind: 'exchangeRate', symbol: 'rETH' });
  }
  return out;
}

/**
 * ETH per ledger unit of `asset`. For stETH the ledger counts shares, so this is totalPooledEther/totalShares
 * per share; wstETH is one share per unit, the same ratio (wstETH.stEthPerToken); rETH is the last reported
 * totalETHBalance/rETHSupply (RocketTokenRETH.getExchangeRate). ETH itself is 1/1. An empty pool is 1/1.
 */
export function ethPerToken(world: World, asset: string): Ratio {
  if (asset === 'ETH') return { num: 1n, den: 1n };
  const [prefix, pool] = splitAsset(asset);
  if (prefix === 'stETH' || prefix === 'wstETH') {
    const p = world.liquid.lido[pool];
    if (!p) throw new EngineError(`"${asset}" names no Lido-like pool`);
    const rate = shareRate(world, p);
    return rate.totalShares === 0n ? { num: 1n, den: 1n } : { num: rate.totalPooledEther, den: rate.totalShares };
  }
  if (prefix === 'rETH') {
    const p = world.liquid.rocket[pool];
    if (!p) throw new EngineError(`"${asset}" names no Rocket-Pool-like pool`);
    return p.rethSupply === 0n ? { num: 1n, den: 1n } : { num: p.totalEthBalance, den: p.rethSupply };
  }
  throw new EngineError(`"${asset}" is not a liquid staking token`);
}

/** The ETH value of `amount` ledger units of `asset`, rounded down (as the contracts round). */
export function tokenEthValue(world: World, asset: string, amount: bigint): bigint {
  const { num, den } = ethPerToken(world, asset);
  return (amount * num) / den;
}

/** An account's stETH balance in a pool: shares * totalPooledEther / totalShares, rounded down (stETH.balanceOf). */
export function stEthBalance(world: World, pool: string, account: string): bigint {
  const p = world.liquid.lido[pool];
  if (!p) throw new EngineError(`there is no Lido-like pool "${pool}"`);
  return getPooledEthByShares(balanceOf(world.ledger, stEthAsset(pool), account), shareRate(world, p));
}

/** Whether an asset id is a liquid staking token of this model. */
export function isLiquidToken(asset: string): boolean {
  const [prefix] = splitAsset(asset);
  return prefix === 'stETH' || prefix === 'wstETH' || prefix === 'rETH';
}

function splitAsset(asset: string): [string, string] {
  const i = asset.indexOf(':');
  return i < 0 ? [asset, ''] : [asset.slice(0, i), asset.slice(i + 1)];
}
