/**
 * What a holder's position is worth in ETH: the one definition every card, the inspector, the dashboard and the
 * CLI report read. It is what the holder would get back, at today's rates, if they unwound everything now:
 *
 *   wallet       every token they hold, at its redemption rate: stETH and wstETH at Lido's share rate
 *                (stETH.getPooledEthByShares), rETH at the last reported rate (RocketTokenRETH.getEthValue), an LRT
 *                at its own rate, a restaking strategy's token at the scenario's price, RPL at the oracle price;
 *   staked       their own validators' balances (not natively restaked), and a Rocket Pool node's share of each
 *                running minipool (RocketMinipoolDelegate._calculateNodeShare) with its staked RPL net of shortfalls;
 *   restaked     what each restaking position could withdraw (EigenLayer's withdrawable shares, natively restaked
 *                ETH as a pod checkpoint now would count it), and vault shares (activeStake / activeShares);
 *   withdrawing  withdrawals in flight: EigenLayer's queue (still slashable), a vault's pending claims, a Lido
 *                request (claimable ether once finalized, else min(nominal, shares at today's rate) as
 *                finalization will lock);
 *   markets      a lending position's collateral less its debt (never below zero: a borrower can walk away) and
 *                the reserves of an AMM pool they provided.
 *
 * A Cosmos-like chain's token has no ETH price in this world: its amounts (held, delegated at what the shares
 * pay out now, unbonding, accrued rewards) are reported apart in `unpriced`, by asset, never summed as ETH.
 * Each part is the sum of per-model contributions (holder/*.ts), as reporters.ts composes the CLI report; the Cosmos
 * one is registered with its model (holder/cosmosSlot.ts).
 *
 * Simplified: tokens are valued at what their protocol redeems them for, not at a market price (an AMM's
 * discount shows in the pool, not here), and no exit queue or delay is priced in; a lending market records no
 * supplier, so the ether it lends is nobody's here.
 */
import type { World } from '../world';
import { holderAccount } from '../world';
import { walletPart } from './holder/wallet';
import { ethereumPart } from './holder/ethereum';
import { liquidPart } from './holder/liquid';
import { restakingPart } from './holder/restaking';
import { marketsPart } from './holder/markets';
import { cosmosSlot } from './holder/cosmosSlot';
import type { Contribution, HolderParts, PartSink } from './holder/parts';
import { holderIndex, type HolderIndex } from './holder/index';

export { HOLDER_PARTS, type HolderPart, type HolderParts } from './holder/parts';

export interface HolderValue {
  holder: string;
  /** ETH value of each part, in gwei; they sum to `total`. */
  parts: HolderParts;
  total: bigint;
  /** Amounts with no ETH price in this world, by ledger asset (a Cosmos chain's token), in its own units. */
  unpriced: Record<string, bigint>;
}

/** Each model's contribution, in the order the parts are listed. */
const CONTRIBUTIONS: readonly Contribution[] = [
  walletPart,
  ethereumPart,
  liquidPart,
  restakingPart,
  marketsPart,
  cosmosSlot,
];

export function holderPosition(world: World, holder: string, index: HolderIndex = holderIndex(world)): HolderValue {
  const parts: HolderParts = { wallet: 0n, staked: 0n, restaked: 0n, withdrawing: 0n, markets: 0n };
  const unpriced: Record<string, bigint> = {};
  const sink: PartSink = {
    add: (part, gwei) => {
      parts[part] += gwei;
    },
    unpriced: (asset, amount) => {
      if (amount !== 0n) unpriced[asset] = (unpriced[asset] ?? 0n) + amount;
    },
  };
  const account = holderAccount(holder);
  for (const contribute of CONTRIBUTIONS) contribute(world, holder, account, sink, index);
  const total = parts.wallet + parts.staked + parts.restaked + parts.withdrawing + parts.markets;
  return { holder, parts, total, unpriced };
}

/** Every holder's position, the world indexed once (what the sandbox's cards read on every event). */
export function holderPositions(world: World): Map<string, HolderValue> {
  const index = holderIndex(world);
  return new Map(Object.keys(world.holders).map((id) => [id, holderPosition(world, id, index)]));
}

/** The holder's whole position in ETH (gwei): holderPosition(world, holder).total. */
export function holderValue(world: World, holder: string): bigint {
  return holderPosition(world, holder).total;
}
