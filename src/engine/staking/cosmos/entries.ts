/**
 * What happens to unbonding and redelegation entries when time reaches their completion (x/staking EndBlocker:
 * DequeueAllMatureUBDQueue / DequeueAllMatureRedelegationQueue): an unbonding entry matures and completes at
 * once, paying its remaining balance to the holder; a redelegation matures, ending its slashing exposure.
 */
import { transfer } from '../../ledger/ledger';
import type { Ctx } from '../../module';
import { holderAccount, type World } from '../../world';
import { holderName } from './chain';
import { EngineError } from '../../errors';
import { stepMachine } from '../../machines/step';
import { redelegationMachine, redelegationSnapshot } from './redelegationMachine';
import { UNBONDING_ACCOUNT, type RedelegationState, type UnbondingState } from './state';
import { unbondingMachine, unbondingSnapshot } from './unbondingMachine';
import { say } from '../../messages/say';

/** The earliest completion epoch after now among entries still running, or null. */
export function nextCompletion(world: World): number | null {
  let next: number | null = null;
  for (const u of world.cosmos.unbondings) {
    if (u.state === 'unbonding' && u.completionEpoch > world.epoch && (next === null || u.completionEpoch < next))
      next = u.completionEpoch;
  }
  for (const r of world.cosmos.redelegations) {
    if (r.state === 'redelegating' && r.completionEpoch > world.epoch && (next === null || r.completionEpoch < next))
      next = r.completionEpoch;
  }
  return next;
}

export function completeMatureEntries(ctx: Ctx): void {
  const { world } = ctx;
  const c = world.cosmos;
  const tick = { type: 'tick', epoch: world.epoch } as const;
  for (const u of c.unbondings) {
    if (u.state !== 'unbonding') continue; // only a running entry listens to the clock
    const matured = stepMachine(unbondingMachine, unbondingSnapshot(u), tick);
    if (!matured) continue;
    // Completed in the same EndBlock: a matured entry always accepts COMPLETE.
    const completed = stepMachine(unbondingMachine, matured, { type: 'COMPLETE' });
    if (!completed) throw new EngineError(`unbonding entry ${u.id}: a matured entry refused COMPLETE`);
    u.state = completed.value as UnbondingState;
    const movements =
      u.balance > 0n
        ? [transfer(world.ledger, c.token, UNBONDING_ACCOUNT, holderAccount(u.holder), u.balance, 'withdrawal')]
        : [];
    const slashed = u.initialBalance - u.balance;
    ctx.trace.step({
      kind: 'cosmos.unbonding.complete',
      layer: 'chain',
      entities: [u.holder, u.validator, `unbonding:${u.id}`],
      amounts: { amount: u.balance, slashed },
      movements,
      message: say('cosmos.unbonding.complete', {
        holder: holderName(world, u.holder),
        validator: c.validators[u.validator].name,
        unbondingDays: c.params.unbondingDays,
        token: world.cosmos.token,
        balance: u.balance,
        slashed,
        initialBalance: u.initialBalance,
      }),
    });
  }
  for (const r of c.redelegations) {
    if (r.state !== 'redelegating') continue;
    const matured = stepMachine(redelegationMachine, redelegationSnapshot(r), tick);
    if (!matured) continue;
    r.state = matured.value as RedelegationState;
    ctx.trace.step({
      kind: 'cosmos.redelegation.mature',
      layer: 'chain',
      entities: [r.holder, r.from, r.to, `redelegation:${r.id}`],
      amounts: { amount: r.initialBalance },
      message: say('cosmos.redelegation.mature', {
        holder: holderName(world, r.holder),
        token: world.cosmos.token,
        initialBalance: r.initialBalance,
        from: c.validators[r.from].name,
        to: c.validators[r.to].name,
      }),
    });
  }
}
