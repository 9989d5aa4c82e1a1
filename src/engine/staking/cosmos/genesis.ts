/** The Cosmos chain at genesis (the model's `init`, cosmos/module.ts): validators and delegations from the scenario's section. */
import { EngineError } from '../../errors';
import { balanceOf, type Movement } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { holderAccount } from '../../world';
import { bond, fmt, holderName, tokensOf } from './chain';
import { decFromFraction } from './dec';
import { makeParams } from './params';
import type { CosmosValidator } from './state';
import { say } from '../../messages/say';
import type { CosmosSection } from './scenario';

const ONE_FRACTION: [bigint, bigint] = [1n, 1n];

/** Genesis: creates validators (self-bond first) and delegations, taking the tokens from the holders. */
export function initCosmos(ctx: Ctx, section: CosmosSection): void {
  const { world } = ctx;
  const c = world.cosmos;
  c.token = section.token;
  c.params = makeParams({ ...section.params, inflation: section.inflation, communityTax: section.communityTax });
  const take = (path: string, holder: string, validator: string, amount: bigint): Movement => {
    if (!world.holders[holder])
      throw new EngineError(`$.cosmos.${path}: there is no holder "${holder}"; add them to holders`);
    const have = balanceOf(world.ledger, c.token, holderAccount(holder));
    if (have < amount) {
      throw new EngineError(
        `$.cosmos.${path}: holder "${holder}" has only ${fmt(world, have)} but must bond ${fmt(world, amount)}; raise their ${c.token} balance in holders`,
      );
    }
    return bond(world, holder, validator, amount, holderAccount(holder), 'delegate').movement;
  };
  section.validators.forEach((spec, i) => {
    const validator: CosmosValidator = {
      id: spec.id,
      name: spec.name ?? spec.id,
      operator: spec.operator,
      status: 'bonded',
      delegatorShares: 0n,
      commission: {
        rate: decFromFraction(spec.commission),
        maxRate: decFromFraction(spec.maxCommission ?? ONE_FRACTION),
        maxChangeRate: decFromFraction(spec.maxChangeRate),
        updateEpoch: world.epoch,
      },
      jailedUntil: null,
      tokensHistory: [],
    };
    c.validators[spec.id] = validator;
    c.order.push(spec.id);
    c.delegations[spec.id] = {};
    const movement = take(`validators[${i}].operator`, spec.operator, spec.id, spec.selfBond);
    const com = validator.commission;
    ctx.trace.step({
      kind: 'genesis.cosmos.validator',
      layer: 'chain',
      entities: [spec.id, spec.operator],
      amounts: { selfBond: spec.selfBond },
      movements: [movement],
      message: say('cosmos.genesis.validator', {
        validator: validator.name,
        operator: holderName(world, spec.operator),
        token: world.cosmos.token,
        selfBond: spec.selfBond,
        rate: com.rate,
        maxRate: com.maxRate,
        maxChangeRate: com.maxChangeRate,
      }),
    });
  });
  section.delegations.forEach((d, i) => {
    const movement = take(`delegations[${i}].holder`, d.holder, d.validator, d.amount);
    ctx.trace.step({
      kind: 'genesis.cosmos.delegation',
      layer: 'chain',
      entities: [d.holder, d.validator],
      amounts: { amount: d.amount },
      movements: [movement],
      message: say('cosmos.genesis.delegation', {
        holder: holderName(world, d.holder),
        token: world.cosmos.token,
        amount: d.amount,
        validator: c.validators[d.validator].name,
      }),
    });
  });
  // Genesis stake is what every validator had "before epoch 0": an infraction at epoch 0 sees it.
  for (const id of c.order) c.validators[id].tokensHistory = [{ epoch: -1, tokens: tokensOf(world, id) }];
}
