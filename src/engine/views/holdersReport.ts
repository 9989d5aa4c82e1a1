/**
 * The holders' part of the headless report (`npm run simulate`): per holder the ETH value of their position
 * (views/holderValue.ts) with its parts, and what has no ETH price, by asset. Amounts are gwei as decimal strings.
 */
import type { World } from '../world';
import { holderPosition } from './holderValue';

export function holdersReport(world: World) {
  return Object.keys(world.holders).map((id) => {
    const p = holderPosition(world, id);
    return {
      id,
      name: world.holders[id].name,
      value: p.total.toString(),
      parts: Object.fromEntries(Object.entries(p.parts).map(([part, x]) => [part, x.toString()])),
      unpriced: Object.fromEntries(Object.entries(p.unpriced).map(([asset, x]) => [asset, x.toString()])),
    };
  });
}
