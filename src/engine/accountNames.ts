/**
 * Ledger accounts in words, for trace sentences: "Alice", "Lido-like pool's buffer", "Minipool 1 of Rocket-like
 * pool", "Alice's EigenPod". A holder is its name; a protocol's account is a message (system.account.*), so it is
 * translated with the sentence it sits in. Any model may use it; an account it does not know is shown as is.
 */
import { say, type EngineMessage } from './messages/say';
import type { World } from './world';
import { assetName } from './ledger/display';

/** A holder's name ("Alice" for `alice`), or the id of a holder the world does not know. */
export function holderName(world: World, id: string): string {
  return world.holders[id]?.name ?? id;
}

/** A market pool by the pair it trades, as its card names it: "stETH/ETH" (pools carry no name of their own). */
export function poolName(world: World, id: string): string {
  const asset = world.markets?.pools?.[id]?.asset;
  return asset ? `${assetName(asset)}/ETH` : id;
}

/**
 * A validator as a learner reads it: the name its scenario gives; else, for a pool's validator, the pool's name and
 * its number among the pool's validators in deposit order (ELE state.validators is append-only, so the number never
 * changes): "Validator 9" for a Lido-like pool's (short enough for a card; its edge shows the pool), "Minipool 2"
 * for a Rocket-like pool's. A solo staker's validator keeps its id, a short label the lessons use as its name ("v1"), as does an id
 * the world does not know.
 */
export function validatorName(world: World, id: string): string {
  const eth = world.ethereum;
  const v = eth?.validators?.[id];
  if (!v) return id;
  if (v.name) return v.name;
  const rocket = world.liquid?.rocket?.[v.owner];
  const lido = world.liquid?.lido?.[v.owner];
  if (!rocket && !lido) return id;
  let n = 0;
  for (const other of eth.order) {
    if (eth.validators[other]?.owner === v.owner) n += 1;
    if (other === id) break;
  }
  if (rocket) return `Minipool ${n}`;
  return `Validator ${n}`;
}

export function accountName(world: World, account: string): string | EngineMessage {
  const [kind, a, b, c] = account.split(':');
  const holder = (id: string) => holderName(world, id);
  switch (kind) {
    case 'holder':
      return holder(a);
    case 'lido': {
      const pool = world.liquid.lido?.[a]?.name ?? a;
      return b === 'operator'
        ? say('system.account.lidoOperator', { pool, operator: c })
        : say('system.account.lido', { pool, part: b });
    }
    case 'rocket': {
      const pool = world.liquid.rocket?.[a]?.name ?? a;
      if (b === 'minipool') {
        // named as its validator is ("Minipool 1"), never by its id
        const validator = world.liquid.rocket?.[a]?.minipools?.[c]?.validator;
        return say('system.account.minipool', { pool, minipool: validator ? validatorName(world, validator) : c });
      }
      if (b === 'node') return say('system.account.node', { pool, node: c });
      return say('system.account.rocket', { pool, part: b });
    }
    case 'eigen':
      if (a === 'pod') return say('system.account.pod', { holder: holder(b) });
      if (a === 'operator')
        return say('system.account.operator', { operator: world.restaking.operators?.[b]?.name ?? b });
      return account;
    default:
      return account;
  }
}
