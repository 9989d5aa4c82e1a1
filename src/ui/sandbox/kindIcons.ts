/** One icon per node kind, from the maintained lucide set. */
import { User } from '../icons/lucide/user';
import { ServerCog } from '../icons/lucide/server-cog';
import { Cpu } from '../icons/lucide/cpu';
import { Droplets } from '../icons/lucide/droplets';
import { Layers } from '../icons/lucide/layers';
import { Vault } from '../icons/lucide/vault';
import { Shield } from '../icons/lucide/shield';
import { ArrowLeftRight } from '../icons/lucide/arrow-left-right';
import { Landmark } from '../icons/lucide/landmark';
import { Boxes } from '../icons/lucide/boxes';
import { Orbit } from '../icons/lucide/orbit';
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
