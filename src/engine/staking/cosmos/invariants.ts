/** The Cosmos slice's own invariants, checked after every event (x/staking's invariants, in spirit). */
import { EngineError } from '../../errors';
import { balanceOf } from '../../ledger/ledger';
import type { World } from '../../world';
import { poolOf } from './chain';
import { ZERO } from './dec';
import { tokenValue } from './shares';
import { UNBONDING_ACCOUNT } from './state';

export function checkCosmos(world: World): void {
  const c = world.cosmos;
  for (const id of c.order) {
    const v = c.validators[id];
    const pool = poolOf(world, id);
    let shares = ZERO;
    let value = 0n;
    for (const [holder, s] of Object.entries(c.delegations[id] ?? {})) {
      if (s <= ZERO)
        throw new EngineError(`cosmos: ${holder}'s delegation to ${id} has ${s} shares (must be positive)`);
      shares += s;
      value += tokenValue(pool, s);
    }
    if (shares !== v.delegatorShares) {
      throw new EngineError(
        `cosmos: validator ${id} has delegatorShares ${v.delegatorShares} but its delegations add up to ${shares}`,
      );
    }
    if (value > pool.tokens)
      throw new EngineError(`cosmos: delegations to ${id} are worth ${value}, more than its ${pool.tokens} tokens`);
    if (pool.tokens > 0n && v.delegatorShares === ZERO)
      throw new EngineError(`cosmos: validator ${id} has tokens but no shares`);
    if ((v.status === 'jailed') !== (v.jailedUntil !== null))
      throw new EngineError(`cosmos: validator ${id} is ${v.status} with jailedUntil ${v.jailedUntil}`);
  }
  let unbonding = 0n;
  for (const u of c.unbondings) {
    if (u.balance < 0n || u.balance > u.initialBalance)
      throw new EngineError(`cosmos: unbonding entry ${u.id} has balance ${u.balance} of ${u.initialBalance}`);
    if (u.state !== 'completed') unbonding += u.balance;
  }
  const held = balanceOf(world.ledger, c.token, UNBONDING_ACCOUNT);
  if (held !== unbonding)
    throw new EngineError(`cosmos: unbonding entries hold ${unbonding} but ${UNBONDING_ACCOUNT} has ${held}`);
}
