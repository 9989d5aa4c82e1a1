/** Small helpers every model's cards share: node ids, ledger reads, amount facts, guarded engine views. */
import type { World } from '../../engine/world';
import type { MessageKey } from '../messages/en';
import { formatNumber } from '../format/amount';
import { formatEthCard } from '../displayAmount';
import type { EntityKind, Fact, Link } from './types';

export const nodeId = (kind: EntityKind, id: string): string => `${kind}:${id}`;

/** "stETH:lido" -> "stETH"; assets are namespaced by their protocol instance. */
export const assetLabel = (asset: string): string => asset.split(':')[0];

export const bal = (world: World, asset: string, account: string): bigint =>
  world.ledger?.assets?.[asset]?.balances?.get(account) ?? 0n;

/**
 * Engine views throw on worlds they do not recognise; the view shows nothing (0, or `fallback`) rather than
 * failing.
 */
export function safe(f: () => bigint): bigint;
export function safe<T>(f: () => T, fallback: T): T;
export function safe<T>(f: () => T, fallback?: T): T | bigint {
  try {
    return f();
  } catch {
    return fallback ?? 0n;
  }
}

/** An amount fact: rounded on the card, exact in the tooltip. */
export function card(label: MessageKey, gwei: bigint, unit = ''): Fact {
  const suffix = unit ? ` ${unit}` : '';
  return {
    label,
    value: `${formatEthCard(gwei)}${suffix}`,
    raw: gwei,
    exact: `${formatNumber(gwei, { exact: true })}${suffix}`,
    ...(unit ? { unit } : {}),
  };
}

/** Appends a plain stake link when it carries something. */
export function addLink(links: Link[], source: string, target: string, amount: bigint, asset = 'ETH'): void {
  if (amount <= 0n) return;
  links.push({ id: `${source}->${target}:${asset}`, source, target, amount, asset });
}
