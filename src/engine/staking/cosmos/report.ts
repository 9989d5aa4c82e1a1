/**
 * A plain, JSON-ready summary of the Cosmos slice for reports and panels (the CLI and the UI may call it):
 * every validator's state, tokens, shares, tokens per share and commission; every delegation's value; every
 * unbonding and redelegation entry. Amounts are integer strings in 1e-9 units; Decs are decimal strings.
 */
import { formatEth } from '../../ledger/amount';
import type { World } from '../../world';
import { poolOf } from './chain';
import { decFromInt, formatDec, quo, ZERO } from './dec';
import { tokenValue } from './shares';

export function cosmosReport(world: World) {
  const c = world.cosmos;
  return {
    token: c.token,
    validators: c.order.map((id) => {
      const v = c.validators[id];
      const pool = poolOf(world, id);
      return {
        id,
        name: v.name,
        operator: v.operator,
        state: v.status,
        jailedUntil: v.jailedUntil,
        tokens: pool.tokens.toString(),
        delegatorShares: formatDec(v.delegatorShares),
        // shares count in 1e-9 units like tokens, so tokens/share is dimensionless
        tokensPerShare: pool.shares === ZERO ? null : formatDec(quo(decFromInt(pool.tokens), pool.shares)),
        commission: {
          rate: formatDec(v.commission.rate),
          maxRate: formatDec(v.commission.maxRate),
          maxChangeRate: formatDec(v.commission.maxChangeRate),
        },
        delegations: Object.entries(c.delegations[id] ?? {}).map(([holder, shares]) => ({
          holder,
          shares: formatDec(shares),
          value: tokenValue(pool, shares).toString(),
          valueText: `${formatEth(tokenValue(pool, shares))} ${c.token}`,
        })),
      };
    }),
    unbondings: c.unbondings.map((u) => ({
      ...u,
      initialBalance: u.initialBalance.toString(),
      balance: u.balance.toString(),
    })),
    redelegations: c.redelegations.map((r) => ({
      ...r,
      initialBalance: r.initialBalance.toString(),
      sharesDst: formatDec(r.sharesDst),
    })),
  };
}
