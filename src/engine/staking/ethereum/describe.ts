/** Plain-language names for the chain's trace sentences. */
import { EPOCHS_PER_DAY } from '../../time';
import type { World } from '../../world';

/** Accounts in words ("Alice" for `holder:alice`; shared with every model). */
export { accountName } from '../../accountNames';

export function holderName(world: World, id: string): string {
  return world.holders[id]?.name ?? id;
}

/** "in 5 epochs (32 minutes)" / "in 8197 epochs (36.4 days)". */
export function inEpochs(n: number): string {
  const minutes = (n * 384) / 60;
  const when =
    n < 10
      ? `${Math.round(minutes)} minutes`
      : n < EPOCHS_PER_DAY
        ? `${(minutes / 60).toFixed(1)} hours`
        : `${(n / EPOCHS_PER_DAY).toFixed(1)} days`;
  return `in ${n} epoch${n === 1 ? '' : 's'} (${when})`;
}
