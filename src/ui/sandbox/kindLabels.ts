/**
 * The message key naming each node kind, apart from its icon (./kindIcons.ts): the embed's light cards name kinds
 * without drawing icons, and importing the icons with the names put every kind's lucide icon in their chunk.
 */
import type { NodeKind } from '../../app/graphModel';

/** The message key naming each kind (vaults read as restaking strategies to learners). */
export const KIND_LABEL = {
  holder: 'kind.holder',
  validator: 'kind.validator',
  cosmosValidator: 'kind.cosmosValidator',
  operator: 'kind.operator',
  lstPool: 'kind.lstPool',
  lrt: 'kind.lrt',
  vault: 'kind.strategy',
  avs: 'kind.avs',
  ammPool: 'kind.ammPool',
  lending: 'kind.lending',
  group: 'kind.group',
} as const satisfies Record<NodeKind, string>;
