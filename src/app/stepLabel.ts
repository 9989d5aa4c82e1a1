/**
 * The tag before a narrated step. Most steps are tagged by their layer (Chain, Restaking, ...); the engine files a
 * fault and a transfer under 'system' with the world's setup, but a learner reads them as what they are: the fault
 * they triggered is "Fault", not "Setup".
 */
import type { TraceStep } from '../engine/trace';
import type { MessageKey } from './messages/en';

export function stepLabel(step: Pick<TraceStep, 'kind' | 'layer'>): MessageKey {
  if (step.kind.startsWith('fault.')) return 'cascade.layer.fault';
  if (step.kind === 'transfer') return 'cascade.layer.transfer';
  return `cascade.layer.${step.layer}`;
}
