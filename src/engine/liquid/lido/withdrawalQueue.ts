/**
 * The withdrawal queue (lidofinance/docs docs/contracts/withdrawal-queue-erc721.md): a holder hands stETH to the
 * queue and gets a request (an unstETH NFT); oracle reports finalize requests first-in first-out while ether is
 * available, locking for each min(nominal, shares x current share rate) and burning its shares; the owner then
 * claims the locked ether.
 */
import { balanceOf, burn, transfer } from '../../ledger/ledger';
import { RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import { holderAccount } from '../../world';
import { lidoAccount, stEthAsset } from '../accounts';
import type { LidoPool, WithdrawalRequest } from '../state';
import { getPooledEthByShares, getSharesByPooledEth, shareRate, type ShareRate } from './shareRate';
import { stepMachine } from '../../machines/step';
import { withdrawalRequestMachine, withdrawalRequestSnapshot } from './withdrawalRequestMachine';
import { say } from '../../messages/say';

/** WithdrawalQueue.MIN_STETH_WITHDRAWAL_AMOUNT = 100 wei; the engine's smallest unit is 1 gwei, so 100 gwei. */
export const MIN_STETH_WITHDRAWAL_AMOUNT = 100n;
/** WithdrawalQueue.MAX_STETH_WITHDRAWAL_AMOUNT = 1000 stETH. */
export const MAX_STETH_WITHDRAWAL_AMOUNT = 1000n * 1_000_000_000n;

/** Total nominal stETH of requests not yet finalized (WithdrawalQueue.unfinalizedStETH). */
export function unfinalizedStEth(p: LidoPool): bigint {
  let sum = 0n;
  for (const id of p.queue) {
    const r = p.requests[id];
    if (r.status === 'requested') sum += r.amountOfStETH;
  }
  return sum;
}

/**
 * Splits an amount into request sizes the contract accepts, as Lido's own UI does: 1000-stETH pieces and the
 * rest; if the rest would be under the 100-unit minimum, the last full piece gives it what it lacks.
 */
export function splitWithdrawalAmount(amount: bigint): bigint[] {
  if (amount < MIN_STETH_WITHDRAWAL_AMOUNT) return [];
  const pieces: bigint[] = [];
  let rest = amount;
  while (rest > MAX_STETH_WITHDRAWAL_AMOUNT) {
    pieces.push(MAX_STETH_WITHDRAWAL_AMOUNT);
    rest -= MAX_STETH_WITHDRAWAL_AMOUNT;
  }
  if (rest < MIN_STETH_WITHDRAWAL_AMOUNT) {
    const lack = MIN_STETH_WITHDRAWAL_AMOUNT - rest;
    pieces[pieces.length - 1] -= lack;
    rest += lack;
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Queues requests for `amount` stETH of `holder`. Amounts above 1000 stETH are split into several requests
 * automatically (each one is a separate NFT, as in the real queue). Returns the new request ids.
 */
export function requestWithdrawal(ctx: Ctx, p: LidoPool, holder: string, amount: bigint): string[] {
  const { world } = ctx;
  const asset = stEthAsset(p.id);
  const from = holderAccount(holder);
  if (amount < MIN_STETH_WITHDRAWAL_AMOUNT) {
    throw new RefusedEvent(
      say('liquid.refused.withdrawalTooSmall', { minStethWithdrawalAmount: MIN_STETH_WITHDRAWAL_AMOUNT }),
    );
  }
  const rate = shareRate(world, p);
  const balance = getPooledEthByShares(balanceOf(world.ledger, asset, from), rate);
  if (amount > balance) {
    throw new RefusedEvent(
      say('liquid.refused.withdrawalOverdraft', { holder: world.holders[holder].name, balance, pool: p.name }),
    );
  }
  const pieces = splitWithdrawalAmount(amount);
  const parent = ctx.trace.step({
    kind: 'lido.withdrawal.request',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { amount },
    message: say('liquid.lido.withdrawal.request', {
      pieceCount: pieces.length,
      holder: world.holders[holder].name,
      pool: p.name,
      amount,
    }),
  });
  const ids: string[] = [];
  for (const piece of pieces) {
    // WithdrawalQueue._requestWithdrawal: transferFrom moves getSharesByPooledEth(amount) shares (rounded down).
    const shares = getSharesByPooledEth(piece, rate);
    const m = transfer(world.ledger, asset, from, lidoAccount.queue(p.id), shares, 'withdrawal:request');
    const id = String(p.nextRequestId);
    p.nextRequestId += 1;
    const r: WithdrawalRequest = {
      id,
      owner: holder,
      amountOfStETH: piece,
      shares,
      requestedEpoch: world.epoch,
      status: 'requested',
      claimableEth: null,
      finalizedEpoch: null,
    };
    p.requests[id] = r;
    p.queue.push(id);
    ids.push(id);
    ctx.trace.step({
      kind: 'lido.withdrawal.requested',
      layer: 'liquid',
      entities: [holder, p.id, `request:${id}`],
      amounts: { amountOfStETH: piece, shares },
      movements: [m],
      message: say('liquid.lido.withdrawal.requested', { id, piece, shares }),
      parent,
    });
  }
  return ids;
}

/** What a request is worth at finalization: nominal, or discounted if the share rate fell (never above nominal). */
export function finalizationValue(r: WithdrawalRequest, rate: ShareRate): bigint {
  const atRate = getPooledEthByShares(r.shares, rate);
  return atRate < r.amountOfStETH ? atRate : r.amountOfStETH;
}

/**
 * Finalizes requests first-in first-out while the buffer has the ether: locks it in the queue and burns the
 * request's shares. Stops at the first request it cannot pay in full (FIFO: no one jumps the queue).
 * All requests in one report use the same share rate (the report's), taken before the first burn.
 */
export function finalizeRequests(ctx: Ctx, p: LidoPool, parent: number | null): number {
  const { world } = ctx;
  const rate = shareRate(world, p);
  let count = 0;
  for (const id of p.queue) {
    const r = p.requests[id];
    if (r.status !== 'requested') continue;
    const eth = finalizationValue(r, rate);
    const buffered = balanceOf(world.ledger, 'ETH', lidoAccount.buffer(p.id));
    const next = stepMachine(withdrawalRequestMachine, withdrawalRequestSnapshot(r), {
      type: 'FINALIZE',
      epoch: world.epoch,
      eth,
      buffered,
    });
    if (!next) break; // the buffer cannot pay it in full: FIFO, no one behind it jumps the queue
    const lock = transfer(
      world.ledger,
      'ETH',
      lidoAccount.buffer(p.id),
      lidoAccount.queue(p.id),
      eth,
      'withdrawal:lock',
    );
    const burned = burn(world.ledger, stEthAsset(p.id), lidoAccount.queue(p.id), r.shares, 'withdrawal:burn');
    p.totalShares -= r.shares;
    r.status = next.value as WithdrawalRequest['status'];
    r.claimableEth = next.context.claimableEth;
    r.finalizedEpoch = next.context.finalizedEpoch;
    count += 1;
    const discounted = eth < r.amountOfStETH;
    ctx.trace.step({
      kind: 'lido.withdrawal.finalized',
      layer: 'liquid',
      entities: [r.owner, p.id, `request:${id}`],
      amounts: { claimableEth: eth, nominal: r.amountOfStETH, sharesBurned: r.shares },
      movements: [lock, burned],
      message: say('liquid.lido.withdrawal.finalized', {
        discounted,
        id,
        shares: r.shares,
        eth,
        amountOfStETH: r.amountOfStETH,
      }),
      parent,
    });
  }
  return count;
}

/** The owner claims a finalized request's locked ether. */
export function claimWithdrawal(ctx: Ctx, p: LidoPool, holder: string, requestId: string): void {
  const { world } = ctx;
  const r = p.requests[requestId];
  if (!r) throw new RefusedEvent(say('liquid.refused.noWithdrawalRequest', { pool: p.name, requestId }));
  const next = stepMachine(withdrawalRequestMachine, withdrawalRequestSnapshot(r), { type: 'CLAIM', holder });
  if (next) {
    const eth = r.claimableEth as bigint; // locked at finalization
    const m = transfer(world.ledger, 'ETH', lidoAccount.queue(p.id), holderAccount(holder), eth, 'withdrawal:claim');
    r.status = next.value as WithdrawalRequest['status'];
    ctx.trace.step({
      kind: 'lido.withdrawal.claimed',
      layer: 'liquid',
      entities: [holder, p.id, `request:${requestId}`],
      amounts: { eth },
      movements: [m],
      message: say('liquid.lido.withdrawal.claimed', { holder: world.holders[holder].name, requestId, eth }),
    });
    return;
  }
  // The machine refused: say why (claimedByOwner, then the state).
  if (r.owner !== holder) {
    throw new RefusedEvent(
      say('liquid.refused.claimNotOwner', {
        requestId,
        owner: world.holders[r.owner]?.name,
        ownerId: r.owner,
        holder: world.holders[holder].name,
      }),
    );
  }
  if (r.status === 'requested') {
    throw new RefusedEvent(say('liquid.refused.claimNotFinalized', { requestId }));
  }
  throw new RefusedEvent(say('liquid.refused.claimAlready', { requestId }));
}
