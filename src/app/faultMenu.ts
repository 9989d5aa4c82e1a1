/**
 * The faults a node offers, as ready-to-send Fault events (src/engine/faults/events.ts). Which faults apply to
 * which entity is the engine's knowledge; until the fault catalogue exports faultsFor(), this lists the event
 * variants whose required ids the entity can fill, and the engine refuses (with its sentence) whatever does not
 * apply in the current world.
 */
import type { World } from '../engine/world';
import type { Entity } from './worldView';
import type { EventJson } from './session.svelte';
import { splitNodeId } from './dropActions';

export type FaultName = 'double-sign' | 'downtime' | 'key-compromise' | 'avs-misbehaviour' | 'buggy-slasher';

export interface FaultOption {
  fault: FaultName;
  /** Shown on the button; the operator/AVS pair it targets, when there is one. */
  detail: string | null;
  event: EventJson;
}

export function faultsForNode(world: World, entity: Entity): FaultOption[] {
  const { ref } = splitNodeId(entity.id);
  const out: FaultOption[] = [];
  switch (entity.kind) {
    case 'validator':
      if (entity.slashed) break;
      out.push({ fault: 'double-sign', detail: null, event: { type: 'Fault', fault: 'double-sign', validators: [ref] } });
      out.push({ fault: 'downtime', detail: null, event: { type: 'Fault', fault: 'downtime', validators: [ref] } });
      break;
    case 'operator': {
      out.push({ fault: 'key-compromise', detail: null, event: { type: 'Fault', fault: 'key-compromise', operator: ref } });
      out.push({ fault: 'downtime', detail: null, event: { type: 'Fault', fault: 'downtime', operator: ref } });
      for (const avs of servedAvss(world, ref)) {
        out.push({ fault: 'avs-misbehaviour', detail: world.restaking.avss[avs]?.name ?? avs, event: { type: 'Fault', fault: 'avs-misbehaviour', avs, operator: ref } });
      }
      break;
    }
    case 'avs': {
      for (const op of operatorsOf(world, ref)) {
        const name = world.restaking.operators[op]?.name ?? op;
        out.push({ fault: 'avs-misbehaviour', detail: name, event: { type: 'Fault', fault: 'avs-misbehaviour', avs: ref, operator: op } });
        out.push({ fault: 'buggy-slasher', detail: name, event: { type: 'Fault', fault: 'buggy-slasher', avs: ref, operator: op, fraction: '0.5' } });
      }
      break;
    }
  }
  return out;
}

/** AVSs whose operator sets the operator is registered in. */
function servedAvss(world: World, operator: string): string[] {
  const sets = world.restaking?.operators?.[operator]?.sets ?? {};
  return [...new Set(Object.entries(sets).filter(([, r]) => r.registered).map(([key]) => key.split('/')[0]))];
}

function operatorsOf(world: World, avs: string): string[] {
  return Object.values(world.restaking?.operators ?? {})
    .filter((op) => Object.entries(op.sets ?? {}).some(([key, r]) => r.registered && key.split('/')[0] === avs))
    .map((op) => op.id);
}
