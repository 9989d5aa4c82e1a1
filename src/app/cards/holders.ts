/**
 * Holders' cards: what they hold (each token in its own unit, stETH as stETH.balanceOf reports it), what they have
 * on a Cosmos-like chain, and what their position is worth in ETH with its parts, all from the engine's holder
 * value read-model (engine/views/holderValue.ts), so the card, the inspector and the CLI report cannot disagree.
 */
import type { World } from '../../engine/world';
import { holderAccount } from '../../engine/world';
import { exactNumber as formatEth } from '../format/amount';
import { stEthBalance } from '../../engine/liquid/api';
import { holderPositions, type HolderPart, type HolderValue } from '../../engine/views/holderValue';
import { NATIVE_STRATEGY } from '../../engine/restaking/state';
import { withdrawableShares } from '../../engine/restaking/stakers';
import { sharesEth } from '../../engine/restaking/views';
import { priceInEth } from '../../engine/views/holder/price';
import type { MessageKey } from '../messages/en';
import { formatEthCard } from '../displayAmount';
import { assetLabel, card, nodeId, safe } from './facts';
import type { Entity, Fact } from './types';

/** Per holder, their Cosmos delegations and unbonding entries (token units) and the soonest entry's days left. */
export type CosmosHoldings = Map<string, { delegated: bigint; unbonding: bigint; soonest?: number }>;

/** The card row of each ETH part (the wallet's is the token list above them; restaked has its own, below). */
const PART_FACT: Record<Exclude<HolderPart, 'wallet' | 'restaked'>, MessageKey> = {
  staked: 'fact.staked',
  withdrawing: 'fact.withdrawing',
  markets: 'fact.markets',
};

/**
 * What a holder has restaked, in the asset restaked (one name per asset: the narration's "Dana restakes 50 LST" is
 * "restaked 50 LST" on her card, never its ETH worth): each strategy's withdrawable shares (1 share = 1 token
 * unit, EigenLayer SharesAccounting) and each vault's redeemable stake, by token. Natively restaked ETH is the rest
 * of the holder value's restaked part, which prices exactly these positions (engine/views/holder/restaking.ts).
 */
export function restakedByAsset(world: World, position: HolderValue): Map<string, bigint> {
  const out = new Map<string, bigint>();
  const add = (label: string, amount: bigint) => amount > 0n && out.set(label, (out.get(label) ?? 0n) + amount);
  const rs = world.restaking;
  const account = holderAccount(position.holder);
  let priced = 0n;
  for (const s of Object.values(rs?.stakers ?? {})) {
    if (s.account !== account || s.lrt) continue;
    for (const strategy of Object.keys(s.depositShares)) {
      if (strategy === NATIVE_STRATEGY) continue;
      const shares = safe(() => withdrawableShares(world, s, strategy));
      priced += safe(() => sharesEth(world, strategy, shares));
      add(assetLabel(rs.strategies[strategy]?.asset ?? strategy), shares);
    }
  }
  for (const v of Object.values(rs?.vaults ?? {})) {
    const shares = v.stakers[account] ?? 0n;
    if (shares <= 0n || v.activeShares <= 0n) continue;
    const amount = (shares * v.activeStake) / v.activeShares;
    priced += safe(() => priceInEth(world, v.asset, amount) ?? 0n);
    add(assetLabel(v.asset), amount);
  }
  const native = position.parts.restaked - priced;
  if (native > 0n) add('ETH', native);
  return out;
}

/** The restaked row: one amount in its asset, or a list when the holder restaked several. */
function restakedFact(byAsset: Map<string, bigint>): Fact | null {
  if (byAsset.size === 0) return null;
  if (byAsset.size === 1) {
    const [[asset, amount]] = [...byAsset];
    return card('fact.restaked', amount, asset);
  }
  const parts = [...byAsset].map(([asset, amount]) => `${formatEthCard(amount)} ${asset}`);
  return {
    label: 'fact.restaked',
    value: parts.join(' · '),
    parts,
    exact: [...byAsset].map(([asset, amount]) => `${formatEth(amount)} ${asset}`).join(' · '),
  };
}

export function holderCards(world: World, cosmos: { token: string; byHolder: CosmosHoldings }): Entity[] {
  const out: Entity[] = [];
  const positions = holderPositions(world);
  for (const h of Object.values(world.holders ?? {})) {
    const account = holderAccount(h.id);
    const parts: string[] = [];
    const exactParts: string[] = [];
    for (const [asset, book] of Object.entries(world.ledger?.assets ?? {})) {
      const amount = book.balances.get(account);
      if (!amount) continue;
      const [prefix, pool] = asset.split(':');
      const shown =
        prefix === 'stETH' && world.liquid?.lido?.[pool] ? safe(() => stEthBalance(world, pool, account)) : amount;
      parts.push(`${formatEthCard(shown)} ${assetLabel(asset)}`);
      exactParts.push(`${formatEth(shown)} ${assetLabel(asset)}`);
    }
    const position = positions.get(h.id)!;
    const onChain = cosmos.byHolder.get(h.id);
    const unpriced = Object.values(position.unpriced).reduce((a, b) => a + b, 0n);
    const other = position.total - position.parts.wallet;
    const facts: Fact[] = [];
    if (parts.length || (!other && !onChain)) {
      facts.push({
        label: 'fact.holds',
        value: parts.length ? parts.join(' · ') : '0 ETH',
        parts: parts.length ? parts : ['0 ETH'],
        exact: exactParts.join(' · ') || '0 ETH',
      });
    }
    if (onChain?.delegated) facts.push(card('fact.delegated', onChain.delegated, assetLabel(cosmos.token)));
    if (onChain?.unbonding) {
      // The soonest entry's time left goes in the label: the edges into a busy validator show it on hover only.
      facts.push({
        ...card('fact.unbondingLeft', onChain.unbonding, assetLabel(cosmos.token)),
        labelParams: { days: onChain.soonest ?? 0 },
      });
    }
    if (position.parts.staked > 0n) facts.push(card(PART_FACT.staked, position.parts.staked, 'ETH'));
    const restaked = position.parts.restaked > 0n ? restakedFact(restakedByAsset(world, position)) : null;
    if (restaked) facts.push(restaked);
    for (const part of ['withdrawing', 'markets'] as const)
      if (position.parts[part] > 0n) facts.push(card(PART_FACT[part], position.parts[part], 'ETH'));
    // A Cosmos chain's token has no ETH price: a holder with only that shows no ETH worth rather than "0 ETH".
    if (position.total > 0n || unpriced === 0n) facts.push(card('fact.worth', position.total, 'ETH'));
    out.push({ id: nodeId('holder', h.id), kind: 'holder', name: h.name, weight: position.total + unpriced, facts });
  }
  return out;
}
