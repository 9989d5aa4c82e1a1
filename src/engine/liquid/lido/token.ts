/**
 * What a holder does with stETH: submit ether for it, transfer it, wrap it into wstETH and back. Every
 * conversion from an stETH amount to shares rounds down, as the contract does, so a holder may see 1-2 gwei
 * less than asked for (lido-tokens-integration-guide.md "1-2 wei corner case").
 */
import { balanceOf, burn, mint, transfer } from '../../ledger/ledger';
import { RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import { holderAccount } from '../../world';
import { lidoAccount, stEthAsset, wstEthAsset } from '../accounts';
import type { LidoPool } from '../state';
import { getPooledEthByShares, getSharesByPooledEth, shareRate } from './shareRate';
import { depositBuffered } from './deposits';
import { say } from '../../messages/say';

function name(ctx: Ctx, holder: string): string {
  return ctx.world.holders[holder]?.name ?? holder;
}

/** Lido.submit: ether in, shares out at the current rate (rounded down); then the depositor may run. */
export function submit(ctx: Ctx, p: LidoPool, holder: string, amount: bigint): bigint {
  const { world } = ctx;
  if (amount <= 0n) throw new RefusedEvent(say('liquid.refused.submitZero'));
  const have = balanceOf(world.ledger, 'ETH', holderAccount(holder));
  if (have < amount) {
    throw new RefusedEvent(say('liquid.refused.submitOverdraft', { holder: name(ctx, holder), have }));
  }
  const rate = shareRate(world, p);
  if (rate.totalShares > 0n && rate.totalPooledEther === 0n) {
    throw new RefusedEvent(say('liquid.refused.submitEmptyPool', { pool: p.name }));
  }
  // Shares are priced before the ether joins the buffer (Lido._submit).
  const shares = getSharesByPooledEth(amount, rate);
  if (shares === 0n) throw new RefusedEvent(say('liquid.refused.submitDust', { amount }));
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
    message: say('liquid.lido.submit', { holder: name(ctx, holder), amount, pool: p.name, shares, worth }),
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
      say('liquid.refused.transferOverdraft', {
        from: name(ctx, from),
        held: getPooledEthByShares(have, rate),
        pool: p.name,
      }),
    );
  }
  const m = transfer(world.ledger, asset, holderAccount(from), holderAccount(to), shares, 'transfer');
  ctx.trace.step({
    kind: 'lido.transfer',
    layer: 'liquid',
    entities: [from, to, p.id],
    amounts: { stEth: amount, shares },
    movements: [m],
    message: say('liquid.lido.transfer', { from: name(ctx, from), amount, to: name(ctx, to), shares }),
  });
  return shares;
}

/** wstETH.wrap: stETH in (as getSharesByPooledEth(amount) shares), the same number of wstETH out. */
export function wrap(ctx: Ctx, p: LidoPool, holder: string, amount: bigint): bigint {
  const { world } = ctx;
  if (amount <= 0n) throw new RefusedEvent(say('liquid.refused.wrapZero'));
  const rate = shareRate(world, p);
  const shares = getSharesByPooledEth(amount, rate);
  const have = balanceOf(world.ledger, stEthAsset(p.id), holderAccount(holder));
  if (shares > have) {
    throw new RefusedEvent(
      say('liquid.refused.wrapOverdraft', {
        holder: name(ctx, holder),
        held: getPooledEthByShares(have, rate),
        pool: p.name,
      }),
    );
  }
  if (shares === 0n) throw new RefusedEvent(say('liquid.refused.wrapDust', { amount }));
  const moved = transfer(
    world.ledger,
    stEthAsset(p.id),
    holderAccount(holder),
    lidoAccount.wsteth(p.id),
    shares,
    'wrap',
  );
  const minted = mint(world.ledger, wstEthAsset(p.id), holderAccount(holder), shares, 'wrap');
  ctx.trace.step({
    kind: 'lido.wrap',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { stEth: amount, wstEth: shares },
    movements: [moved, minted],
    message: say('liquid.lido.wrap', { holder: name(ctx, holder), amount, shares }),
  });
  return shares;
}

/**
 * wstETH.unwrap: burns wstETH, then stETH.transfer(getPooledEthByShares(amount)), which moves the shares of
 * that stETH amount, rounded down; the 0-1 share of dust stays in the wstETH contract, as on mainnet.
 */
export function unwrap(ctx: Ctx, p: LidoPool, holder: string, amount: bigint): bigint {
  const { world } = ctx;
  if (amount <= 0n) throw new RefusedEvent(say('liquid.refused.unwrapZero'));
  const have = balanceOf(world.ledger, wstEthAsset(p.id), holderAccount(holder));
  if (amount > have) {
    throw new RefusedEvent(say('liquid.refused.unwrapOverdraft', { holder: name(ctx, holder), have, pool: p.name }));
  }
  const rate = shareRate(world, p);
  const stEth = getPooledEthByShares(amount, rate);
  const shares = getSharesByPooledEth(stEth, rate);
  const burned = burn(world.ledger, wstEthAsset(p.id), holderAccount(holder), amount, 'unwrap');
  const moved = transfer(
    world.ledger,
    stEthAsset(p.id),
    lidoAccount.wsteth(p.id),
    holderAccount(holder),
    shares,
    'unwrap',
  );
  ctx.trace.step({
    kind: 'lido.unwrap',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { wstEth: amount, stEth, shares },
    movements: [burned, moved],
    message: say('liquid.lido.unwrap', { holder: name(ctx, holder), amount, stEth, shares }),
  });
  return stEth;
}
