/** Which operator sets (or, in the shared-vault model, which networks) can slash an operator now. */
import type { World } from '../world';
import { isRegisteredOrSlashable } from './allocations';

export function setsOfOperatorNow(world: World, operator: string): Array<{ avs: string; set: number }> {
  const out: Array<{ avs: string; set: number }> = [];
  for (const avs of Object.values(world.restaking.avss)) {
    for (const s of Object.values(avs.sets)) {
      if (world.securityModel === 'sharedVault') {
        const inVault = Object.values(world.restaking.vaults).some(
          (v) => (v.operatorShares[avs.id]?.[operator] ?? 0n) > 0n,
        );
        if (inVault && s.id === Math.min(...Object.values(avs.sets).map((x) => x.id)))
          out.push({ avs: avs.id, set: s.id });
      } else if (isRegisteredOrSlashable(world, operator, avs.id, s.id)) out.push({ avs: avs.id, set: s.id });
    }
  }
  return out;
}
