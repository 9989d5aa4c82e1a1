/**
 * What happens in a Rocket-Pool-like pool: users deposit ether for rETH and burn rETH for ether; node operators
 * run minipools (their bond plus ether matched from the deposit pool); an exited minipool's balance is split by
 * the contract's waterfall, a shortfall is charged to the node's RPL and, beyond that, to every rETH holder
 * through the rate; the oracle DAO reports the pool's balances daily.
 */
import { balanceOf, burn, mint, transfer, type Movement } from '../../ledger/ledger';
import { EngineError, RefusedEvent } from '../../errors';
import type { Ctx } from '../../module';
import { holderAccount, type World } from '../../world';
import { depositValidator, requestExit, validatorBalance } from '../../staking/ethereum/api';
import { rEthAsset, rocketAccount, RPL } from '../accounts';
import type { Minipool, MinipoolStatus, RocketPool } from '../state';
import { getEthValue, getRethValue, reportedRate } from './exchangeRate';
import { distributeBalance, slashRpl, userBalanceEstimate } from './distribution';
import { stepMachine } from '../../machines/step';
import { minipoolMachine, minipoolSnapshot } from './minipoolMachine';
import { say } from '../../messages/say';
import { minipoolName, poolOperatorName } from '../../accountNames';

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
  if (amount <= 0n) throw new RefusedEvent(say('liquid.refused.rocketDepositZero'));
  const have = balanceOf(world.ledger, ETH, holderAccount(holder));
  if (have < amount)
    throw new RefusedEvent(say('liquid.refused.rocketDepositOverdraft', { holder: name(ctx, holder), have }));
  const reth = getRethValue(amount, reportedRate(p));
  if (reth === 0n) throw new RefusedEvent(say('liquid.refused.rocketDepositDust', { amount }));
  const pay = transfer(world.ledger, ETH, holderAccount(holder), rocketAccount.deposits(p.id), amount, 'deposit');
  const minted = mint(world.ledger, rEthAsset(p.id), holderAccount(holder), reth, 'mint');
  ctx.trace.step({
    kind: 'rocket.deposit',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { eth: amount, reth },
    movements: [pay, minted],
    message: say('liquid.rocket.deposit', { holder: name(ctx, holder), amount, pool: p.name, reth }),
  });
  return reth;
}

/** RocketTokenRETH.burn: rETH in, getEthValue(rETH) out of the rETH contract, then the deposit pool's excess. */
export function burnReth(ctx: Ctx, p: RocketPool, holder: string, amount: bigint): bigint {
  const { world } = ctx;
  if (amount <= 0n) throw new RefusedEvent(say('liquid.refused.rocketBurnZero'));
  const have = balanceOf(world.ledger, rEthAsset(p.id), holderAccount(holder));
  if (have < amount)
    throw new RefusedEvent(say('liquid.refused.rocketBurnOverdraft', { holder: name(ctx, holder), have }));
  const eth = getEthValue(amount, reportedRate(p));
  const inContract = balanceOf(world.ledger, ETH, rocketAccount.reth(p.id));
  const inDeposits = balanceOf(world.ledger, ETH, rocketAccount.deposits(p.id));
  if (eth > inContract + inDeposits) {
    throw new RefusedEvent(
      say('liquid.refused.rocketBurnLiquidity', { pool: p.name, liquidity: inContract + inDeposits, eth }),
    );
  }
  const movements: Movement[] = [burn(world.ledger, rEthAsset(p.id), holderAccount(holder), amount, 'burn')];
  const fromContract = eth < inContract ? eth : inContract;
  if (fromContract > 0n)
    movements.push(
      transfer(world.ledger, ETH, rocketAccount.reth(p.id), holderAccount(holder), fromContract, 'withdrawal'),
    );
  if (eth > fromContract)
    movements.push(
      transfer(
        world.ledger,
        ETH,
        rocketAccount.deposits(p.id),
        holderAccount(holder),
        eth - fromContract,
        'withdrawal',
      ),
    );
  ctx.trace.step({
    kind: 'rocket.burn',
    layer: 'liquid',
    entities: [holder, p.id],
    amounts: { reth: amount, eth },
    movements,
    message: say('liquid.rocket.burn', { holder: name(ctx, holder), amount, eth }),
  });
  return eth;
}

/** A node's new minipool: its bond plus ether matched from the deposit pool, deposited into one validator. */
export function createMinipool(
  ctx: Ctx,
  p: RocketPool,
  node: string,
  id: string,
  bond: bigint,
  parent: number | null = null,
): Minipool {
  const { world } = ctx;
  if (!p.nodes[node]) throw new RefusedEvent(say('liquid.refused.noNode', { pool: p.name, node }));
  if (p.minipools[id]) throw new RefusedEvent(say('liquid.refused.minipoolExists', { pool: p.name, id }));
  const validatorId = `${p.id}.${id}`;
  if (world.ethereum.validators[validatorId])
    throw new RefusedEvent(say('liquid.refused.minipoolValidatorExists', { validatorId }));
  const userCapital = MINIPOOL_SIZE - bond;
  const nodeFrom = nodeEthAccount(p, node);
  const nodeHas = balanceOf(world.ledger, ETH, nodeFrom);
  if (nodeHas < bond)
    throw new RefusedEvent(
      say('liquid.refused.nodeBond', { node: poolOperatorName(world, p.id, node), nodeHas, bond }),
    );
  const pool = balanceOf(world.ledger, ETH, rocketAccount.deposits(p.id));
  if (pool < userCapital) {
    throw new RefusedEvent(say('liquid.refused.depositPoolShort', { pool: p.name, available: pool, userCapital }));
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
    message: say('liquid.rocket.minipool.create', {
      node: poolOperatorName(world, p.id, node),
      minipool: minipoolName(world, p.id, id),
      bond,
      userCapital,
    }),
    parent,
  });
  depositValidator(
    ctx,
    {
      id: validatorId,
      fromAccount: account,
      amount: MINIPOOL_SIZE,
      withdrawalAccount: account,
      owner: p.id,
      operator: node,
    },
    step,
  );
  const mp: Minipool = {
    id,
    node,
    nodeCapital: bond,
    userCapital,
    validator: validatorId,
    status: 'staking',
    distribution: null,
  };
  p.minipools[id] = mp;
  p.minipoolOrder.push(id);
  return mp;
}

/** A minipool runs one 32-ETH validator (consensus-specs MAX_EFFECTIVE_BALANCE for 0x01 credentials). */
export const MINIPOOL_SIZE = 32_000_000_000n;

export function exitMinipool(ctx: Ctx, p: RocketPool, id: string): void {
  const mp = p.minipools[id];
  if (!mp) throw new RefusedEvent(say('liquid.refused.noMinipool', { pool: p.name, id }));
  const next = stepMachine(minipoolMachine, minipoolSnapshot(mp.status), { type: 'EXIT' });
  if (!next)
    throw new RefusedEvent(
      say('liquid.refused.minipoolNotStaking', { minipool: minipoolName(ctx.world, p.id, id), status: mp.status }),
    );
  const step = ctx.trace.step({
    kind: 'rocket.minipool.exit',
    layer: 'liquid',
    entities: [p.id, mp.node, id],
    amounts: {},
    message: say('liquid.rocket.minipool.exit', {
      node: poolOperatorName(ctx.world, p.id, mp.node),
      minipool: minipoolName(ctx.world, p.id, id),
    }),
  });
  requestExit(ctx, mp.validator, step);
  mp.status = next.value as MinipoolStatus;
}

/** Splits a withdrawn minipool's balance by the contract waterfall, slashing RPL for any shortfall. */
export function distributeMinipool(ctx: Ctx, p: RocketPool, mp: Minipool, parent: number | null = null): void {
  const { world } = ctx;
  const validatorStatus = world.ethereum.validators[mp.validator]?.status ?? null;
  const next = stepMachine(minipoolMachine, minipoolSnapshot(mp.status), { type: 'DISTRIBUTE', validatorStatus });
  if (!next)
    throw new EngineError(`minipool ${mp.id}: cannot distribute while ${mp.status}, validator ${validatorStatus}`);
  const account = rocketAccount.minipool(p.id, mp.id);
  const balance = balanceOf(world.ledger, ETH, account);
  const split = distributeBalance({
    balance,
    nodeCapital: mp.nodeCapital,
    userCapital: mp.userCapital,
    nodeFee: p.nodeFee,
  });
  const movements: Movement[] = [];
  if (split.nodeShare > 0n)
    movements.push(transfer(world.ledger, ETH, account, nodeEthAccount(p, mp.node), split.nodeShare, 'withdrawal'));
  if (split.userShare > 0n)
    movements.push(transfer(world.ledger, ETH, account, rocketAccount.reth(p.id), split.userShare, 'withdrawal'));
  const nodeRplAccount = rocketAccount.node(p.id, mp.node);
  const slash = slashRpl(split.shortfall, balanceOf(world.ledger, RPL, nodeRplAccount), p.rplPrice);
  mp.status = next.value as MinipoolStatus;
  mp.distribution = {
    balance,
    ...split,
    rplSlashed: slash.rpl,
    ethFromRpl: slash.eth,
    socialised: slash.socialised,
    epoch: world.epoch,
  };
  const step = ctx.trace.step({
    kind: 'rocket.minipool.distribute',
    layer: 'liquid',
    entities: [p.id, mp.node, mp.id],
    amounts: { balance, nodeShare: split.nodeShare, userShare: split.userShare, shortfall: split.shortfall },
    movements,
    message: say('liquid.rocket.minipool.distribute', {
      shortfall: split.shortfall,
      minipool: minipoolName(world, p.id, mp.id),
      balance,
      userCapital: mp.userCapital,
      userShare: split.userShare,
      rewards: split.userShare - mp.userCapital,
      node: poolOperatorName(world, p.id, mp.node),
      nodeShare: split.nodeShare,
      nodeCapital: mp.nodeCapital,
      bondLoss: mp.nodeCapital - split.nodeShare,
    }),
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
      message: say('liquid.rocket.rpl.slash', {
        rpl: slash.rpl,
        node: poolOperatorName(world, p.id, mp.node),
        eth: slash.eth,
      }),
      parent: step,
    });
  }
  if (slash.socialised > 0n) {
    ctx.trace.step({
      kind: 'rocket.loss.socialised',
      layer: 'liquid',
      entities: [p.id],
      amounts: { socialised: slash.socialised },
      message: say('liquid.rocket.loss.socialised', { socialised: slash.socialised }),
      parent: step,
    });
  }
}

/** Distributes every minipool whose validator has been withdrawn. */
export function distributeWithdrawn(ctx: Ctx, p: RocketPool): void {
  for (const id of p.minipoolOrder) {
    const mp = p.minipools[id];
    const v = ctx.world.ethereum.validators[mp.validator];
    const event = { type: 'DISTRIBUTE', validatorStatus: v?.status ?? null } as const;
    if (minipoolSnapshot(mp.status).can(event)) distributeMinipool(ctx, p, mp);
  }
}

/**
 * What the oracle DAO counts as the rETH holders' ether (RocketNetworkBalances.totalETHBalance): the deposit
 * pool, the rETH contract, and the users' part of every running minipool.
 */
export function totalEthBalance(world: World, p: RocketPool): bigint {
  let total =
    balanceOf(world.ledger, ETH, rocketAccount.deposits(p.id)) + balanceOf(world.ledger, ETH, rocketAccount.reth(p.id));
  for (const id of p.minipoolOrder) {
    const mp = p.minipools[id];
    if (mp.status === 'distributed') continue;
    const balance =
      validatorBalance(world, mp.validator) + balanceOf(world.ledger, ETH, rocketAccount.minipool(p.id, id));
    total += userBalanceEstimate({
      balance,
      nodeCapital: mp.nodeCapital,
      userCapital: mp.userCapital,
      nodeFee: p.nodeFee,
    });
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
    message: say('liquid.rocket.report', {
      pool: p.name,
      totalEthBalance: p.totalEthBalance,
      rethSupply: p.rethSupply,
      now,
      was,
    }),
    parent,
  });
}
