/**
 * The scenario section that sets up the Cosmos-like chain: its token and parameters (Hub defaults), its
 * validators (operator, self-bond, commission) and the genesis delegations. Holders' tokens come from the
 * holders section (balances {"ATOM": "1000"}); the self-bonds and delegations are taken from them at genesis.
 */
import * as v from 'valibot';
import { EngineError } from '../../errors';
import { balanceOf, type Movement } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { Fraction, Id, PositiveAmount, notReserved } from '../../scenario/primitives';
import { holderAccount } from '../../world';
import { bond, fmt, holderName, tokensOf } from './chain';
import { decFromFraction } from './dec';
import {
  DEFAULT_COMMUNITY_TAX,
  DEFAULT_INFLATION,
  HUB_SLASH_FRACTION_DOUBLE_SIGN,
  HUB_SLASH_FRACTION_DOWNTIME,
  makeParams,
} from './params';
import type { CosmosValidator } from './state';
import { say } from '../../messages/say';

const le = (a: readonly [bigint, bigint], b: readonly [bigint, bigint]): boolean => a[0] * b[1] <= b[0] * a[1];
const ONE_FRACTION: [bigint, bigint] = [1n, 1n];

const TokenSymbol = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,31}$/, 'must be an asset symbol like "ATOM"'),
  notReserved,
);

export const CosmosValidatorSchema = v.pipe(
  v.strictObject({
    id: Id,
    name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
    /** The holder who runs the validator: the self-bond comes from them and the commission goes to them. */
    operator: Id,
    selfBond: PositiveAmount,
    commission: Fraction,
    /** MaxRate, fixed at creation; default 1 (no cap beyond 100%). */
    maxCommission: v.optional(Fraction),
    /** MaxChangeRate per day, fixed at creation; default 0.01 (one percentage point, the usual CLI value). */
    maxChangeRate: v.optional(Fraction, '0.01'),
  }),
  v.forward(
    v.check((x) => le(x.commission, x.maxCommission ?? ONE_FRACTION), 'commission must not exceed maxCommission'),
    ['commission'],
  ),
  v.forward(
    v.check(
      (x) => le(x.maxChangeRate, x.maxCommission ?? ONE_FRACTION),
      'maxChangeRate must not exceed maxCommission (x/staking ErrCommissionChangeRateGTMaxRate)',
    ),
    ['maxChangeRate'],
  ),
);

export const CosmosDelegationSchema = v.strictObject({
  holder: Id,
  validator: Id,
  amount: PositiveAmount,
});

export const CosmosParamsSchema = v.strictObject({
  /** UnbondingTime in days (Hub: 21). */
  unbondingDays: v.optional(
    v.pipe(v.number(), v.integer('must be a whole number of days'), v.minValue(1), v.maxValue(365)),
  ),
  slashFractionDoubleSign: v.optional(Fraction, HUB_SLASH_FRACTION_DOUBLE_SIGN),
  slashFractionDowntime: v.optional(Fraction, HUB_SLASH_FRACTION_DOWNTIME),
  /** DowntimeJailDuration in seconds (Hub: 600). */
  downtimeJailSeconds: v.optional(
    v.pipe(v.number(), v.integer('must be a whole number of seconds'), v.minValue(0), v.maxValue(31_536_000)),
  ),
  /** MaxEntries per delegator/validator pair (Hub: 7). */
  maxEntries: v.optional(v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(1), v.maxValue(100))),
});

export const cosmosSectionSchema = v.pipe(
  v.strictObject({
    token: v.optional(TokenSymbol, 'ATOM'),
    /** Annual inflation on the total supply, fixed (the Hub's floats between 7% and 20%). */
    inflation: v.optional(Fraction, DEFAULT_INFLATION),
    communityTax: v.optional(Fraction, DEFAULT_COMMUNITY_TAX),
    params: v.optional(CosmosParamsSchema, {}),
    validators: v.pipe(v.array(CosmosValidatorSchema), v.minLength(1, 'needs at least one validator')),
    delegations: v.optional(v.array(CosmosDelegationSchema), []),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const section = dataset.value;
    const ids = new Set<string>();
    section.validators.forEach((val, i) => {
      if (ids.has(val.id)) {
        addIssue({
          message: `validator id "${val.id}" is used twice`,
          path: [
            { type: 'object', origin: 'value', input: section, key: 'validators', value: section.validators },
            { type: 'array', origin: 'value', input: section.validators, key: i, value: val },
            { type: 'object', origin: 'value', input: val, key: 'id', value: val.id },
          ],
        });
      }
      ids.add(val.id);
    });
    section.delegations.forEach((d, i) => {
      if (!ids.has(d.validator)) {
        addIssue({
          message: `there is no validator "${d.validator}" in cosmos.validators (validators: ${[...ids].join(', ')})`,
          path: [
            { type: 'object', origin: 'value', input: section, key: 'delegations', value: section.delegations },
            { type: 'array', origin: 'value', input: section.delegations, key: i, value: d },
            { type: 'object', origin: 'value', input: d, key: 'validator', value: d.validator },
          ],
        });
      }
    });
  }),
);
export type CosmosSection = v.InferOutput<typeof cosmosSectionSchema>;

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
