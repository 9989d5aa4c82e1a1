/**
 * One day of inflation and its distribution (x/mint + x/distribution), run at each day boundary so that a day
 * stepped at once and its 225 epochs stepped one by one are the same world.
 *
 * - Provisions: TruncateInt(Inflation × TotalSupply / 365), the day's share of x/mint's AnnualProvisions (the
 *   chain divides by blocks per year; a day is our block). Inflation is a fixed scenario rate, not the Hub's
 *   7-20% controller.
 * - Allocation (allocation.go AllocateTokens): (1 − CommunityTax) × provisions is shared among bonded,
 *   unjailed validators by powerFraction = QuoTruncate(tokens, totalTokens); whatever is not allocated
 *   (the tax and the truncation dust) goes to the community pool.
 * - Per validator (AllocateTokensToValidator): commission = reward × rate to the operator, the rest to its
 *   delegators pro rata to their shares (what F1 pays for a period that starts and ends at this boundary).
 *
 * Rounding: the chain keeps rewards as 18-decimal DecCoins and truncates only at withdrawal, sending what is
 * left in a validator's outstanding rewards to the community pool when it is removed. Our ledger holds whole
 * 1e-9 units, so each amount is truncated now and every remainder goes straight to the community pool.
 */
import { mint, totals, type Movement } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { EPOCHS_PER_DAY } from '../../time';
import { holderName, tokensOf } from './chain';
import { decFromInt, mulInt, mulTruncate, ONE, quoInt, quoTruncate, truncateInt } from './dec';
import { DAYS_PER_YEAR } from './params';
import { COMMUNITY_POOL, commissionAccount, rewardsAccount } from './state';
import { say } from '../../messages/say';

export function distributeDay(ctx: Ctx): void {
  const { world } = ctx;
  const c = world.cosmos;
  const token = c.token;
  const supply = totals(world.ledger, token).total;
  const provisions = truncateInt(quoInt(mulInt(c.params.inflation, supply), DAYS_PER_YEAR));
  if (provisions === 0n) return;
  const day = world.epoch / EPOCHS_PER_DAY;

  const eligible = c.order.filter((id) => c.validators[id].status === 'bonded' && tokensOf(world, id) > 0n);
  const power = eligible.map((id) => tokensOf(world, id));
  const totalPower = power.reduce((a, b) => a + b, 0n);
  const distributable =
    totalPower === 0n ? 0n : truncateInt(mulTruncate(decFromInt(provisions), ONE - c.params.communityTax));

  const parent = ctx.trace.step({
    kind: 'cosmos.rewards.day',
    layer: 'chain',
    entities: eligible,
    amounts: { provisions, distributable },
    message: say('cosmos.rewards.day', {
      day,
      token: world.cosmos.token,
      provisions,
      inflation: c.params.inflation,
      supply,
      communityTax: c.params.communityTax,
      eligibleCount: eligible.length,
    }),
  });
  let allocated = 0n;
  eligible.forEach((id, i) => {
    const v = c.validators[id];
    const fraction = quoTruncate(decFromInt(power[i]), decFromInt(totalPower));
    const reward = truncateInt(mulTruncate(decFromInt(distributable), fraction));
    if (reward === 0n) return;
    const commission = truncateInt(mulTruncate(decFromInt(reward), v.commission.rate));
    const shared = reward - commission;
    const movements: Movement[] = [];
    if (commission > 0n) movements.push(mint(world.ledger, token, commissionAccount(id), commission, 'commission'));
    const delegations = c.delegations[id] ?? {};
    let paid = 0n;
    for (const holder of Object.keys(delegations)) {
      const r = (shared * delegations[holder]) / v.delegatorShares;
      if (r === 0n) continue;
      paid += r;
      movements.push(mint(world.ledger, token, rewardsAccount(id, holder), r, 'reward'));
    }
    allocated += commission + paid;
    ctx.trace.step({
      kind: 'cosmos.rewards.validator',
      layer: 'chain',
      entities: [id, v.operator],
      amounts: { reward, commission, delegators: paid },
      movements,
      parent,
      message: say('cosmos.rewards.validator', {
        validator: v.name,
        token: world.cosmos.token,
        reward,
        commission,
        rate: v.commission.rate,
        operator: holderName(world, v.operator),
        paid,
        delegatorCount: Object.keys(delegations).length,
      }),
    });
  });
  const toPool = provisions - allocated;
  const poolMove = mint(world.ledger, token, COMMUNITY_POOL, toPool, 'community-pool');
  ctx.trace.step({
    kind: 'cosmos.rewards.communityPool',
    layer: 'chain',
    entities: [],
    amounts: { amount: toPool },
    movements: [poolMove],
    parent,
    message: say('cosmos.rewards.communityPool', { token: world.cosmos.token, toPool }),
  });
}
