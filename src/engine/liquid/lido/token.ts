/**
 * What a holder does with stETH: submit ether for it, transfer it, wrap it into wstETH and back. Every
 * conversion from an stETH amount to shares rounds down, as the contract does, so a holder may see 1-2 gwei
 * less than asked for (lido-tokens-integration-guide.md "1-2 wei corner case").
 */
import { balanceOf, burn, mint, transfer } from '../../ledger/ledger';
import { formatEth } from '../../ledger/amount';
import { RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import { holderAccount } from '../../world';
import { lidoAccount, stEthAsset, wstEthAsset } from '../accounts';
import type { LidoPool } from '../state';
import { getPooledEthByShares, getSharesByPooledEth, shareRate } from './shareRate';
import { depositBuffered } from './deposits';

function name(ctx: Ctx, holder: string): string {
  return ctx.world.holders[holder]?.name ?? holder;
}

/** Lido.submit: ether in, shares out at the current rate (rounded down); then the depositor may run. */
export function submit(ctx: Ctx, p: LidoPool, holder: string, amount: bigint): bigint {
  const { world } = ctx;
  if (amount <= 0n) throw new RefusedEvent('stake a positive amount of ETH');
  const have = balanceOf(world.ledger, 'ETH', holderAccount(holder));
  if (have < amount) {
    throw new RefusedEvent(`${name(ctx, holder)} has only ${formatEth(have)} ETH; stake at most that much`);
  }
  const rate = shareRate(world, p);
  if (rate.totalShares > 0n && rate.totalPooledEther === 0n) {
    throw new RefusedEvent(`${p.name} has no ether left behind its shares, so new ether cannot be priced; it does not accept deposits`);
  }
  // Shares are priced before the ether joins the buffer (Lido._submit).
  const shares = getSharesByPooledEth(amount, rate);
  if (shares === 0n) throw new RefusedEvent(`${formatEth(amount)} ETH buys less than one unit of shares; stake more`);
  const pay = transfer(world.ledger, 'ETH', holderAccount(holder), lidoAccount.buffer(p.id), amount, 'deposit');
  const minted = mint(world.ledger, stEthAsset(p.id), holderAccount(holder), shares, 'mint');
  p.totalShares += shares;
  const worth = getPooledEthByShares(shares, shareRate(world, p));
  const step = ctx.trace.step({
    kind: 'lido.submit',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { eth: amount, shares, stEth: worth },
    movements: [pay, minted],
    text: `${name(ctx, holder)} stakes ${formatEth(amount)} ETH in ${p.name} and receives ${formatEth(shares)} shares, a balance of ${formatEth(worth)} stETH; the ether waits in the pool's buffer.`,
  });
  depositBuffered(ctx, p, step);
  return shares;
}

/** stETH.transfer: moves getSharesByPooledEth(amount) shares (rounded down). */
export function transferStEth(ctx: Ctx, p: LidoPool, from: string, to: string, amount: bigint): bigint {
  const { world } = ctx;
  const asset = stEthAsset(p.id);
  const rate = shareRate(world, p);
  const shares = getSharesByPooledEth(amount, rate);
  const have = balanceOf(world.ledger, asset, holderAccount(from));
  if (shares > have) {
    throw new RefusedEvent(
      `${name(ctx, from)} holds only ${formatEth(getPooledEthByShares(have, rate))} stETH in ${p.name}; send at most that much`,
    );
  }
  const m = transfer(world.ledger, asset, holderAccount(from), holderAccount(to), shares, 'transfer');
  ctx.trace.step({
    kind: 'lido.transfer',
    layer: 'liquid',
    entities: [from, to, p.id],
    amounts: { stEth: amount, shares },
    movements: [m],
    text: `${name(ctx, from)} sends ${formatEth(amount)} stETH to ${name(ctx, to)}: what moves is ${formatEth(shares)} shares, the amount divided by the share rate and rounded down.`,
  });
  return shares;
}

/** wstETH.wrap: stETH in (as getSharesByPooledEth(amount) shares), the same number of wstETH out. */
export function wrap(ctx: Ctx, p: LidoPool, holder: string, amount: bigint): bigint {
  const { world } = ctx;
  if (amount <= 0n) throw new RefusedEvent('wrap a positive amount of stETH');
  const rate = shareRate(world, p);
  const shares = getSharesByPooledEth(amount, rate);
  const have = balanceOf(world.ledger, stEthAsset(p.id), holderAccount(holder));
  if (shares > have) {
    throw new RefusedEvent(`${name(ctx, holder)} holds only ${formatEth(getPooledEthByShares(have, rate))} stETH in ${p.name}; wrap at most that much`);
  }
  if (shares === 0n) throw new RefusedEvent(`${formatEth(amount)} stETH is less than one unit of shares; wrap more`);
  const moved = transfer(world.ledger, stEthAsset(p.id), holderAccount(holder), lidoAccount.wsteth(p.id), shares, 'wrap');
  const minted = mint(world.ledger, wstEthAsset(p.id), holderAccount(holder), shares, 'wrap');
  ctx.trace.step({
    kind: 'lido.wrap',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { stEth: amount, wstEth: shares },
    movements: [moved, minted],
    text: `${name(ctx, holder)} wraps ${formatEth(amount)} stETH into ${formatEth(shares)} wstETH: one wstETH is one share, so its number no longer changes with rebases, only its value does.`,
  });
  return shares;
}

/**
 * wstETH.unwrap: burns wstETH, then stETH.transfer(getPooledEthByShares(amount)), which moves the shares of
 * that stETH amount, rounded down; the 0-1 share of dust stays in the wstETH contract, as on mainnet.
 */
export function unwrap(ctx: Ctx, p: LidoPool, holder: string, amount: bigint): bigint {
  const { world } = ctx;
  if (amount <= 0n) throw new RefusedEvent('unwrap a positive amount of wstETH');
  const have = balanceOf(world.ledger, wstEthAsset(p.id), holderAccount(holder));
  if (amount > have) {
    throw new RefusedEvent(`${name(ctx, holder)} holds only ${formatEth(have)} wstETH of ${p.name}; unwrap at most that much`);
  }
  const rate = shareRate(world, p);
  const stEth = getPooledEthByShares(amount, rate);
  const shares = getSharesByPooledEth(stEth, rate);
  const burned = burn(world.ledger, wstEthAsset(p.id), holderAccount(holder), amount, 'unwrap');
  const moved = transfer(world.ledger, stEthAsset(p.id), lidoAccount.wsteth(p.id), holderAccount(holder), shares, 'unwrap');
  ctx.trace.step({
    kind: 'lido.unwrap',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { wstEth: amount, stEth, shares },
    movements: [burned, moved],
    text: `${name(ctx, holder)} unwraps ${formatEth(amount)} wstETH and gets back ${formatEth(stEth)} stETH (${formatEth(shares)} shares).`,
  });
  return stEth;
}
