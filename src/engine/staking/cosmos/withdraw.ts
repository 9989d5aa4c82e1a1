/** MsgWithdrawDelegatorReward (and, for an operator, MsgWithdrawValidatorCommission) for one or every validator. */
import type { Ctx } from '../../module';
import { fmt, getValidator, holderName, requireHolder, withdrawRewards } from './chain';
import type { CosmosWithdrawRewards } from './events';

export function applyWithdrawRewards(ctx: Ctx, e: CosmosWithdrawRewards): void {
  const { world } = ctx;
  requireHolder(world, e.holder);
  const ids = e.validator ? [getValidator(world, e.validator).id] : world.cosmos.order;
  const movements = ids.flatMap((id) => withdrawRewards(world, e.holder, id, true));
  const total = movements.reduce((a, m) => a + m.amount, 0n);
  const commission = movements.filter((m) => m.reason === 'commission:withdraw').reduce((a, m) => a + m.amount, 0n);
  const where = e.validator ? ` from ${world.cosmos.validators[e.validator].name}` : '';
  ctx.trace.step({
    kind: 'cosmos.rewards.withdraw',
    layer: 'chain',
    entities: [e.holder, ...ids],
    amounts: { amount: total, commission },
    movements,
    text: total === 0n
      ? `${holderName(world, e.holder)} has no accrued rewards${where} to withdraw yet (rewards accrue once a day).`
      : `${holderName(world, e.holder)} withdraws ${fmt(world, total)} of accrued rewards${where}${commission > 0n ? `, including ${fmt(world, commission)} of validator commission` : ''}, into their wallet.`,
  });
}
