/**
 * How an exited minipool's balance is split (rocket-pool/rocketpool RocketMinipoolDelegate._distributeBalance
 * and _calculateNodeShare), and how a shortfall is charged to the node's RPL (RocketNodeStaking.slashRPL).
 * Pure functions of integers (gwei), rounding down like the contracts.
 */

export interface NodeShareInput {
  balance: bigint;
  nodeCapital: bigint;
  userCapital: bigint;
  /** Node commission on the user's part of the rewards, [num, den] (14% for Atlas-era minipools, lebs.md). */
  nodeFee: [bigint, bigint];
}

/**
 * RocketMinipoolDelegate.calculateNodeRewards: the node's pro-rata part of the rewards plus its commission on
 * the users' part.
 */
export function calculateNodeRewards(
  nodeCapital: bigint,
  userCapital: bigint,
  rewards: bigint,
  nodeFee: [bigint, bigint],
): bigint {
  const nodePortion = (rewards * nodeCapital) / (userCapital + nodeCapital);
  const userPortion = rewards - nodePortion;
  return nodePortion + (userPortion * nodeFee[0]) / nodeFee[1];
}

/** RocketMinipoolDelegate._calculateNodeShare (no ETH penalty rate: the oracle DAO's penalties are not modelled). */
export function calculateNodeShare({ balance, nodeCapital, userCapital, nodeFee }: NodeShareInput): bigint {
  const capital = userCapital + nodeCapital;
  if (balance > capital)
    return nodeCapital + calculateNodeRewards(nodeCapital, userCapital, balance - capital, nodeFee);
  if (balance > userCapital) return balance - userCapital;
  return 0n;
}

export interface BalanceSplit {
  nodeShare: bigint;
  userShare: bigint;
  /** userCapital - balance when the balance does not cover the users' capital (nodeSlashBalance), else 0. */
  shortfall: bigint;
}

/** RocketMinipoolDelegate._distributeBalance: below the users' capital the node gets nothing and owes the rest. */
export function distributeBalance(input: NodeShareInput): BalanceSplit {
  if (input.balance < input.userCapital) {
    return { nodeShare: 0n, userShare: input.balance, shortfall: input.userCapital - input.balance };
  }
  const nodeShare = calculateNodeShare(input);
  return { nodeShare, userShare: input.balance - nodeShare, shortfall: 0n };
}

export const GWEI_PER_RPL = 1_000_000_000n;

export interface RplSlash {
  /** RPL taken from the node's stake (gwei of RPL). */
  rpl: bigint;
  /** Its value in ETH at the oracle price: what the auction returns to the deposit pool. */
  eth: bigint;
  /** The part of the shortfall the RPL could not cover: socialised through the rETH rate. */
  socialised: bigint;
}

/**
 * RocketNodeStaking.slashRPL: rplSlashAmount = ethSlashAmount * 1e18 / rplPrice (rounded down), capped at the
 * node's stake. The auction is assumed to clear at the oracle price, so the ether back is rpl * price.
 */
export function slashRpl(shortfall: bigint, rplStake: bigint, rplPrice: bigint): RplSlash {
  if (shortfall <= 0n) return { rpl: 0n, eth: 0n, socialised: 0n };
  let rpl = rplPrice === 0n ? rplStake : (shortfall * GWEI_PER_RPL) / rplPrice;
  if (rpl > rplStake) rpl = rplStake;
  let eth = (rpl * rplPrice) / GWEI_PER_RPL;
  if (eth > shortfall) eth = shortfall;
  return { rpl, eth, socialised: shortfall - eth };
}

/**
 * The users' part of a minipool that is still running, as the oracle DAO counts it for totalETHBalance: the
 * same split as on exit, without RPL (a shortfall shows up in the rate until the RPL auction refills it).
 */
export function userBalanceEstimate(input: NodeShareInput): bigint {
  return distributeBalance(input).userShare;
}
