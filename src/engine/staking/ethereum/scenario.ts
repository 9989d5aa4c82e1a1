/**
 * The scenario section that sets up the Ethereum-like chain: the rest of the network as one aggregate
 * (`backgroundStake`, always online), optionally stake of that background already slashed in the current
 * slashings window (`backgroundSlashed`, for correlated-fault lessons), the tracked validators and whether the
 * chain is finalizing.
 *
 *   "ethereum": { "backgroundStake": "34000000", "validators": [
 *     { "id": "v1", "owner": "alice", "balance": "32" },
 *     { "id": "v2", "owner": "bob", "balance": "64", "compounding": true, "online": false } ] }
 */
import * as v from 'valibot';
import { EngineError } from '../../errors';
import { endow } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { Amount, Id } from '../../scenario/primitives';
import { ETH, holderAccount } from '../../world';
import { DEFAULT_BACKGROUND_STAKE_ETH, MIN_ACTIVATION_BALANCE, MIN_DEPOSIT_AMOUNT } from './constants';
import { activateAtOnce, newValidatorRecord } from './deposits';
import { initialEffectiveBalance } from './effectiveBalance';
import { validatorAccount } from './state';
import { stepValidator } from './validatorMachine';
import { say } from '../../messages/say';
import { validatorName } from '../../accountNames';

export const GenesisValidatorSchema = v.pipe(
  v.strictObject({
    id: Id,
    /** What its card shows (default: the id). Optional, so files written before it still load. */
    name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
    /** The holder who owns it; its balance is paid to this holder when withdrawn. */
    owner: Id,
    /** The node operator running it (defaults to the owner: a solo staker). */
    operator: v.optional(Id),
    /** Its balance at the start, in ETH (funded directly, not taken from the owner). */
    balance: Amount,
    /** 0x02 compounding credentials (max effective balance 2048 ETH instead of 32). */
    compounding: v.optional(v.boolean(), false),
    online: v.optional(v.boolean(), true),
    /** 'active' (default): already validating; 'pending': in the registry, waiting for activation. */
    status: v.optional(v.picklist(['active', 'pending'], 'must be "active" or "pending"'), 'active'),
  }),
  v.forward(
    v.check(
      (x) => x.status === 'pending' || x.balance >= MIN_ACTIVATION_BALANCE,
      'an active validator needs a balance of at least 32 ETH (use status "pending" for one waiting for a top-up)',
    ),
    ['balance'],
  ),
  v.forward(
    v.check((x) => x.balance >= MIN_DEPOSIT_AMOUNT, 'must be at least 1 ETH (the smallest deposit)'),
    ['balance'],
  ),
);

export const ethereumSectionSchema = v.pipe(
  v.strictObject({
    /** The rest of the network's active stake in ETH: always online, never tracked one by one. */
    backgroundStake: v.optional(
      v.pipe(
        Amount,
        v.check((x) => x >= MIN_ACTIVATION_BALANCE, 'must be at least 32 ETH'),
      ),
      DEFAULT_BACKGROUND_STAKE_ETH,
    ),
    /** Background stake slashed at epoch 0, counted in every correlation penalty of the next 8192 epochs. */
    backgroundSlashed: v.optional(Amount),
    validators: v.optional(v.array(GenesisValidatorSchema), []),
    /** 'stalled': finality has stopped at epoch 0 (the inactivity leak starts 4 epochs later). */
    finality: v.optional(v.picklist(['ok', 'stalled'], 'must be "ok" or "stalled"'), 'ok'),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.validators.forEach((val, i) => {
      if (seen.has(val.id)) {
        addIssue({
          message: `validator id "${val.id}" is used twice; every validator needs its own id`,
          path: [
            {
              type: 'object',
              origin: 'value',
              input: dataset.value,
              key: 'validators',
              value: dataset.value.validators,
            },
            { type: 'array', origin: 'value', input: dataset.value.validators, key: i, value: val },
            { type: 'object', origin: 'value', input: val, key: 'id', value: val.id },
          ],
        });
      }
      seen.add(val.id);
    });
  }),
);
export type EthereumSection = v.InferOutput<typeof ethereumSectionSchema>;

export function initEthereum(ctx: Ctx, section: EthereumSection): void {
  const { world } = ctx;
  const state = world.ethereum;
  state.backgroundStake = section.backgroundStake;
  if (section.backgroundSlashed) state.slashings[0] = section.backgroundSlashed;
  if (section.finality === 'stalled') state.finalityStalledSince = 0;
  section.validators.forEach((g, i) => {
    if (!world.holders[g.owner]) {
      throw new EngineError(
        `$.ethereum.validators[${i}].owner: there is no holder "${g.owner}"; add it to "holders" or fix the id`,
      );
    }
    if (state.validators[g.id]) {
      throw new EngineError(`$.ethereum.validators[${i}].id: validator id "${g.id}" is already used`);
    }
    const val = newValidatorRecord({
      id: g.id,
      fromAccount: '',
      amount: g.balance,
      withdrawalAccount: holderAccount(g.owner),
      owner: g.owner,
      operator: g.operator ?? g.owner,
      compounding: g.compounding,
      online: g.online,
    });
    // only when given: a world built from a file without names stays byte-identical
    if (g.name) val.name = g.name;
    const m = endow(world.ledger, ETH, validatorAccount(g.id), g.balance);
    if (g.status === 'active') {
      activateAtOnce(val, g.balance, 0);
    } else {
      stepValidator(val, { type: 'DEPOSIT_PROCESSED' });
      val.effectiveBalance = initialEffectiveBalance(g.balance, val.compounding);
    }
    state.validators[g.id] = val;
    state.order.push(g.id);
    const owner = world.holders[g.owner].name;
    ctx.trace.step({
      kind: 'genesis.validator',
      layer: 'chain',
      entities: [g.id, g.owner],
      amounts: { balance: g.balance, effectiveBalance: val.effectiveBalance },
      movements: [m],
      message: say('ethereum.genesis.validator', {
        status: g.status,
        id: validatorName(world, g.id),
        owner,
        balance: g.balance,
        effectiveBalance: val.effectiveBalance,
        online: g.online,
      }),
    });
  });
  if (section.finality === 'stalled') {
    ctx.trace.step({
      kind: 'genesis.finality',
      layer: 'chain',
      entities: [],
      amounts: {},
      message: say('ethereum.genesis.finality'),
    });
  }
}
