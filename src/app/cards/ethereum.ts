/** Ethereum validators' cards, each linked from whoever owns it (a holder, or a Lido-like pool). */
import type { World } from '../../engine/world';
import { validatorName } from '../../engine/accountNames';
import { addLink, bal, card, nodeId } from './facts';
import type { ViewPart } from './types';

export function ethereumCards(world: World): ViewPart {
  const out: ViewPart = { entities: [], links: [] };
  const lido = world.liquid?.lido ?? {};
  const rocket = world.liquid?.rocket ?? {};
  for (const vid of world.ethereum?.order ?? []) {
    const v = world.ethereum.validators[vid];
    if (!v) continue;
    const balance = bal(world, 'ETH', `eth:validator:${vid}`);
    // Before its deposit is processed a validator holds nothing yet: its ETH waits in the activation queue
    // (ELE state.pending_deposits), so the card shows that amount rather than a misleading "balance 0 ETH".
    const queued = (world.ethereum.pendingDeposits ?? []).reduce(
      (s, d) => (d.validator === vid ? s + d.amount : s),
      0n,
    );
    const waiting = v.status === 'deposited' && balance === 0n;
    out.entities.push({
      id: nodeId('validator', vid),
      kind: 'validator',
      name: validatorName(world, vid),
      weight: waiting ? queued : balance,
      status: v.status,
      statusLabel: v.slashed ? 'status.slashed' : (`status.${v.status}` as const),
      slashed: v.slashed,
      facts: waiting
        ? [card('fact.waitingToActivate', queued, 'ETH')]
        : [card('fact.balance', balance, 'ETH'), card('fact.effective', v.effectiveBalance, 'ETH')],
    });
    // A Rocket Pool minipool's validator is linked from its pool (liquid.ts), through the minipool.
    const owner = world.holders?.[v.owner]
      ? nodeId('holder', v.owner)
      : lido[v.owner] || rocket[v.owner]
        ? nodeId('lstPool', v.owner)
        : null;
    if (owner && !rocket[v.owner]) addLink(out.links, owner, nodeId('validator', vid), waiting ? queued : balance);
  }
  return out;
}
