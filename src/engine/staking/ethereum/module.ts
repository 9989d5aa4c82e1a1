/** The Ethereum-like chain as an EngineModule: its events, its share of the passage of time, its invariants. */
import { EngineError, RefusedEvent } from '../../errors';
import type { SimEvent } from '../../events';
import { balanceOf } from '../../ledger/ledger';
import type { Ctx, EngineModule } from '../../module';
import { ETH, holderAccount, type World } from '../../world';
import { DEPOSIT_QUEUE_ACCOUNT } from './constants';
import { depositValidator } from './deposits';
import { advanceChain } from './epoch';
import type { EthDeposit, EthFinality, EthSetOnline } from './events';
import { requestExit } from './exits';
import { isActive } from './network';
import { correlationEpoch, slashValidatorsWith } from './slashing';
import { say } from '../../messages/say';
import { initEthereum } from './scenario';
import { validatorName } from '../../accountNames';

function apply(ctx: Ctx, event: SimEvent): boolean {
  switch (event.type) {
    case 'EthDeposit':
      onDeposit(ctx, event);
      return true;
    case 'EthExit':
      requestExit(ctx, event.validator);
      return true;
    case 'EthSetOnline':
      onSetOnline(ctx, event);
      return true;
    case 'EthFinality':
      onFinality(ctx, event);
      return true;
    case 'EthSlash':
      slashValidatorsWith(ctx, event.validators, null, event.whistleblower);
      return true;
    default:
      return false;
  }
}

function onDeposit(ctx: Ctx, e: EthDeposit): void {
  const { world } = ctx;
  if (!world.holders[e.holder]) throw new RefusedEvent(say('ethereum.refused.noHolder', { holder: e.holder }));
  const existing = world.ethereum.validators[e.validator];
  if (existing && e.compounding !== undefined && e.compounding !== existing.compounding) {
    throw new RefusedEvent(
      say('ethereum.refused.topUpCredentials', { validator: e.validator, compounding: existing.compounding }),
    );
  }
  depositValidator(ctx, {
    id: e.validator,
    fromAccount: holderAccount(e.holder),
    amount: e.amount,
    withdrawalAccount: existing?.withdrawalAccount ?? holderAccount(e.holder),
    owner: existing?.owner ?? e.holder,
    operator: existing?.operator ?? e.holder,
    compounding: e.compounding ?? false,
  });
}

function onSetOnline(ctx: Ctx, e: EthSetOnline): void {
  const state = ctx.world.ethereum;
  for (const id of e.validators) {
    if (!state.validators[id]) throw new RefusedEvent(say('ethereum.refused.noValidator', { id }));
  }
  for (const id of e.validators) state.validators[id].online = e.online;
  ctx.trace.step({
    kind: 'eth.online',
    layer: 'chain',
    entities: [...e.validators],
    amounts: {},
    message: say('ethereum.online', {
      online: e.online,
      validators: e.validators.map((id) => validatorName(ctx.world, id)),
    }),
  });
}

function onFinality(ctx: Ctx, e: EthFinality): void {
  const state = ctx.world.ethereum;
  const stalled = state.finalityStalledSince !== null;
  if (stalled === e.stalled) {
    throw new RefusedEvent(say('ethereum.refused.finalityUnchanged', { stalled: e.stalled }));
  }
  state.finalityStalledSince = e.stalled ? ctx.world.epoch : null;
  ctx.trace.step({
    kind: 'eth.finality',
    layer: 'chain',
    entities: [],
    amounts: {},
    message: say('ethereum.finality', { stalled: e.stalled, leakEpoch: ctx.world.epoch + 4 }),
  });
}

/** The next epoch at which a tracked validator changes state or pays its correlation penalty. */
function nextBoundary(world: World): number | null {
  const now = world.epoch;
  let next = Infinity;
  const consider = (t: number | null) => {
    if (t !== null && t > now && t < next) next = t;
  };
  for (const id of world.ethereum.order) {
    const v = world.ethereum.validators[id];
    if (v.status === 'withdrawn') continue;
    consider(v.activationEpoch);
    consider(v.exitEpoch);
    consider(v.withdrawableEpoch);
    const c = correlationEpoch(v);
    // The penalty is charged by the processing of epoch c, so the world shows it from epoch c + 1.
    if (c !== null) consider(c + 1);
  }
  return next === Infinity ? null : next;
}

function check(world: World): void {
  const state = world.ethereum;
  const now = world.epoch;
  let queued = 0n;
  for (const d of state.pendingDeposits) queued += d.amount;
  const held = balanceOf(world.ledger, ETH, DEPOSIT_QUEUE_ACCOUNT);
  if (held !== queued) throw new EngineError(`deposit queue holds ${held} gwei but its deposits add up to ${queued}`);
  for (const id of state.order) {
    const v = state.validators[id];
    const active = isActive(v, now);
    const ok =
      v.status === 'deposited'
        ? v.activationEpoch === null
        : v.status === 'pending'
          ? !active && v.exitEpoch === null
          : v.status === 'active'
            ? active && v.exitEpoch === null
            : v.status === 'exiting'
              ? active && v.exitEpoch !== null
              : v.status === 'exited'
                ? !active && v.exitEpoch !== null && now < (v.withdrawableEpoch as number)
                : v.status === 'withdrawn'
                  ? v.withdrawableEpoch !== null && now >= v.withdrawableEpoch
                  : false;
    if (!ok) throw new EngineError(`validator ${id} is "${v.status}" at epoch ${now}, which its epochs contradict`);
    if (v.slashed !== (v.slashedEpoch !== null))
      throw new EngineError(`validator ${id}: slashed flag and slashed epoch disagree`);
  }
}

export const ethereumModule: EngineModule = {
  name: 'ethereum',
  init(ctx, scenario) {
    // the section was checked by the scenario schema (scenario/schema.ts) before any fold
    if (scenario.ethereum) initEthereum(ctx, scenario.ethereum as Parameters<typeof initEthereum>[1]);
  },
  apply,
  nextBoundary,
  advance: advanceChain,
  check,
};
