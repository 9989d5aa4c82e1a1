/**
 * The scenario section that sets up the Cosmos-like chain: its token and parameters (Hub defaults), its
 * validators (operator, self-bond, commission) and the genesis delegations. Holders' tokens come from the
 * holders section (balances {"ATOM": "1000"}); the self-bonds and delegations are taken from them at genesis.
 */
import * as v from 'valibot';
import { Fraction, Id, PositiveAmount, notReserved } from '../../scenario/primitives';
import {
  DEFAULT_COMMUNITY_TAX,
  DEFAULT_INFLATION,
  HUB_SLASH_FRACTION_DOUBLE_SIGN,
  HUB_SLASH_FRACTION_DOWNTIME,
} from './params';

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
