/**
 * The daily accounting oracle report (lidofinance/docs docs/contracts/accounting-oracle.md, lido.md "Oracle
 * report"): the consensus-layer balance of the pool's validators replaces the last reported one, the withdrawal
 * vault is pulled into the buffer, the protocol fee is minted on positive rewards, withdrawal requests are
 * finalized, exits are requested for what the queue still needs, and the buffer is deposited.
 *
 * Simplifications (said here so the UI can say them too): the sanity checker's limits (APR <= 27%, CL drop
 * <= 5%) are not enforced, because a simulator must show what a large loss does; there are no execution-layer
 * rewards (tips/MEV); bunker mode is not modelled (every report finalizes in turbo mode, at the discounted
 * rate when the share rate fell).
 */
import { formatNumber } from '../../ledger/display';
import { balanceOf, mint, transfer, type Movement } from '../../ledger/ledger';
import { RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import type { World } from '../../world';
import { requestExit, validatorBalance } from '../../staking/ethereum/api';
import { lidoAccount, stEthAsset } from '../accounts';
import type { LidoPool } from '../state';
import { DEPOSIT_SIZE } from './constants';
import { totalPooledEther } from './shareRate';
import { feeSharesToMint, splitFee } from './fee';
import { finalizeRequests, unfinalizedStEth } from './withdrawalQueue';
import { depositBuffered } from './deposits';
import { chainIsFinalizing } from '../finality';
import { say } from '../../messages/say';

export interface LidoReport {
  preTotalPooledEther: bigint;
  postTotalPooledEther: bigint;
  preTotalShares: bigint;
  postCLBalance: bigint;
  withdrawals: bigint;
  rewards: bigint;
  feeShares: bigint;
  finalized: number;
}

/** Validators that count as the pool's active keys: deposited and not yet exited (NOR: deposited - exited). */
const NOT_EXITED = new Set(['deposited', 'pending', 'active', 'exiting']);

export function activeValidatorsByOperator(world: World, p: LidoPool): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const op of p.operators) counts[op] = 0;
  for (const id of p.validators) {
    const v = world.ethereum.validators[id];
    if (v && NOT_EXITED.has(v.status)) counts[v.operator] = (counts[v.operator] ?? 0) + 1;
  }
  return counts;
}

function percent(num: bigint, den: bigint): string {
  if (den === 0n) return '0';
  // The one number policy (4 significant digits below 1, so a 0.000222% loss still shows), on the 1e-9 scale.
  return formatNumber((num * 100n * 1_000_000_000n) / den);
}

export function oracleReport(ctx: Ctx, p: LidoPool, parent: number | null = null): LidoReport | null {
  const { world } = ctx;
  if (!chainIsFinalizing(world)) {
    ctx.trace.step({
      kind: 'lido.report.skipped',
      layer: 'liquid',
      entities: [p.id],
      amounts: {},
      message: say('liquid.lido.report.skipped', { pool: p.name }),
      parent,
    });
    return null;
  }
  const preTotalPooledEther = totalPooledEther(world, p);
  const preTotalShares = p.totalShares;
  // A validator appears on the consensus layer once its deposit is processed (it leaves 'deposited'); until
  // then its 32 ETH is transient ether (Lido's CL_VALIDATORS vs DEPOSITED_VALIDATORS).
  const postCLValidators = p.validators.filter((id) => world.ethereum.validators[id]?.status !== 'deposited').length;
  let postCLBalance = 0n;
  for (const id of p.validators) postCLBalance += validatorBalance(world, id);
  // Validators that appeared since the last report bring their 32-ETH deposits with them (Lido._processClStateUpdate).
  const preCLBalance = p.clBalance + BigInt(postCLValidators - p.clValidators) * DEPOSIT_SIZE;
  const withdrawals = balanceOf(world.ledger, 'ETH', lidoAccount.withdrawals(p.id));
  const movements: Movement[] = [];
  if (withdrawals > 0n) {
    movements.push(
      transfer(world.ledger, 'ETH', lidoAccount.withdrawals(p.id), lidoAccount.buffer(p.id), withdrawals, 'withdrawal'),
    );
  }
  p.clBalance = postCLBalance;
  p.clValidators = postCLValidators;
  p.lastReportEpoch = world.epoch;
  const rewards = postCLBalance + withdrawals - preCLBalance;
  const postTotalPooledEther = totalPooledEther(world, p);
  const reportStep = ctx.trace.step({
    kind: 'lido.report',
    layer: 'liquid',
    entities: [p.id],
    amounts: { preTotalPooledEther, postTotalPooledEther, clBalance: postCLBalance, withdrawals, rewards },
    movements,
    message: say('liquid.lido.report', {
      rewards,
      pool: p.name,
      postCLBalance,
      withdrawals,
      growthPercent: percent(postTotalPooledEther - preTotalPooledEther, preTotalPooledEther),
      loss: -rewards,
      fallPercent: percent(preTotalPooledEther - postTotalPooledEther, preTotalPooledEther),
    }),
    parent,
  });

  let feeShares = 0n;
  if (rewards > 0n && preTotalShares > 0n) {
    feeShares = feeSharesToMint(rewards, BigInt(p.feeBasisPoints), preTotalShares, postTotalPooledEther);
    if (feeShares > 0n) {
      const split = splitFee(feeShares, activeValidatorsByOperator(world, p));
      const feeMovements: Movement[] = [];
      for (const [op, s] of Object.entries(split.operators)) {
        if (s > 0n) feeMovements.push(mint(world.ledger, stEthAsset(p.id), lidoAccount.operator(p.id, op), s, 'fee'));
      }
      if (split.treasury > 0n)
        feeMovements.push(mint(world.ledger, stEthAsset(p.id), lidoAccount.treasury(p.id), split.treasury, 'fee'));
      p.totalShares += feeShares;
      const feeEth = (feeShares * postTotalPooledEther) / p.totalShares;
      ctx.trace.step({
        kind: 'lido.fee',
        layer: 'liquid',
        entities: [p.id, ...Object.keys(split.operators)],
        amounts: { feeShares, feeEth, treasuryShares: split.treasury },
        movements: feeMovements,
        message: say('liquid.lido.fee', {
          feeBasisPoints: p.feeBasisPoints,
          feeShares,
          feeEth,
          holdersPercent: 100 - p.feeBasisPoints / 100,
        }),
        parent: reportStep,
      });
    }
  }

  const finalized = finalizeRequests(ctx, p, reportStep);
  requestExitsForQueue(ctx, p, reportStep);
  depositBuffered(ctx, p, reportStep);
  return {
    preTotalPooledEther,
    postTotalPooledEther,
    preTotalShares,
    postCLBalance,
    withdrawals,
    rewards,
    feeShares,
    finalized,
  };
}

/**
 * The validator exit bus: when the queue wants more ether than the buffer and the exits already under way can
 * bring, ask the oldest active validators to exit (the real oracle orders by operator; oldest-first here).
 */
function requestExitsForQueue(ctx: Ctx, p: LidoPool, parent: number): void {
  const { world } = ctx;
  let demand = unfinalizedStEth(p) - balanceOf(world.ledger, 'ETH', lidoAccount.buffer(p.id));
  if (demand <= 0n) return;
  for (const id of p.validators) {
    const v = world.ethereum.validators[id];
    if (v && (v.status === 'exiting' || v.status === 'exited' || v.status === 'withdrawable'))
      demand -= validatorBalance(world, id);
  }
  for (const id of p.validators) {
    if (demand <= 0n) break;
    const v = world.ethereum.validators[id];
    if (!v || v.status !== 'active' || v.slashed) continue;
    try {
      requestExit(ctx, id, parent);
      demand -= validatorBalance(world, id);
    } catch (e) {
      // A validator the chain will not let exit yet (e.g. too young) is skipped; the next report tries again.
      if (!(e instanceof RefusedEvent)) throw e;
    }
  }
}
