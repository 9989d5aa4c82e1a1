/** MsgWithdrawDelegatorReward (and, for an operator, MsgWithdrawValidatorCommission) for one or every validator. */
import type { Ctx } from '../../module';
import { getValidator, holderName, requireHolder, withdrawRewards } from './chain';
import type { CosmosWithdrawRewards } from './events';
import { say } from '../../messages/say';

export function applyWithdrawRewards(ctx: Ctx, e: CosmosWithdrawRewards): void {
  const { world } = ctx;
  requireHolder(world, e.holder);
  const ids = e.validator ? [getValidator(world, e.validator).id] : world.cosmos.order;
  const movements = ids.flatMap((id) => withdrawRewards(world, e.holder, id, true));
  const total = movements.reduce((a, m) => a + m.amount, 0n);
  const commission = movements.filter((m) => m.reason === 'commission:withdraw').reduce((a, m) => a + m.amount, 0n);
  ctx.trace.step({
    kind: 'cosmos.rewards.withdraw',
    layer: 'chain',
    entities: [e.holder, ...ids],
    amounts: { amount: total, commission },
    movements,
    message: say('cosmos.rewards.withdraw', {
      total,
      holder: holderName(world, e.holder),
      from: e.validator ? world.cosmos.validators[e.validator].name : null,
      token: world.cosmos.token,
      commission,
    }),
  });
}
