/**
 * What happens in a Rocket-Pool-like pool: users deposit ether for rETH and burn rETH for ether; node operators
 * run minipools (their bond plus ether matched from the deposit pool); an exited minipool's balance is split by
 * the contract's waterfall, a shortfall is charged to the node's RPL and, beyond that, to every rETH holder
 * through the rate; the oracle DAO reports the pool's balances daily.
 */
import { balanceOf, burn, mint, transfer, type Movement } from '../../ledger/ledger';
import { formatEth } from '../../ledger/amount';
import { RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import { holderAccount, type World } from '../../world';
import { depositValidator, requestExit, validatorBalance } from '../../staking/ethereum/api';
import { rEthAsset, rocketAccount, RPL } from '../accounts';
import type { Minipool, RocketPool } from '../state';
import { getEthValue, getRethValue, reportedRate } from './exchangeRate';
import { distributeBalance, slashRpl, userBalanceEstimate } from './distribution';
import { stepMinipool } from './minipoolMachine';

const ETH = 'ETH';

function name(ctx: Ctx, holder: string): string {
  return ctx.world.holders[holder]?.name ?? holder;
}

/** Where a node's ether goes: its holder if it has one, else its own account. */
export function nodeEthAccount(p: RocketPool, node: string): string {
  const holder = p.nodes[node]?.holder;
  return holder ? holderAccount(holder) : rocketAccount.node(p.id, node);
}

/** RocketDepositPool.deposit: ether in, rETH out at the last reported rate (no deposit fee modelled). */
export function depositForReth(ctx: Ctx, p: RocketPool, holder: string, amount: bigint): bigint {
  const { world } = ctx;
  if (amount <= 0n) throw new RefusedEvent('deposit a positive amount of ETH');
  const have = balanceOf(world.ledger, ETH, holderAccount(holder));
  if (have < amount) throw new RefusedEvent(`${name(ctx, holder)} has only ${formatEth(have)} ETH; deposit at most that much`);
  const reth = getRethValue(amount, reportedRate(p));
  if (reth === 0n) throw new RefusedEvent(`${formatEth(amount)} ETH buys less than the smallest unit of rETH; deposit more`);
  const pay = transfer(world.ledger, ETH, holderAccount(holder), rocketAccount.deposits(p.id), amount, 'deposit');
  const minted = mint(world.ledger, rEthAsset(p.id), holderAccount(holder), reth, 'mint');
  ctx.trace.step({
    kind: 'rocket.deposit',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { eth: amount, reth },
    movements: [pay, minted],
    text: `${name(ctx, holder)} deposits ${formatEth(amount)} ETH into ${p.name}'s deposit pool and receives ${formatEth(reth)} rETH at the last reported rate; the rETH balance will not change, its value in ETH will.`,
  });
  return reth;
}

/** RocketTokenRETH.burn: rETH in, getEthValue(rETH) out of the rETH contract, then the deposit pool's excess. */
export function burnReth(ctx: Ctx, p: RocketPool, holder: string, amount: bigint): bigint {
  const { world } = ctx;
  if (amount <= 0n) throw new RefusedEvent('burn a positive amount of rETH');
  const have = balanceOf(world.ledger, rEthAsset(p.id), holderAccount(holder));
  if (have < amount) throw new RefusedEvent(`${name(ctx, holder)} holds only ${formatEth(have)} rETH; burn at most that much`);
  const eth = getEthValue(amount, reportedRate(p));
  const inContract = balanceOf(world.ledger, ETH, rocketAccount.reth(p.id));
  const inDeposits = balanceOf(world.ledger, ETH, rocketAccount.deposits(p.id));
  if (eth > inContract + inDeposits) {
    throw new RefusedEvent(
      `${p.name} has only ${formatEth(inContract + inDeposits)} ETH of liquidity for the ${formatEth(eth)} ETH these rETH are worth; burn less, or wait for minipools to exit`,
    );
  }
  const movements: Movement[] = [burn(world.ledger, rEthAsset(p.id), holderAccount(holder), amount, 'burn')];
  const fromContract = eth < inContract ? eth : inContract;
  if (fromContract > 0n) movements.push(transfer(world.ledger, ETH, rocketAccount.reth(p.id), holderAccount(holder), fromContract, 'withdrawal'));
  if (eth > fromContract) movements.push(transfer(world.ledger, ETH, rocketAccount.deposits(p.id), holderAccount(holder), eth - fromContract, 'withdrawal'));
  ctx.trace.step({
    kind: 'rocket.burn',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { reth: amount, eth },
    movements,
    text: `${name(ctx, holder)} burns ${formatEth(amount)} rETH and receives ${formatEth(eth)} ETH at the last reported rate.`,
  });
  return eth;
}

/** A node's new minipool: its bond plus ether matched from the deposit pool, deposited into one validator. */
export function createMinipool(ctx: Ctx, p: RocketPool, node: string, id: string, bond: bigint, parent: number | null = null): Minipool {
  const { world } = ctx;
  if (!p.nodes[node]) throw new RefusedEvent(`${p.name} has no node operator "${node}"`);
  if (p.minipools[id]) throw new RefusedEvent(`${p.name} already has a minipool "${id}"; pick another id`);
  const validatorId = `${p.id}.${id}`;
  if (world.ethereum.validators[validatorId]) throw new RefusedEvent(`there is already a validator "${validatorId}"; pick another minipool id`);
  const userCapital = MINIPOOL_SIZE - bond;
  const nodeFrom = nodeEthAccount(p, node);
  const nodeHas = balanceOf(world.ledger, ETH, nodeFrom);
  if (nodeHas < bond) throw new RefusedEvent(`node ${node} has only ${formatEth(nodeHas)} ETH for its ${formatEth(bond)} ETH bond`);
  const pool = balanceOf(world.ledger, ETH, rocketAccount.deposits(p.id));
  if (pool < userCapital) {
    throw new RefusedEvent(`${p.name}'s deposit pool has ${formatEth(pool)} ETH, not the ${formatEth(userCapital)} ETH this minipool needs; wait for more rETH deposits`);
  }
  const account = rocketAccount.minipool(p.id, id);
  const movements = [
    transfer(world.ledger, ETH, nodeFrom, account, bond, 'deposit'),
    transfer(world.ledger, ETH, rocketAccount.deposits(p.id), account, userCapital, 'deposit'),
  ];
  const step = ctx.trace.step({
    kind: 'rocket.minipool.create',
    layer: 'liquid',
    entities: [p.id, node, id],
    amounts: { nodeCapital: bond, userCapital },
    movements,
    text: `Node ${node} opens minipool ${id} with a ${formatEth(bond)} ETH bond; ${formatEth(userCapital)} ETH of rETH holders' ether is matched to it and the 32 ETH goes to a new validator.`,
    parent,
  });
  depositValidator(
    ctx,
    { id: validatorId, fromAccount: account, amount: MINIPOOL_SIZE, withdrawalAccount: account, owner: p.id, operator: node },
    step,
  );
  const mp: Minipool = { id, node, nodeCapital: bond, userCapital, validator: validatorId, status: 'staking', distribution: null };
  p.minipools[id] = mp;
  p.minipoolOrder.push(id);
  return mp;
}

/** A minipool runs one 32-ETH validator (consensus-specs MAX_EFFECTIVE_BALANCE for 0x01 credentials). */
export const MINIPOOL_SIZE = 32_000_000_000n;

export function exitMinipool(ctx: Ctx, p: RocketPool, id: string): void {
  const mp = p.minipools[id];
  if (!mp) throw new RefusedEvent(`${p.name} has no minipool "${id}"`);
  if (mp.status !== 'staking') throw new RefusedEvent(`minipool ${id} is already ${mp.status}`);
  const step = ctx.trace.step({
    kind: 'rocket.minipool.exit',
    layer: 'liquid',
    entities: [p.id, mp.node, id],
    amounts: {},
    text: `Node ${mp.node} asks minipool ${id}'s validator to exit; once withdrawn, its balance is split between the node and the rETH holders.`,
  });
  requestExit(ctx, mp.validator, step);
  mp.status = stepMinipool(mp.status, { type: 'EXIT' });
}

/** Splits a withdrawn minipool's balance by the contract waterfall, slashing RPL for any shortfall. */
export function distributeMinipool(ctx: Ctx, p: RocketPool, mp: Minipool, parent: number | null = null): void {
  const { world } = ctx;
  const account = rocketAccount.minipool(p.id, mp.id);
  const balance = balanceOf(world.ledger, ETH, account);
  const split = distributeBalance({ balance, nodeCapital: mp.nodeCapital, userCapital: mp.userCapital, nodeFee: p.nodeFee });
  const movements: Movement[] = [];
  if (split.nodeShare > 0n) movements.push(transfer(world.ledger, ETH, account, nodeEthAccount(p, mp.node), split.nodeShare, 'withdrawal'));
  if (split.userShare > 0n) movements.push(transfer(world.ledger, ETH, account, rocketAccount.reth(p.id), split.userShare, 'withdrawal'));
  const nodeRplAccount = rocketAccount.node(p.id, mp.node);
  const slash = slashRpl(split.shortfall, balanceOf(world.ledger, RPL, nodeRplAccount), p.rplPrice);
  mp.status = stepMinipool(mp.status, { type: 'DISTRIBUTE' });
  mp.distribution = { balance, ...split, rplSlashed: slash.rpl, ethFromRpl: slash.eth, socialised: slash.socialised, epoch: world.epoch };
  const step = ctx.trace.step({
    kind: 'rocket.minipool.distribute',
    layer: 'liquid',
    entities: [p.id, mp.node, mp.id],
    amounts: { balance, nodeShare: split.nodeShare, userShare: split.userShare, shortfall: split.shortfall },
    movements,
    text:
      split.shortfall === 0n
        ? `Minipool ${mp.id} exits with ${formatEth(balance)} ETH: the rETH holders get back their ${formatEth(mp.userCapital)} ETH${split.userShare > mp.userCapital ? ` plus ${formatEth(split.userShare - mp.userCapital)} ETH of rewards` : ''}, and node ${mp.node} gets ${formatEth(split.nodeShare)} ETH${split.nodeShare < mp.nodeCapital ? `, its bond having absorbed a ${formatEth(mp.nodeCapital - split.nodeShare)} ETH loss` : ''}.`
        : `Minipool ${mp.id} exits with only ${formatEth(balance)} ETH, less than the ${formatEth(mp.userCapital)} ETH the rETH holders put in: node ${mp.node} loses its whole ${formatEth(mp.nodeCapital)} ETH bond and still owes ${formatEth(split.shortfall)} ETH.`,
    parent,
  });
  if (slash.rpl > 0n) {
    const rplMove = transfer(world.ledger, RPL, nodeRplAccount, rocketAccount.auction(p.id), slash.rpl, 'slash');
    // The auction sells the RPL to bidders outside the model; their ether enters the world here and goes to the
    // deposit pool (RocketAuctionManager -> RocketDepositPool.recycleLiquidatedStake). Assumed to clear at the
    // oracle price, immediately.
    const ethIn = slash.eth > 0n ? [mint(world.ledger, ETH, rocketAccount.deposits(p.id), slash.eth, 'auction')] : [];
    ctx.trace.step({
      kind: 'rocket.rpl.slash',
      layer: 'liquid',
      entities: [p.id, mp.node],
      amounts: { rpl: slash.rpl, eth: slash.eth },
      movements: [rplMove, ...ethIn],
      text: `${formatEth(slash.rpl)} of node ${mp.node}'s staked RPL is slashed and auctioned; bidders pay ${formatEth(slash.eth)} ETH for it, which goes to the deposit pool for the rETH holders.`,
      parent: step,
    });
  }
  if (slash.socialised > 0n) {
    ctx.trace.step({
      kind: 'rocket.loss.socialised',
      layer: 'liquid',
      entities: [p.id],
      amounts: { socialised: slash.socialised },
      text: `The node's bond and RPL do not cover the last ${formatEth(slash.socialised)} ETH: that loss falls on every rETH holder, through a lower rETH rate at the next balance report.`,
      parent: step,
    });
  }
}

/** Distributes every minipool whose validator has been withdrawn. */
export function distributeWithdrawn(ctx: Ctx, p: RocketPool): void {
  for (const id of p.minipoolOrder) {
    const mp = p.minipools[id];
    if (mp.status === 'distributed') continue;
    const v = ctx.world.ethereum.validators[mp.validator];
    if (v && v.status === 'withdrawn') distributeMinipool(ctx, p, mp);
  }
}

/**
 * What the oracle DAO counts as the rETH holders' ether (RocketNetworkBalances.totalETHBalance): the deposit
 * pool, the rETH contract, and the users' part of every running minipool.
 */
export function totalEthBalance(world: World, p: RocketPool): bigint {
  let total = balanceOf(world.ledger, ETH, rocketAccount.deposits(p.id)) + balanceOf(world.ledger, ETH, rocketAccount.reth(p.id));
  for (const id of p.minipoolOrder) {
    const mp = p.minipools[id];
    if (mp.status === 'distributed') continue;
    const balance = validatorBalance(world, mp.validator) + balanceOf(world.ledger, ETH, rocketAccount.minipool(p.id, id));
    total += userBalanceEstimate({ balance, nodeCapital: mp.nodeCapital, userCapital: mp.userCapital, nodeFee: p.nodeFee });
  }
  return total;
}

export function rethSupply(world: World, p: RocketPool): bigint {
  const book = world.ledger.assets[rEthAsset(p.id)];
  return book ? book.initial + book.minted - book.burned : 0n;
}

/** The oracle DAO's balances update: the rate moves only here. */
export function reportBalances(ctx: Ctx, p: RocketPool, parent: number | null = null): void {
  const { world } = ctx;
  const before = reportedRate(p);
  p.totalEthBalance = totalEthBalance(world, p);
  p.rethSupply = rethSupply(world, p);
  p.lastReportEpoch = world.epoch;
  const oneReth = 1_000_000_000n;
  const was = getEthValue(oneReth, before);
  const now = getEthValue(oneReth, reportedRate(p));
  ctx.trace.step({
    kind: 'rocket.report',
    layer: 'liquid',
    entities: [p.id],
    amounts: { totalEthBalance: p.totalEthBalance, rethSupply: p.rethSupply, rate: now },
    text: `${p.name}'s oracle DAO reports ${formatEth(p.totalEthBalance)} ETH behind ${formatEth(p.rethSupply)} rETH: 1 rETH is now worth ${formatEth(now)} ETH${now === was ? ' (unchanged)' : now > was ? ` (up from ${formatEth(was)})` : ` (down from ${formatEth(was)})`}.`,
    parent,
  });
}
