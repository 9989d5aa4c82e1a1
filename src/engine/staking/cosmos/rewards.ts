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
import { fmt, holderName, tokensOf } from './chain';
import { decFromInt, formatPercent, mulInt, mulTruncate, ONE, quoInt, quoTruncate, truncateInt } from './dec';
import { DAYS_PER_YEAR } from './params';
import { COMMUNITY_POOL, commissionAccount, rewardsAccount } from './state';

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
  const distributable = totalPower === 0n ? 0n : truncateInt(mulTruncate(decFromInt(provisions), ONE - c.params.communityTax));

  const parent = ctx.trace.step({
    kind: 'cosmos.rewards.day',
    layer: 'chain',
    entities: eligible,
    amounts: { provisions, distributable },
    text: `Day ${day} on the Cosmos chain: it mints ${fmt(world, provisions)} of new stake (${formatPercent(c.params.inflation)}% a year on the ${fmt(world, supply)} supply, one 365th); ${formatPercent(c.params.communityTax)}% goes to the community pool and the rest to the ${eligible.length} bonded validator${eligible.length === 1 ? '' : 's'} by stake.`,
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
      text: `${v.name} earns ${fmt(world, reward)} today: ${fmt(world, commission)} commission (${formatPercent(v.commission.rate)}%) for its operator ${holderName(world, v.operator)}, and ${fmt(world, paid)} shared by its ${Object.keys(delegations).length} delegator${Object.keys(delegations).length === 1 ? '' : 's'} in proportion to their shares.`,
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
    text: `${fmt(world, toPool)} goes to the community pool: the community tax plus every rounding remainder of the split.`,
  });
}
