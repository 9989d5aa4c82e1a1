/**
 * x/staking keeper/slash.go `Slash`, step by step (cosmos/cosmos-sdk):
 * 1. slashAmount = TruncateInt(slashFactor × tokens at the infraction);
 * 2. every unbonding entry from this validator created at or after the infraction and not yet mature owes
 *    TruncateInt(slashFactor × InitialBalance) and loses that, capped at its remaining balance;
 * 3. every redelegation entry out of this validator created at or after the infraction and not yet mature owes
 *    TruncateInt(slashFactor × InitialBalance); slashFactor × SharesDst (Dec.Mul) is unbonded from the
 *    destination delegation (capped at what it holds; nothing if it is gone) and burned; since the SDK's fix
 *    for GHSA-86h5-xcpx-cfqc the holder's unbonding entries at the destination pay first, and the shares are
 *    only unbonded if something is still owed after them;
 * 4. the rest, slashAmount − the amounts OWED in 2 and 3 (owed, not burned: the SDK subtracts the uncapped
 *    amounts), is burned from validator.Tokens, capped at what it has;
 * 5. entries created before the infraction are untouched.
 * Slashed tokens are burned, not redistributed, as on the Hub.
 */
import type { Ctx } from '../../module';
import type { StepInput } from '../../trace';
import { burn } from '../../ledger/ledger';
import {
  delegationShares,
  holderName,
  poolOf,
  recordTokens,
  tokensAtStartOf,
  tokensOf,
  unbondShares,
  withdrawRewards,
} from './chain';
import { mul, mulInt, truncateInt, ZERO, type Dec } from './dec';
import { tokenValue } from './shares';
import { UNBONDING_ACCOUNT, bondedAccount } from './state';
import { say } from '../../messages/say';

export type InfractionKind = 'double signing' | 'downtime';

export interface SlashOutcome {
  /** The parent step of the whole slash in the trace. */
  stepId: number;
  power: bigint;
  slashAmount: bigint;
  /** Burned from unbonding entries and from redelegations' destinations. */
  burnedFromEntries: bigint;
  burnedFromValidator: bigint;
}

export function slash(
  ctx: Ctx,
  validator: string,
  infractionEpoch: number,
  fraction: Dec,
  kind: InfractionKind,
  parent: number | null,
): SlashOutcome {
  const { world } = ctx;
  const c = world.cosmos;
  const v = c.validators[validator];
  const power = tokensAtStartOf(world, validator, infractionEpoch);
  const slashAmount = truncateInt(mulInt(fraction, power));
  const children: StepInput[] = [];
  let remaining = slashAmount;
  let burnedFromEntries = 0n;

  for (const u of c.unbondings) {
    if (u.validator !== validator || u.state !== 'unbonding') continue;
    const who = holderName(world, u.holder);
    if (u.creationEpoch < infractionEpoch) {
      children.push({
        kind: 'cosmos.slash.untouched',
        layer: 'chain',
        entities: [u.holder, `unbonding:${u.id}`],
        amounts: { balance: u.balance },
        message: say('cosmos.slash.untouched', {
          who,
          token: world.cosmos.token,
          initialBalance: u.initialBalance,
          atEpoch: u.creationEpoch,
        }),
      });
      continue;
    }
    const owed = truncateInt(mulInt(fraction, u.initialBalance));
    remaining -= owed;
    const cut = owed < u.balance ? owed : u.balance;
    if (cut === 0n) continue;
    u.balance -= cut;
    burnedFromEntries += cut;
    children.push({
      kind: 'cosmos.slash.unbonding',
      layer: 'chain',
      entities: [u.holder, validator, `unbonding:${u.id}`],
      amounts: { slashed: cut, balance: u.balance },
      movements: [burn(world.ledger, c.token, UNBONDING_ACCOUNT, cut, 'slash')],
      message: say('cosmos.slash.unbonding', {
        who,
        token: world.cosmos.token,
        initialBalance: u.initialBalance,
        cut,
        balance: u.balance,
      }),
    });
  }

  for (const r of c.redelegations) {
    if (r.from !== validator || r.state !== 'redelegating') continue;
    const who = holderName(world, r.holder);
    const dst = c.validators[r.to];
    if (r.creationEpoch < infractionEpoch) {
      children.push({
        kind: 'cosmos.slash.untouched',
        layer: 'chain',
        entities: [r.holder, `redelegation:${r.id}`],
        amounts: {},
        message: say('cosmos.slash.untouched.redelegation', {
          who,
          token: world.cosmos.token,
          initialBalance: r.initialBalance,
          destination: dst.name,
          atEpoch: r.creationEpoch,
        }),
      });
      continue;
    }
    let owed = truncateInt(mulInt(fraction, r.initialBalance));
    remaining -= owed;
    // Stake undelegated from the destination after the infraction pays first (the SDK's fix for
    // GHSA-86h5-xcpx-cfqc, v0.47.10 / v0.50.5): its unbonding entries there lose up to what is owed.
    for (const u of c.unbondings) {
      if (u.holder !== r.holder || u.validator !== r.to || u.state !== 'unbonding') continue;
      const cut = owed < u.balance ? owed : u.balance;
      if (cut === 0n || u.creationEpoch < infractionEpoch) continue;
      owed -= cut;
      u.balance -= cut;
      burnedFromEntries += cut;
      children.push({
        kind: 'cosmos.slash.unbonding',
        layer: 'chain',
        entities: [u.holder, r.to, `unbonding:${u.id}`],
        amounts: { slashed: cut, balance: u.balance },
        movements: [burn(world.ledger, c.token, UNBONDING_ACCOUNT, cut, 'slash')],
        message: say('cosmos.slash.unbonding.moved', {
          who,
          validator: v.name,
          destination: dst.name,
          token: world.cosmos.token,
          cut,
          balance: u.balance,
        }),
      });
    }
    let shares = mul(fraction, r.sharesDst);
    const held = delegationShares(world, r.to, r.holder);
    if (shares === ZERO || owed === 0n || held === ZERO) continue;
    if (shares > held) shares = held;
    const withdrawn = withdrawRewards(world, r.holder, r.to, false);
    const tokens = unbondShares(world, r.holder, r.to, shares);
    const movements = [...withdrawn, burn(world.ledger, c.token, bondedAccount(r.to), tokens, 'slash')];
    recordTokens(world, r.to);
    burnedFromEntries += tokens;
    children.push({
      kind: 'cosmos.slash.redelegation',
      layer: 'chain',
      entities: [r.holder, validator, r.to, `redelegation:${r.id}`],
      amounts: { slashed: tokens },
      movements,
      message: say('cosmos.slash.redelegation', {
        who,
        token: world.cosmos.token,
        initialBalance: r.initialBalance,
        validator: v.name,
        destination: dst.name,
        tokens,
      }),
    });
  }

  // The delegations' values before the burn, for the sentences below.
  const pool = poolOf(world, validator);
  const holders = Object.keys(c.delegations[validator] ?? {});
  const before = holders.map((h) => tokenValue(pool, delegationShares(world, validator, h)));
  const tokensBefore = pool.tokens;
  let burnedFromValidator = remaining > 0n ? remaining : 0n;
  if (burnedFromValidator > tokensBefore) burnedFromValidator = tokensBefore;
  const validatorBurn = burn(world.ledger, c.token, bondedAccount(validator), burnedFromValidator, 'slash');
  recordTokens(world, validator);

  const stepId = ctx.trace.step({
    kind: 'cosmos.slash',
    layer: 'chain',
    entities: [validator],
    amounts: { power, slashAmount, burnedFromEntries, burnedFromValidator },
    parent,
    message: say('cosmos.slash', {
      validator: v.name,
      fraction,
      kind,
      token: world.cosmos.token,
      slashAmount,
      power,
      atEpoch: infractionEpoch,
      burnedFromValidator,
      burnedFromEntries,
    }),
  });
  for (const child of children) ctx.trace.step({ ...child, parent: stepId });
  ctx.trace.step({
    kind: 'cosmos.slash.validator',
    layer: 'chain',
    entities: [validator],
    amounts: { burned: burnedFromValidator, before: tokensBefore, after: tokensOf(world, validator) },
    movements: [validatorBurn],
    parent: stepId,
    message: say('cosmos.slash.validator', {
      token: world.cosmos.token,
      burnedFromValidator,
      validator: v.name,
      tokensBefore,
      tokensAfter: tokensOf(world, validator),
    }),
  });
  const after = poolOf(world, validator);
  holders.forEach((h, i) => {
    const now = tokenValue(after, delegationShares(world, validator, h));
    ctx.trace.step({
      kind: 'cosmos.slash.delegation',
      layer: 'chain',
      entities: [h, validator],
      amounts: { before: before[i], after: now },
      parent: stepId,
      message: say('cosmos.slash.delegation', {
        delegator: holderName(world, h),
        token: world.cosmos.token,
        before: before[i],
        validator: v.name,
        now,
      }),
    });
  });
  return { stepId, power, slashAmount, burnedFromEntries, burnedFromValidator };
}
