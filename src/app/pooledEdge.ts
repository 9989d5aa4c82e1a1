/**
 * What an operator -> service edge means under pooled stake: the whitepaper's model has no allocations, so every
 * service the operator is registered with can slash all of its delegated stake (AllocationManager magnitudes limit
 * nothing here). The edge says that ("all 200 ETH at risk") instead of a percentage that would not hold.
 */
import { allocatedStake } from '../engine/restaking/views';
import type { World } from '../engine/world';
import { splitNodeId } from './nodeId';
import { edgeLabel } from './graphModel';
import { msg, type Message } from './messages/message';

/** "all 200 ETH at risk" for an operator -> service edge under pooled stake; null for any other edge or model. */
export function pooledRisk(world: World | null, source: string, target: string): Message | null {
  if (world?.securityModel !== 'pooled') return null;
  const from = splitNodeId(source);
  const to = splitNodeId(target);
  if (from.kind !== 'operator' || to.kind !== 'avs') return null;
  return msg('edge.pooled.allAtRisk', { amount: edgeLabel(allocatedStake(world, from.ref, to.ref), 'ETH') });
}
