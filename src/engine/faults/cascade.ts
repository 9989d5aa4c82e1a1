/**
 * The cascade tracer: one fault -> one ordered trace through every layer it reaches.
 *
 *   fault -> base-chain slash (initial penalty) -> AVS slashes (per their conditions and the security model)
 *         -> LRT rate, pool price, liquidations (immediately)
 *         -> [settle: time runs] correlation penalty (~18.2 days later) -> next oracle report: LST rate
 *         -> pool price -> liquidations -> every AVS whose cost of corruption fell below its profit from corruption
 *
 * The models do the moving of value (each movement appears once, in the step of the model that made it);
 * the tracer orders them, links every step to its cause, and adds observation steps (rates, prices, security)
 * that carry no movements, so nothing is counted twice.
 */
import { RefusedEvent } from '../errors';
import type { Ctx } from '../module';
import { advanceTime } from '../clock';
import { EPOCHS_PER_DAY } from '../time';
import type { World } from '../world';
import type { TraceStep } from '../trace';
import { checkMarkets } from '../markets/lending';
import { toWad } from '../markets/format';
import { poolPrice, swap } from '../markets/pool';
import { redemptionRate } from '../markets/rates';
import type { Ratio } from '../markets/stableSwap';
import { holderAccount } from '../world';
import { operatorName as anyOperatorName, poolName, validatorName } from '../accountNames';
import { assetName } from '../ledger/display';
import { servicesSecurity, type ServiceSecurity } from '../views/costOfCorruption';
import {
  conditionWad,
  correlationEpochOf,
  setOnline,
  setsOfOperator,
  slashableValidators,
  slashOperatorSet,
  slashValidators,
  validatorsOfOperator,
  type SetRef,
} from './adapters';
import type { FaultEvent } from './events';
import { faultInfo } from './catalogue';
import { createFaultsState } from './state';
import { say, type EngineMessage } from '../messages/say';
import { WAD } from '../restaking/wad';

/** What the fault did immediately, for settling and tracing. */
interface Effects {
  root: number;
  slashedValidators: string[];
  offlineFor: number;
}

/** Applies a Fault event: immediate effects, then (settle) time until every consequence has landed. */
export function applyFault(ctx: Ctx, fault: FaultEvent): void {
  const { world } = ctx;
  const securityBefore = servicesSecurity(world);
  const pricesBefore = observePrices(world);
  const info = faultInfo(fault.fault);
  const root = ctx.trace.step({
    kind: `fault.${fault.fault}`,
    layer: 'system',
    entities: faultEntities(fault),
    amounts: {},
    message: say('faults.fault', {
      title: info.messages.title,
      target: describeTarget(world, fault),
      description: info.messages.description,
    }),
  });
  const fx: Effects = { root, slashedValidators: [], offlineFor: 0 };
  applyImmediate(ctx, fault, fx);
  // What moved at once: LRT rates follow an AVS slash immediately; pool prices follow the rates.
  const observed = observeChanges(ctx, pricesBefore, root);
  checkMarkets(ctx, observed ?? latestStep(ctx, root));
  if (fault.settle) settle(ctx, fx);
  reportSecurity(ctx, securityBefore, root);
  linkOrphans(ctx.trace.steps, root);
}

function faultEntities(f: FaultEvent): string[] {
  switch (f.fault) {
    case 'double-sign':
      return [...f.validators];
    case 'downtime':
      return [...f.validators, ...(f.operator ? [f.operator] : [])];
    case 'avs-misbehaviour':
    case 'buggy-slasher':
      return [f.avs, f.operator];
    case 'key-compromise':
      return [f.operator];
    case 'correlated-bug':
      return [...f.validators, ...f.operators];
    case 'market-shock':
      return [f.holder, f.pool];
  }
}

/** The fault's target in words (a message: validators listed, the operator, the pool...). */
function describeTarget(world: World, f: FaultEvent): EngineMessage {
  // names, not ids: "operator Op1 on Price oracle", not "operator op1 on oracle"
  const operatorName = (id: string) => anyOperatorName(world, id);
  const avsName = (id: string) => world.restaking.avss?.[id]?.name ?? id;
  switch (f.fault) {
    case 'double-sign':
      return say('faults.target.doubleSign', { validators: f.validators.map((id) => validatorName(world, id)) });
    case 'downtime':
      return say('faults.target.downtime', {
        validators: f.validators.map((id) => validatorName(world, id)),
        epochs: f.epochs,
        operator: f.operator ? operatorName(f.operator) : null,
      });
    case 'avs-misbehaviour':
      return say('faults.target.avsMisbehaviour', { operator: operatorName(f.operator), avs: avsName(f.avs) });
    case 'buggy-slasher':
      return say('faults.target.buggySlasher', {
        avs: avsName(f.avs),
        operator: operatorName(f.operator),
        fraction: { num: f.fraction[0], den: f.fraction[1] },
      });
    case 'key-compromise':
      return say('faults.target.keyCompromise', { operator: operatorName(f.operator) });
    case 'correlated-bug':
      return say('faults.target.correlatedBug', {
        ids: [...f.validators.map((id) => validatorName(world, id)), ...f.operators.map(operatorName)],
      });
    case 'market-shock':
      return say('faults.target.marketShock', {
        holder: world.holders[f.holder]?.name ?? f.holder,
        amount: f.amount,
        asset: assetName(world.markets.pools[f.pool]?.asset ?? ''),
        pool: poolName(world, f.pool),
      });
  }
}

function applyImmediate(ctx: Ctx, f: FaultEvent, fx: Effects): void {
  const { world } = ctx;
  const { root } = fx;
  switch (f.fault) {
    case 'double-sign': {
      fx.slashedValidators = [...f.validators];
      slashValidators(ctx, f.validators, root);
      return;
    }
    case 'downtime': {
      if (f.validators.length === 0 && !f.operator) throw new RefusedEvent(say('faults.refused.downtimeNobody'));
      setOnline(world, f.validators, false);
      const offlineUntil = (world.faults ??= createFaultsState()).offlineUntil;
      for (const id of f.validators) offlineUntil[id] = world.epoch + f.epochs;
      if (f.validators.length) {
        ctx.trace.step({
          kind: 'chain.offline',
          layer: 'chain',
          entities: [...f.validators],
          amounts: { epochs: BigInt(f.epochs) },
          parent: root,
          message: say('faults.chain.offline', { validatorCount: f.validators.length, epochs: f.epochs }),
        });
      }
      fx.offlineFor = f.epochs;
      if (f.operator) slashSets(ctx, f.operator, setsOfOperator(world, f.operator), 'downtime', null, root, false);
      return;
    }
    case 'avs-misbehaviour': {
      const sets = setsOfOperator(world, f.operator).filter(
        (s) => s.avs === f.avs && (f.set === undefined || s.set === f.set),
      );
      if (!sets.length)
        throw new RefusedEvent(say('faults.refused.notInSet', { operator: f.operator, set: f.set, avs: f.avs }));
      slashSets(ctx, f.operator, sets, 'avs-misbehaviour', null, root, true);
      return;
    }
    case 'buggy-slasher': {
      const sets = setsOfOperator(world, f.operator).filter(
        (s) => s.avs === f.avs && (f.set === undefined || s.set === f.set),
      );
      if (!sets.length)
        throw new RefusedEvent(say('faults.refused.buggyNotInSet', { operator: f.operator, avs: f.avs }));
      if (f.fraction[0] === 0n) throw new RefusedEvent(say('faults.refused.buggyZero'));
      const wad = (f.fraction[0] * WAD) / f.fraction[1];
      slashSets(ctx, f.operator, sets, 'buggy-slasher', wad, root, true);
      return;
    }
    case 'key-compromise': {
      const vals = slashableValidators(world, validatorsOfOperator(world, f.operator));
      const sets = setsOfOperator(world, f.operator);
      if (!vals.length && !sets.length)
        throw new RefusedEvent(say('faults.refused.nothingToCompromise', { operator: f.operator }));
      fx.slashedValidators = vals;
      slashValidators(ctx, vals, root);
      slashSets(ctx, f.operator, sets, 'key-compromise', null, root, false);
      return;
    }
    case 'correlated-bug': {
      const vals = [...f.validators];
      for (const op of f.operators)
        for (const v of slashableValidators(world, validatorsOfOperator(world, op)))
          if (!vals.includes(v)) vals.push(v);
      fx.slashedValidators = vals;
      // One call: every validator is slashed in the same epoch, so each one's correlation penalty counts them all.
      slashValidators(ctx, vals, root);
      for (const op of f.operators) slashSets(ctx, op, setsOfOperator(world, op), 'correlated-bug', null, root, false);
      return;
    }
    case 'market-shock': {
      if (!world.holders[f.holder]) throw new RefusedEvent(say('system.refused.noHolder', { holder: f.holder }));
      const pool = world.markets.pools[f.pool];
      if (!pool) throw new RefusedEvent(say('faults.refused.noPool', { pool: f.pool }));
      swap(
        ctx,
        {
          account: holderAccount(f.holder),
          who: world.holders[f.holder].name,
          entity: f.holder,
          poolId: f.pool,
          sell: pool.asset,
          amount: f.amount,
          kind: 'market.shock',
        },
        root,
      );
      return;
    }
  }
}

/** Which condition an AVS applies for a fault kind: its own entry first, then the closest equivalent. */
const CONDITION_FALLBACK: Record<string, string[]> = {
  'key-compromise': ['key-compromise', 'double-sign', 'avs-misbehaviour'],
  'correlated-bug': ['correlated-bug', 'double-sign'],
  downtime: ['downtime'],
  'avs-misbehaviour': ['avs-misbehaviour'],
};

function slashSets(
  ctx: Ctx,
  operator: string,
  sets: SetRef[],
  fault: string,
  wad: bigint | null,
  root: number,
  required: boolean,
): void {
  const { world } = ctx;
  for (const s of sets) {
    let w = wad;
    if (w === null) {
      for (const kind of CONDITION_FALLBACK[fault] ?? [fault]) {
        w = conditionWad(world, s.avs, kind);
        if (w !== null) break;
      }
    }
    if (w === null || w === 0n) {
      if (required) throw new RefusedEvent(say('faults.refused.noCondition', { avs: s.avs, fault, operator }));
      ctx.trace.step({
        kind: 'service.noCondition',
        layer: 'service',
        entities: [s.avs, operator],
        amounts: {},
        parent: root,
        message: say('faults.service.noCondition', {
          avs: world.restaking.avss[s.avs]?.name ?? s.avs,
          operator: world.restaking.operators[operator]?.name ?? operator,
        }),
      });
      continue;
    }
    // the fault's kind; the sentence words it (messages/en/reasons.ts)
    const reason = fault;
    const request = ctx.trace.step({
      kind: 'service.slashDecision',
      layer: 'service',
      entities: [s.avs, operator],
      amounts: { wad: w },
      parent: root,
      message: say('faults.service.slashDecision', {
        avs: world.restaking.avss[s.avs]?.name ?? s.avs,
        operator: world.restaking.operators[operator]?.name ?? operator,
        set: s.set,
        wad: w,
        fault,
      }),
    });
    slashOperatorSet(ctx, { avs: s.avs, set: s.set, operator, wad: w, reason }, request);
  }
}

/** Runs the clock until every consequence has landed: correlation penalties, pending slashes, the next oracle report. */
function settle(ctx: Ctx, fx: Effects): void {
  const { world } = ctx;
  const now = world.epoch;
  let horizon = now + fx.offlineFor;
  for (const id of fx.slashedValidators) {
    const e = correlationEpochOf(world, id);
    if (e !== null && e > horizon) horizon = e;
  }
  for (const r of Object.values(world.restaking?.slashRequests ?? {})) {
    if (r.status === 'requested' && r.executeEpoch > horizon) horizon = r.executeEpoch;
  }
  const touchedBelowMarkets = ctx.trace.steps.some(
    (s) => s.id > fx.root && (s.layer === 'chain' || s.layer === 'restaking' || s.layer === 'service'),
  );
  if (horizon === now && !touchedBelowMarkets) return;
  // One more day: liquid staking reports once a day, so the last consequence reaches the LST rate by then.
  horizon += EPOCHS_PER_DAY;
  const before = observePrices(world);
  const timeIdx = ctx.trace.steps.length;
  advanceTime(ctx, horizon - now);
  const timeStep = ctx.trace.steps[timeIdx];
  if (timeStep && timeStep.parent === null) timeStep.parent = fx.root;
  const observed = observeChanges(
    ctx,
    before,
    latestStep(ctx, fx.root, ['liquid', 'restaking']) ?? timeStep?.id ?? fx.root,
  );
  checkMarkets(ctx, observed ?? latestStep(ctx, fx.root));
}

/** Brings validators a downtime fault took offline back online when their time is up (the faults module's atEpoch). */
export function bringBackOnline(ctx: Ctx): void {
  const { world } = ctx;
  const offlineUntil = world.faults?.offlineUntil ?? {};
  const back = Object.entries(offlineUntil)
    .filter(([, e]) => e <= world.epoch)
    .map(([id]) => id)
    .sort();
  if (!back.length) return;
  for (const id of back) delete offlineUntil[id];
  setOnline(world, back, true);
  ctx.trace.step({
    kind: 'chain.online',
    layer: 'chain',
    entities: back,
    amounts: {},
    message: say('faults.chain.online', { validators: back }),
  });
}

interface PriceView {
  rates: Record<string, Ratio>;
  pools: Record<string, Ratio>;
}

/** Redemption rates of every token the markets use, and every pool's price. */
function observePrices(world: World): PriceView {
  const assets = new Set<string>();
  for (const p of Object.values(world.markets.pools)) assets.add(p.asset);
  for (const m of Object.values(world.markets.lending)) for (const a of Object.keys(m.collateral)) assets.add(a);
  const rates: Record<string, Ratio> = {};
  for (const a of [...assets].sort()) rates[a] = redemptionRate(world, a);
  const pools: Record<string, Ratio> = {};
  for (const id of Object.keys(world.markets.pools)) pools[id] = poolPrice(world, id);
  return { rates, pools };
}

const same = (a: Ratio, b: Ratio): boolean => a.num * b.den === b.num * a.den;

/** Steps for every rate and pool price that moved since `before`; returns the last step id (or null). */
function observeChanges(ctx: Ctx, before: PriceView, parent: number): number | null {
  const after = observePrices(ctx.world);
  let last: number | null = null;
  const rateStep: Record<string, number> = {};
  for (const [asset, r] of Object.entries(after.rates)) {
    const b = before.rates[asset];
    if (!b || same(b, r)) continue;
    const lrt = asset.startsWith('LRT:');
    // The restaking model already narrates an LRT's rate change when it slashes what backs it; reuse that step
    // as the cause of the price moves below instead of telling the same fall twice.
    const told = lrt
      ? ctx.trace.steps.find(
          (s) => s.id > parent && s.kind === 'restaking.lrt.rate' && s.entities.includes(asset.slice(4)),
        )
      : undefined;
    if (told) {
      last = rateStep[asset] = told.id;
      continue;
    }
    last = rateStep[asset] = ctx.trace.step({
      kind: lrt ? 'cascade.lrtRate' : 'cascade.lstRate',
      layer: lrt ? 'restaking' : 'liquid',
      entities: [asset],
      amounts: { rateBeforeWad: toWad(b), rateAfterWad: toWad(r) },
      parent,
      message: say('faults.rate', { asset, rate: r, before: b }),
    });
  }
  for (const [id, p] of Object.entries(after.pools)) {
    const b = before.pools[id];
    if (!b || same(b, p)) continue;
    const asset = ctx.world.markets.pools[id].asset;
    if (rateStep[asset] === undefined) continue; // a trade's own price move is already in its swap step
    last = ctx.trace.step({
      kind: 'cascade.poolPrice',
      layer: 'market',
      entities: [id, asset],
      amounts: { priceBeforeWad: toWad(b), priceAfterWad: toWad(p) },
      parent: rateStep[asset],
      message: say('faults.poolPrice', { pool: poolName(ctx.world, id), asset, price: p, before: b }),
    });
  }
  return last;
}

/** The latest step after `root` (optionally only in some layers), or root. */
function latestStep(ctx: Ctx, root: number, layers?: string[]): number {
  for (let i = ctx.trace.steps.length - 1; i >= 0; i--) {
    const s = ctx.trace.steps[i];
    if (s.id <= root) break;
    if (!layers || layers.includes(s.layer)) return s.id;
  }
  return root;
}

/**
 * One step per AVS whose cost of corruption changed; it says when corrupting it has become profitable. The figures
 * are the read-model's (views/costOfCorruption.ts), the same the cards, the inspector and the dashboard show.
 */
function reportSecurity(ctx: Ctx, before: ServiceSecurity[], root: number): void {
  const after = servicesSecurity(ctx.world);
  const prev = new Map(before.map((s) => [s.avs, s]));
  for (const a of after) {
    const b = prev.get(a.avs);
    if (!b || b.stakeSeen === a.stakeSeen || b.cost === a.cost) continue;
    const name = a.name;
    const wasSafe = b.safeAlone;
    const nowSafe = a.safeAlone;
    // Past its work budget the cost is the cheapest cover found, an upper bound: it proves no attack pays.
    const nowPays = a.exact && !nowSafe;
    const parent = latestTouching(ctx.trace.steps, a.avs, root);
    ctx.trace.step({
      kind: nowPays && wasSafe ? 'security.unsafe' : 'security.cost',
      layer: 'security',
      entities: [a.avs],
      amounts: {
        stakeBefore: b.stakeSeen,
        stakeAfter: a.stakeSeen,
        costBefore: b.cost,
        costAfter: a.cost,
        profit: a.profit,
      },
      parent,
      message: say('faults.security', {
        avs: name,
        stake: a.stakeSeen,
        costBefore: b.cost,
        cost: a.cost,
        profit: a.profit,
        exact: a.exact,
        wasSafe,
        nowSafe,
        nowPays,
      }),
    });
  }
}

function latestTouching(steps: TraceStep[], entity: string, root: number): number {
  for (let i = steps.length - 1; i >= 0 && steps[i].id > root; i--)
    if (steps[i].entities.includes(entity)) return steps[i].id;
  return root;
}

/**
 * Steps recorded while time ran (rewards, the correlation penalty, the oracle report) come from models that do
 * not know the fault; give each parentless one the latest earlier step that touched one of its entities (the
 * slash that caused a correlation penalty), else the time step, so the trace is one tree rooted at the fault.
 */
export function linkOrphans(steps: TraceStep[], root: number): void {
  const start = steps.findIndex((s) => s.id === root);
  if (start < 0) return;
  // One pass with two indexes instead of a backward search per step (a settled cascade over many validators has
  // thousands of steps): the latest step so far naming each entity, and the first chain slash naming it.
  const latest = new Map<string, number>();
  const firstChainSlash = new Map<string, number>();
  let time: number = root;
  for (let i = start + 1; i < steps.length; i++) {
    const s = steps[i];
    if (s.kind === 'time.advance' && s.parent === null) s.parent = root;
    if (s.kind === 'time.advance') time = s.id;
    link: {
      if (s.kind.includes('correlation')) {
        // The correlation penalty is caused by the validator's own slashing, whatever step the chain filed it under.
        let slash = -1;
        for (const e of s.entities) {
          const k = firstChainSlash.get(e);
          if (k !== undefined && (slash < 0 || k < slash)) slash = k;
        }
        if (slash >= 0) {
          s.parent = steps[slash].id;
          break link;
        }
      }
      if (s.parent !== null) break link;
      let k = -1;
      for (const e of s.entities) {
        const j = latest.get(e);
        if (j !== undefined && j > k) k = j;
      }
      s.parent = k >= 0 ? steps[k].id : time;
    }
    for (const e of s.entities) latest.set(e, i);
    if (s.kind.endsWith('slash') && s.layer === 'chain')
      for (const e of s.entities) if (!firstChainSlash.has(e)) firstChainSlash.set(e, i);
  }
}
