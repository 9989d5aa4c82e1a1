/**
 * The seam: the Fault event belongs to the faults module (faults/events.ts, faults/module.ts), registered last,
 * and the downtime schedule lives in world.faults, not in the markets slice.
 */
import { describe, expect, it } from 'vitest';
import { applyEvent, initWorld } from '../../../src/engine/sim';
import { MODULES } from '../../../src/engine/registry';
import { faultsModule } from '../../../src/engine/faults/module';
import { faultEventSchemas } from '../../../src/engine/faults/events';
import { marketsEventSchemas } from '../../../src/engine/markets/events';
import { marketsModule } from '../../../src/engine/markets/module';
import { Tracer } from '../../../src/engine/trace';
import { parseEvents } from '../../../src/engine/scenario/validate';
import { lidoMarketScenario } from './fixture';

const downtime = (epochs: number, settle: boolean) => {
  const r = parseEvents([{ type: 'Fault', fault: 'downtime', validators: ['lv3'], epochs, settle }]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value[0];
};

describe('faults module', () => {
  it('owns the Fault event and is registered after markets', () => {
    expect(MODULES[MODULES.length - 1]).toBe(faultsModule);
    expect(MODULES.indexOf(marketsModule)).toBe(MODULES.length - 2);
    expect(faultEventSchemas.map((s) => s.options[0].entries.type.literal)).toEqual(['Fault']);
    expect(marketsEventSchemas.map((s) => s.entries.type.literal)).not.toContain('Fault');
    const { world } = initWorld(lidoMarketScenario());
    expect(marketsModule.apply!({ world, trace: new Tracer(), modules: MODULES }, downtime(10, false))).toBe(false);
  });

  it('keeps the downtime schedule in world.faults: the clock stops when the validators come back online', () => {
    const { world } = initWorld(lidoMarketScenario());
    expect(world.faults).toEqual({ offlineUntil: {} });
    expect(world.markets).not.toHaveProperty('offlineUntil');
    applyEvent(world, downtime(100, false));
    expect(world.ethereum.validators.lv3.online).toBe(false);
    expect(world.faults.offlineUntil).toEqual({ lv3: world.epoch + 100 });
    expect(faultsModule.nextBoundary!(world)).toBe(world.epoch + 100);
    const trace = applyEvent(world, { type: 'AdvanceTime', epochs: 99 });
    expect(trace.some((s) => s.kind === 'chain.online')).toBe(false);
    const back = applyEvent(world, { type: 'AdvanceTime', epochs: 1 });
    expect(back.some((s) => s.kind === 'chain.online' && s.entities.includes('lv3'))).toBe(true);
    expect(world.ethereum.validators.lv3.online).toBe(true);
    expect(world.faults.offlineUntil).toEqual({});
    expect(faultsModule.nextBoundary!(world)).toBeNull();
  });
});
