/** liquid messages: the sentences of the liquid model (see ../en.ts). */
// Sentences follow the one number policy (4 decimals, separators): ../../ledger/display.ts.
import { formatNumber as formatEth } from '../../ledger/display';
import { possessive } from './possessive';
// A refusal names the exact balance: the learner types the amount back.
import { formatEth as formatExactEth } from '../../ledger/amount';
import { DEPOSIT_SIZE } from '../../liquid/lido/constants';

export const liquid = {
  'liquid.genesis.lido': (p: {
    pool: string;
    pooled: bigint;
    buffered: bigint;
    validatorCount: number;
    totalShares: bigint;
    shareRate: bigint;
  }) =>
    `${p.pool} starts with ${formatEth(p.pooled)} ETH pooled (${formatEth(p.buffered)} ETH buffered, ${p.validatorCount} validator${p.validatorCount === 1 ? '' : 's'}) behind ${formatEth(p.totalShares)} shares: 1 share = ${formatEth(p.shareRate)} stETH.`,
  'liquid.genesis.rocket': (p: {
    pool: string;
    minipoolCount: number;
    totalEthBalance: bigint;
    rethSupply: bigint;
    rate: bigint;
  }) =>
    `${p.pool} starts with ${p.minipoolCount} minipool${p.minipoolCount === 1 ? '' : 's'} and ${formatEth(p.totalEthBalance)} ETH of users' ether behind ${formatEth(p.rethSupply)} rETH: 1 rETH = ${formatEth(p.rate)} ETH.`,
  'liquid.refused.noLidoPool': (p: { id: string; pools: string }) =>
    `there is no Lido-like pool "${p.id}"; use one of: ${p.pools || '(none)'}`,
  'liquid.refused.noRocketPool': (p: { id: string; pools: string }) =>
    `there is no Rocket-Pool-like pool "${p.id}"; use one of: ${p.pools || '(none)'}`,
  'liquid.refused.rplPriceZero': () => 'the RPL price must be above zero',
  'liquid.rocket.rplPrice': (p: { rplPrice: bigint; was: bigint }) =>
    `The oracle DAO reports RPL at ${formatEth(p.rplPrice)} ETH (was ${formatEth(p.was)}): node operators' RPL collateral now covers ${p.rplPrice < p.was ? 'less' : 'more'} of a shortfall.`,
  'liquid.refused.rocketDepositZero': () => 'deposit a positive amount of ETH',
  'liquid.refused.rocketDepositOverdraft': (p: { holder: string; have: bigint }) =>
    `${p.holder} has only ${formatExactEth(p.have)} ETH; deposit at most that much`,
  'liquid.refused.rocketDepositDust': (p: { amount: bigint }) =>
    `${formatEth(p.amount)} ETH buys less than the smallest unit of rETH; deposit more`,
  'liquid.rocket.deposit': (p: { holder: string; amount: bigint; pool: string; reth: bigint }) =>
    `${p.holder} deposits ${formatEth(p.amount)} ETH into ${possessive(p.pool)} deposit pool and receives ${formatEth(p.reth)} rETH at the last reported rate; the rETH balance will not change, its value in ETH will.`,
  'liquid.refused.rocketBurnZero': () => 'burn a positive amount of rETH',
  'liquid.refused.rocketBurnOverdraft': (p: { holder: string; have: bigint }) =>
    `${p.holder} holds only ${formatEth(p.have)} rETH; burn at most that much`,
  'liquid.refused.rocketBurnLiquidity': (p: { pool: string; liquidity: bigint; eth: bigint }) =>
    `${p.pool} has only ${formatExactEth(p.liquidity)} ETH of liquidity for the ${formatExactEth(p.eth)} ETH these rETH are worth; burn less, or wait for minipools to exit`,
  'liquid.rocket.burn': (p: { holder: string; amount: bigint; eth: bigint }) =>
    `${p.holder} burns ${formatEth(p.amount)} rETH and receives ${formatEth(p.eth)} ETH at the last reported rate.`,
  'liquid.refused.noNode': (p: { pool: string; node: string }) => `${p.pool} has no node operator "${p.node}"`,
  'liquid.refused.minipoolExists': (p: { pool: string; id: string }) =>
    `${p.pool} already has a minipool "${p.id}"; pick another id`,
  'liquid.refused.minipoolValidatorExists': (p: { validatorId: string }) =>
    `there is already a validator "${p.validatorId}"; pick another minipool id`,
  'liquid.refused.nodeBond': (p: { node: string; nodeHas: bigint; bond: bigint }) =>
    `${p.node} has only ${formatExactEth(p.nodeHas)} ETH for the ${formatExactEth(p.bond)} ETH bond`,
  'liquid.refused.depositPoolShort': (p: { pool: string; available: bigint; userCapital: bigint }) =>
    `${possessive(p.pool)} deposit pool has ${formatEth(p.available)} ETH, not the ${formatEth(p.userCapital)} ETH this minipool needs; wait for more rETH deposits`,
  'liquid.rocket.minipool.create': (p: { node: string; minipool: string; bond: bigint; userCapital: bigint }) =>
    `${p.node} opens ${p.minipool} with a ${formatEth(p.bond)} ETH bond; ${formatEth(p.userCapital)} ETH of rETH holders' ether is matched to it and the 32 ETH goes to a new validator.`,
  'liquid.refused.noMinipool': (p: { pool: string; id: string }) => `${p.pool} has no minipool "${p.id}"`,
  'liquid.refused.minipoolNotStaking': (p: { minipool: string; status: string }) =>
    `${p.minipool} is already ${p.status}`,
  'liquid.rocket.minipool.exit': (p: { node: string; minipool: string }) =>
    `${p.node} asks ${p.minipool} to exit; once withdrawn, its balance is split between the node operator and the rETH holders.`,
  'liquid.rocket.minipool.distribute': (p: {
    shortfall: bigint;
    minipool: string;
    balance: bigint;
    userCapital: bigint;
    userShare: bigint;
    rewards: bigint;
    node: string;
    nodeShare: bigint;
    nodeCapital: bigint;
    bondLoss: bigint;
  }) =>
    p.shortfall === 0n
      ? `${p.minipool} exits with ${formatEth(p.balance)} ETH: the rETH holders get back their ${formatEth(p.userCapital)} ETH${p.userShare > p.userCapital ? ` plus ${formatEth(p.rewards)} ETH of rewards` : ''}, and ${p.node} gets ${formatEth(p.nodeShare)} ETH${p.nodeShare < p.nodeCapital ? `, its bond having absorbed a ${formatEth(p.bondLoss)} ETH loss` : ''}.`
      : `${p.minipool} exits with only ${formatEth(p.balance)} ETH, less than the ${formatEth(p.userCapital)} ETH the rETH holders put in: ${p.node} loses the whole ${formatEth(p.nodeCapital)} ETH bond and still owes ${formatEth(p.shortfall)} ETH.`,
  'liquid.rocket.rpl.slash': (p: { rpl: bigint; node: string; eth: bigint }) =>
    `${formatEth(p.rpl)} of ${possessive(p.node)} staked RPL is slashed and auctioned; bidders pay ${formatEth(p.eth)} ETH for it, which goes to the deposit pool for the rETH holders.`,
  'liquid.rocket.loss.socialised': (p: { socialised: bigint }) =>
    `The node's bond and RPL do not cover the last ${formatEth(p.socialised)} ETH: that loss falls on every rETH holder, through a lower rETH rate at the next balance report.`,
  'liquid.rocket.report': (p: {
    pool: string;
    totalEthBalance: bigint;
    rethSupply: bigint;
    now: bigint;
    was: bigint;
  }) =>
    `${possessive(p.pool)} oracle DAO reports ${formatEth(p.totalEthBalance)} ETH behind ${formatEth(p.rethSupply)} rETH: 1 rETH is now worth ${formatEth(p.now)} ETH${p.now === p.was ? ' (unchanged)' : p.now > p.was ? ` (up from ${formatEth(p.was)})` : ` (down from ${formatEth(p.was)})`}.`,
  'liquid.lido.deposit': (p: { pool: string; id: string; operator: string }) =>
    `${p.pool} deposits ${formatEth(DEPOSIT_SIZE)} ETH from its buffer into a new validator, ${p.id}, run by the operator ${p.operator}; until the oracle sees it, it counts as transient ether, so stETH balances do not change.`,
  'liquid.refused.withdrawalTooSmall': (p: { minStethWithdrawalAmount: bigint }) =>
    `a withdrawal request must be at least ${formatEth(p.minStethWithdrawalAmount)} stETH (100 of the smallest unit); ask for more`,
  'liquid.refused.withdrawalOverdraft': (p: { holder: string; balance: bigint; pool: string }) =>
    `${p.holder} holds only ${formatEth(p.balance)} stETH in ${p.pool}; request at most that much`,
  'liquid.lido.withdrawal.request': (p: { pieceCount: number; holder: string; pool: string; amount: bigint }) =>
    p.pieceCount > 1
      ? `${p.holder} asks ${p.pool} to withdraw ${formatEth(p.amount)} stETH; a request holds at most 1000 stETH, so it becomes ${p.pieceCount} requests in the queue.`
      : `${p.holder} asks ${p.pool} to withdraw ${formatEth(p.amount)} stETH and joins the back of the withdrawal queue.`,
  'liquid.lido.withdrawal.requested': (p: { id: string; piece: bigint; shares: bigint }) =>
    `Request #${p.id}: ${formatEth(p.piece)} stETH (${formatEth(p.shares)} shares) is locked in the queue; it stops earning rewards and will pay at most ${formatEth(p.piece)} ETH.`,
  'liquid.lido.withdrawal.finalized': (p: {
    discounted: boolean;
    id: string;
    shares: bigint;
    eth: bigint;
    amountOfStETH: bigint;
  }) =>
    p.discounted
      ? `Request #${p.id} is finalized at a discount: the share rate fell since it was made, so its ${formatEth(p.shares)} shares are worth ${formatEth(p.eth)} ETH, less than the ${formatEth(p.amountOfStETH)} stETH asked; that ether is set aside and the shares are burned.`
      : `Request #${p.id} is finalized: ${formatEth(p.eth)} ETH is set aside for its owner to claim and its shares are burned (any rewards they earned while waiting stay with the other holders).`,
  'liquid.refused.noWithdrawalRequest': (p: { pool: string; requestId: string }) =>
    `${p.pool} has no withdrawal request #${p.requestId}`,
  'liquid.refused.claimNotOwner': (p: {
    requestId: string;
    owner: string | undefined;
    ownerId: string;
    holder: string;
  }) => `request #${p.requestId} belongs to ${p.owner ?? p.ownerId}, not ${p.holder}; only its owner can claim it`,
  'liquid.refused.claimNotFinalized': (p: { requestId: string }) =>
    `request #${p.requestId} is not finalized yet; wait for an oracle report that has ether for it`,
  'liquid.refused.claimAlready': (p: { requestId: string }) => `request #${p.requestId} has already been claimed`,
  'liquid.lido.withdrawal.claimed': (p: { holder: string; requestId: string; eth: bigint }) =>
    `${p.holder} claims request #${p.requestId} and receives ${formatEth(p.eth)} ETH.`,
  'liquid.lido.report.skipped': (p: { pool: string }) =>
    `The chain is not finalizing, so ${possessive(p.pool)} oracles have no finalized epoch to report: no rebase today, balances stay as they were.`,
  'liquid.lido.report': (p: {
    rewards: bigint;
    pool: string;
    postCLBalance: bigint;
    withdrawals: bigint;
    growthPercent: string;
    loss: bigint;
    fallPercent: string;
  }) =>
    p.rewards >= 0n
      ? `${possessive(p.pool)} oracle reports its validators at ${formatEth(p.postCLBalance)} ETH${p.withdrawals > 0n ? ` and moves ${formatEth(p.withdrawals)} ETH of withdrawals into the buffer` : ''}: the pool earned ${formatEth(p.rewards)} ETH, so every stETH balance grows by ${p.growthPercent}% (before the fee).`
      : `${possessive(p.pool)} oracle reports its validators at ${formatEth(p.postCLBalance)} ETH: the pool lost ${formatEth(p.loss)} ETH more than it earned, a negative rebase, so every holder's stETH balance falls by the same ${p.fallPercent}%.`,
  'liquid.lido.fee': (p: { feeBasisPoints: number; feeShares: bigint; feeEth: bigint; holdersPercent: number }) =>
    `The ${p.feeBasisPoints / 100}% fee is paid by minting ${formatEth(p.feeShares)} new shares, worth ${formatEth(p.feeEth)} ETH: half to the node operators by their active validators, half to the treasury. Holders keep the other ${p.holdersPercent}% of the rewards.`,
  'liquid.refused.submitZero': () => 'stake a positive amount of ETH',
  'liquid.refused.submitOverdraft': (p: { holder: string; have: bigint }) =>
    `${p.holder} has only ${formatExactEth(p.have)} ETH; stake at most that much`,
  'liquid.refused.submitEmptyPool': (p: { pool: string }) =>
    `${p.pool} has no ether left behind its shares, so new ether cannot be priced; it does not accept deposits`,
  'liquid.refused.submitDust': (p: { amount: bigint }) =>
    `${formatEth(p.amount)} ETH buys less than one unit of shares; stake more`,
  'liquid.lido.submit': (p: { holder: string; amount: bigint; pool: string; shares: bigint; worth: bigint }) =>
    `${p.holder} stakes ${formatEth(p.amount)} ETH in ${p.pool} and receives ${formatEth(p.shares)} shares, a balance of ${formatEth(p.worth)} stETH; the ether waits in the pool's buffer.`,
  'liquid.refused.transferOverdraft': (p: { from: string; held: bigint; pool: string }) =>
    `${p.from} holds only ${formatEth(p.held)} stETH in ${p.pool}; send at most that much`,
  'liquid.lido.transfer': (p: { from: string; amount: bigint; to: string; shares: bigint }) =>
    `${p.from} sends ${formatEth(p.amount)} stETH to ${p.to}: what moves is ${formatEth(p.shares)} shares, the amount divided by the share rate and rounded down.`,
  'liquid.refused.wrapZero': () => 'wrap a positive amount of stETH',
  'liquid.refused.wrapOverdraft': (p: { holder: string; held: bigint; pool: string }) =>
    `${p.holder} holds only ${formatEth(p.held)} stETH in ${p.pool}; wrap at most that much`,
  'liquid.refused.wrapDust': (p: { amount: bigint }) =>
    `${formatEth(p.amount)} stETH is less than one unit of shares; wrap more`,
  'liquid.lido.wrap': (p: { holder: string; amount: bigint; shares: bigint }) =>
    `${p.holder} wraps ${formatEth(p.amount)} stETH into ${formatEth(p.shares)} wstETH: one wstETH is one share, so its number no longer changes with rebases, only its value does.`,
  'liquid.refused.unwrapZero': () => 'unwrap a positive amount of wstETH',
  'liquid.refused.unwrapOverdraft': (p: { holder: string; have: bigint; pool: string }) =>
    `${p.holder} holds only ${formatEth(p.have)} wstETH of ${p.pool}; unwrap at most that much`,
  'liquid.lido.unwrap': (p: { holder: string; amount: bigint; stEth: bigint; shares: bigint }) =>
    `${p.holder} unwraps ${formatEth(p.amount)} wstETH and gets back ${formatEth(p.stEth)} stETH (${formatEth(p.shares)} shares).`,
};
