/**
 * Restaking a holder's tokens with an operator takes a deposit first and a delegation second: EigenLayer's
 * DelegationManager.delegateTo delegates the staker's existing shares, and here a staker exists only once it has
 * deposited (StrategyManager.depositIntoStrategy), so a delegation sent first is refused. A staker already
 * delegated to that operator needs only the deposit (new shares follow its delegation,
 * DelegationManager.increaseDelegatedShares).
 */
import type { World } from '../world';

/** Whether restaking `staker`'s deposit with `operator` also needs a DelegateTo after the deposit. */
export function needsDelegation(world: World, staker: string, operator: string): boolean {
  return world.restaking.stakers[staker]?.delegatedTo !== operator;
}
