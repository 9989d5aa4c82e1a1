/** Late-bound access to LRT rates for pricing (lrtRate.ts depends on prices.ts; this breaks the cycle). */
import type { World } from '../world';

type RateFn = (world: World, asset: string) => { num: bigint; den: bigint } | null;
let impl: RateFn = () => null;

export function setLrtRateFn(fn: RateFn): void {
  impl = fn;
}

export function lrtEthPerTokenOf(world: World, asset: string): { num: bigint; den: bigint } | null {
  return impl(world, asset);
}
