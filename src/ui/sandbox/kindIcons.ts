/** One icon per node kind, from the maintained lucide set. */
import {
  User,
  ServerCog,
  Cpu,
  Droplets,
  Layers,
  Vault,
  Shield,
  ArrowLeftRight,
  Landmark,
  Boxes,
  Orbit,
} from '@lucide/svelte';
import type { NodeKind } from '../../app/graphModel';

export const KIND_ICON = {
  holder: User,
  validator: ServerCog,
  cosmosValidator: Orbit,
  operator: Cpu,
  lstPool: Droplets,
  lrt: Layers,
  vault: Vault,
  avs: Shield,
  ammPool: ArrowLeftRight,
  lending: Landmark,
  group: Boxes,
} satisfies Record<NodeKind, unknown>;

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
