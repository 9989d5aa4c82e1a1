/**
 * Ledger accounts in words, for trace sentences: "Alice", "Lido-like pool's buffer", "Minipool 1 of Rocket-like
 * pool", "Alice's EigenPod". A holder is its name; a protocol's account is a message (system.account.*), so it is
 * translated with the sentence it sits in. Any model may use it; an account it does not know is shown as is.
 */
import { say, type EngineMessage } from './messages/say';
import type { World } from './world';
import { assetName } from './ledger/display';
import { own } from './records';

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

/**
 * A pool's node operator as a learner reads it: a Lido-like pool's operator by the name its scenario gives (else
 * its id), a Rocket-like pool's node by the name of the holder who runs it ("Nina"; else its id).
 */
export function poolOperatorName(world: World, pool: string, operator: string): string {
  const lido = world.liquid?.lido?.[pool];
  if (lido) return own(lido.operatorNames ?? {}, operator) ?? operator;
  const holder = world.liquid?.rocket?.[pool]?.nodes?.[operator]?.holder;
  return holder ? holderName(world, holder) : operator;
}

/**
 * Any operator by its name: a restaking operator's, else a pool's node operator's (a validator's `operator` may be
 * either), else the id as is.
 */
export function operatorName(world: World, id: string): string {
  const op = world.restaking?.operators?.[id];
  if (op) return op.name;
  for (const pool of [...Object.keys(world.liquid?.lido ?? {}), ...Object.keys(world.liquid?.rocket ?? {})]) {
    const name = poolOperatorName(world, pool, id);
    if (name !== id) return name;
  }
  return id;
}

/** Who runs a validator, by name: a pool's node operator, a restaking operator; null for a solo staker's own. */
export function validatorOperatorName(world: World, id: string): string | null {
  const v = world.ethereum?.validators?.[id];
  if (!v || !v.operator || v.operator === v.owner) return null;
  return world.liquid?.lido?.[v.owner] || world.liquid?.rocket?.[v.owner]
    ? poolOperatorName(world, v.owner, v.operator)
    : operatorName(world, v.operator);
}

/**
 * A Rocket-like pool's minipool named as its validator is ("Minipool 2"). Before its validator exists (the
 * sentence that opens it is said first) it is the pool's next one, numbered as validatorName will number it.
 */
export function minipoolName(world: World, pool: string, minipool: string): string {
  const validator = world.liquid?.rocket?.[pool]?.minipools?.[minipool]?.validator ?? `${pool}.${minipool}`;
  if (world.ethereum?.validators?.[validator]) return validatorName(world, validator);
  if (!world.liquid?.rocket?.[pool]) return minipool;
  const eth = world.ethereum;
  const before = (eth?.order ?? []).filter((id) => eth.validators[id]?.owner === pool).length;
  return `Minipool ${before + 1}`;
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
        ? say('system.account.lidoOperator', { pool, operator: poolOperatorName(world, a, c) })
        : say('system.account.lido', { pool, part: b });
    }
    case 'rocket': {
      const pool = world.liquid.rocket?.[a]?.name ?? a;
      // named as its validator is ("Minipool 1"), never by its id
      if (b === 'minipool') return say('system.account.minipool', { pool, minipool: minipoolName(world, a, c) });
      if (b === 'node') return say('system.account.node', { pool, node: poolOperatorName(world, a, c) });
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
