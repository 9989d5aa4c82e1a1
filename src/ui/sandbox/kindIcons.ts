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

export { KIND_LABEL } from './kindLabels';
