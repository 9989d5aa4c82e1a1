/**
 * Holders' cards: what they hold (each token in its own unit, stETH as stETH.balanceOf reports it), what they have
 * on a Cosmos-like chain, and what their position is worth in ETH with its parts, all from the engine's holder
 * value read-model (engine/views/holderValue.ts), so the card, the inspector and the CLI report cannot disagree.
 */
import type { World } from '../../engine/world';
import { holderAccount } from '../../engine/world';
import { exactNumber as formatEth } from '../format/amount';
import { stEthBalance } from '../../engine/liquid/api';
import { holderPositions, type HolderPart } from '../../engine/views/holderValue';
import type { MessageKey } from '../messages/en';
import { formatEthCard } from '../displayAmount';
import { assetLabel, card, nodeId, safe } from './facts';
import type { Entity, Fact } from './types';

/** Per holder, their Cosmos delegations and unbonding entries (token units) and the soonest entry's days left. */
export type CosmosHoldings = Map<string, { delegated: bigint; unbonding: bigint; soonest?: number }>;

/** The card row of each ETH part (the wallet's is the token list above them). */
const PART_FACT: Record<Exclude<HolderPart, 'wallet'>, MessageKey> = {
  staked: 'fact.staked',
  restaked: 'fact.restaked',
  withdrawing: 'fact.withdrawing',
  markets: 'fact.markets',
};

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
    for (const [part, label] of Object.entries(PART_FACT) as [keyof typeof PART_FACT, MessageKey][])
      if (position.parts[part] > 0n) facts.push(card(label, position.parts[part], 'ETH'));
    // A Cosmos chain's token has no ETH price: a holder with only that shows no ETH worth rather than "0 ETH".
    if (position.total > 0n || unpriced === 0n) facts.push(card('fact.worth', position.total, 'ETH'));
    out.push({ id: nodeId('holder', h.id), kind: 'holder', name: h.name, weight: position.total + unpriced, facts });
  }
  return out;
}
