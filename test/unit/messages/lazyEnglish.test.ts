/**
 * The engine's English templates load apart from the engine (messages/english.ts): a step recorded before they are
 * loaded reads '' (never a bare key or half a sentence), and the same sentence once they are. The setup file loads
 * them for every test, so these tests import the engine again in a fresh module registry.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshEngine() {
  vi.resetModules();
  const trace = await import('../../../src/engine/trace');
  const say = await import('../../../src/engine/messages/say');
  const english = await import('../../../src/engine/messages/english');
  const errors = await import('../../../src/engine/errors');
  const catalogue = await import('../../../src/engine/faults/catalogue');
  return { ...trace, ...say, ...english, ...errors, ...catalogue };
}

// 225 epochs a day: 32 slots of 12 s per epoch (consensus-specs phase0 SLOTS_PER_EPOCH, SECONDS_PER_SLOT)
const ADVANCE = 'Time passes: 225 epochs (1.00 days), from epoch 0 to 225.';

describe('English templates loaded after the engine', () => {
  it('gives a step, a refusal and a fault title no text before they load, and English after', async () => {
    const e = await freshEngine();
    expect(e.englishReady()).toBe(false);
    const tracer = new e.Tracer();
    tracer.step({
      kind: 'time.advance',
      layer: 'time',
      entities: [],
      amounts: {},
      message: e.say('system.time.advance', { epochs: 225, start: 0, target: 225 }),
    });
    const step = tracer.steps[0];
    const refusal = new e.RefusedEvent(e.say('system.refused.noHolder', { holder: 'Zed' }));
    const fault = e.faultInfo('downtime');
    expect(step.text).toBe('');
    expect(refusal.message).toBe('');
    expect(fault.title).toBe('');
    // a copy taken now has no sentence, but keeps the message the UI renders from later
    expect({ ...step }.message?.key).toBe('system.time.advance');

    await import('../../../src/engine/messages/loadEnglish');
    expect(e.englishReady()).toBe(true);
    expect(step.text).toBe(ADVANCE);
    expect(refusal.message).toBe('there is no holder "Zed"');
    expect(fault.title).not.toBe('');
    expect(fault.title).toBe(e.render(fault.messages.title));
  });

  it('keeps the sentence in a structured clone (what a worker posts) and a spread copy', async () => {
    const e = await freshEngine();
    await import('../../../src/engine/messages/loadEnglish');
    const tracer = new e.Tracer();
    tracer.step({
      kind: 'time.advance',
      layer: 'time',
      entities: [],
      amounts: {},
      message: e.say('system.time.advance', { epochs: 225, start: 0, target: 225 }),
    });
    tracer.step({ kind: 'note', layer: 'system', entities: [], amounts: {}, text: 'A plain sentence.' });
    const [advance, note] = structuredClone(tracer.steps);
    expect(advance.text).toBe(ADVANCE);
    expect(Object.getOwnPropertyDescriptor(advance, 'text')?.value).toBe(ADVANCE);
    expect({ ...tracer.steps[0] }.text).toBe(ADVANCE);
    expect(note.text).toBe('A plain sentence.');
  });
});
