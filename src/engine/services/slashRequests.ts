/**
 * Slashing through an AVS's veto window: a request waits `vetoWindow` epochs, during which the AVS's veto
 * committee may veto it (VetoSlash); otherwise it executes when the window ends. AVSs without a window slash at
 * once (ELIP-002 has no protocol-level veto; vetoes live in the AVS).
 */
import type { Ctx } from '../module';
import { RefusedEvent } from '../errors';
import { executeSlash, type SlashSpec } from '../restaking/slashing';
import { getAvs, getOperator, getOperatorSet } from '../restaking/lookup';
import { stepMachine } from '../machines/step';
import { openSlashRequest, slashRequestMachine, slashRequestSnapshot } from './slashRequestMachine';
import type { SlashRequest } from './avs';
import { say } from '../messages/say';

/** Requests a slash (or executes it at once when the AVS has no veto window, or `immediate`); returns the step id. */
export function requestSlash(ctx: Ctx, spec: SlashSpec, parent: number | null = null, immediate = false): number {
  const { world } = ctx;
  const avs = getAvs(world, spec.avs);
  getOperatorSet(world, spec.avs, spec.set);
  const op = getOperator(world, spec.operator);
  if (immediate || avs.vetoWindow === null || avs.vetoWindow === 0) return executeSlash(ctx, spec, parent);
  const id = `slash${world.restaking.nextSlashRequest++}`;
  const req: SlashRequest = {
    id,
    avs: spec.avs,
    set: spec.set,
    operator: spec.operator,
    wad: spec.wad,
    description: spec.reason ?? '',
    requestedEpoch: world.epoch,
    ...openSlashRequest(world.epoch, avs.vetoWindow),
  };
  world.restaking.slashRequests[id] = req;
  return ctx.trace.step({
    kind: 'service.slash.requested',
    layer: 'service',
    entities: [spec.avs, spec.operator, id],
    amounts: { wad: spec.wad },
    parent,
    message: say('services.slash.requested', {
      avs: avs.name,
      operator: op.name,
      wad: spec.wad,
      reason: spec.reason,
      id,
      executeEpoch: req.executeEpoch,
      vetoWindow: avs.vetoWindow,
    }),
  });
}

export function vetoSlash(ctx: Ctx, requestId: string): number {
  const req = ctx.world.restaking.slashRequests[requestId];
  if (!req) throw new RefusedEvent(say('services.refused.slashRequest', { requestId }));
  const next = stepMachine(slashRequestMachine, slashRequestSnapshot(req), { type: 'VETO', epoch: ctx.world.epoch });
  if (!next)
    throw new RefusedEvent(say('services.refused.slashRequestAlready', { requestId, requestStatus: req.status }));
  req.status = next.value as SlashRequest['status'];
  const avs = getAvs(ctx.world, req.avs);
  return ctx.trace.step({
    kind: 'service.slash.vetoed',
    layer: 'service',
    entities: [req.avs, req.operator, req.id],
    amounts: {},
    message: say('services.slash.vetoed', {
      avs: avs.name,
      request: req.id,
      operator: getOperator(ctx.world, req.operator).name,
    }),
  });
}

/** Executes the requests whose window ends now (the machine's tick: vetoWindowEnded). */
export function executeDueSlashRequests(ctx: Ctx): number[] {
  const ids: number[] = [];
  const tick = { type: 'tick', epoch: ctx.world.epoch } as const;
  for (const req of Object.values(ctx.world.restaking.slashRequests)) {
    const next = stepMachine(slashRequestMachine, slashRequestSnapshot(req), tick);
    if (!next) continue;
    req.status = next.value as SlashRequest['status'];
    const parent = ctx.trace.step({
      kind: 'service.slash.executed',
      layer: 'service',
      entities: [req.avs, req.operator, req.id],
      amounts: {},
      message: say('services.slash.executed', { request: req.id }),
    });
    ids.push(
      executeSlash(
        ctx,
        { avs: req.avs, set: req.set, operator: req.operator, wad: req.wad, reason: req.description || undefined },
        parent,
      ),
    );
  }
  return ids;
}

export function nextSlashRequestEpoch(ctx: { world: Ctx['world'] }): number | null {
  let next: number | null = null;
  for (const r of Object.values(ctx.world.restaking.slashRequests)) {
    if (r.status === 'requested' && r.executeEpoch > ctx.world.epoch && (next === null || r.executeEpoch < next))
      next = r.executeEpoch;
  }
  return next;
}
