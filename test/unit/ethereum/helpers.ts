/** Shared builders for the Ethereum model's tests. */
import * as v from 'valibot';
import { ScenarioSchema, type Scenario } from '../../../src/engine/scenario/schema';
import { SimEventSchema, type SimEvent } from '../../../src/engine/events';
import { balanceOf } from '../../../src/engine/ledger/ledger';
import type { World } from '../../../src/engine/world';
import { validatorAccount } from '../../../src/engine/staking/ethereum/state';

export function scenario(
  ethereum: unknown,
  holders: unknown[] = [
    { id: 'alice', name: 'Alice', balances: { ETH: '1000' } },
    { id: 'bob', name: 'Bob' },
  ],
): Scenario {
  return v.parse(ScenarioSchema, {
    format: 'restaking-lab/scenario',
    version: 1,
    name: 'ethereum test',
    holders,
    ethereum,
  });
}

export function events(list: unknown[]): SimEvent[] {
  return list.map((e) => v.parse(SimEventSchema, e));
}

export const bal = (w: World, id: string): bigint => balanceOf(w.ledger, 'ETH', validatorAccount(id));
export const acct = (w: World, account: string): bigint => balanceOf(w.ledger, 'ETH', account);
