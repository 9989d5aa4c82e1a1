// @vitest-environment jsdom
/**
 * How the sandbox wires its stores: every change of the scenario store means something for the others (the
 * cascade plays or shows, the autosave follows, a refusal is said, a new scenario starts clean, moving in the log
 * stops the clock). Checked through the stores' public getters only.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../../src/app/sandbox.svelte';
import { DEFAULT_SCENARIO } from '../../src/app/defaultScenario';
import { AUTOSAVE_KEY } from '../../src/app/autosave';
import { faultsForNode } from '../../src/app/faultMenu';
import { tm } from '../../src/ui/messages';
import { loadStakeDragRules } from '../../src/app/stakeDrag.svelte';

// The sandbox loads the drag's rules on idle after its first view (or at a first pick-up): here, before any test.
beforeAll(() => loadStakeDragRules());

function started(): Sandbox {
  const s = new Sandbox();
  expect(s.scenario.load(DEFAULT_SCENARIO)).toBeNull();
  return s;
}
const saved = (): { scenario: { events: unknown[] } } | null =>
  JSON.parse(localStorage.getItem(AUTOSAVE_KEY) ?? 'null');

beforeEach(() => localStorage.clear());

describe('the sandbox wiring', () => {
  it('an event the learner makes plays its cascade step by step and is autosaved; time passing is shown at once', () => {
    const s = started();
    // The first fault the inspector offers on Orion Nodes (its loss travels to Alice: a cascade of several steps).
    const orion = s.scenario.view.entities.find((e) => e.id === 'operator:orion')!;
    const outcome = s.scenario.dispatch(faultsForNode(s.scenario.world!, orion)[0].event);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.trace.length).toBeGreaterThan(1);
    expect(s.cascade.state).toBe('playing');
    expect(s.cascade.index).toBe(0);
    expect(saved()?.scenario.events).toHaveLength(1);
    expect(s.time.step()).toBe(true);
    expect(s.cascade.state).toBe('done');
    expect(s.cascade.live).toBe(false);
    expect(saved()?.scenario.events).toHaveLength(2);
    s.stop();
  });

  it("a refused event leaves the world as it was and says the engine's sentence, in the notice and the live region", () => {
    const s = started();
    const before = s.scenario.revision;
    const outcome = s.scenario.dispatch({ type: 'DelegateTo', staker: 'carol', operator: 'atlas' });
    expect(outcome.ok).toBe(false);
    expect(s.scenario.position).toBe(0);
    expect(s.notices.notice?.kind).toBe('error');
    expect(tm(s.notices.notice!.text)).toMatch(/^Not allowed: /);
    expect(s.notices.announcement).toBe(s.notices.notice!.text);
    expect(s.scenario.revision).toBe(before);
    expect(saved()).toBeNull();
    s.stop();
  });

  it('a new scenario starts clean: no selection, the default layout, the stake put back, its setup shown at once', async () => {
    const s = started();
    s.selection.select('operator:orion');
    s.graph.setExpandOperators(true);
    s.graph.rememberPosition('operator:orion', { x: 1, y: 2 });
    s.drag.pickUp('carol', null);
    expect(s.drag.phase).toBe('carrying');
    const fitKey = s.graph.fitKey;
    expect(await s.loader.newEmpty()).toBe(true);
    expect(s.selection.id).toBeNull();
    expect(s.graph.expandOperators).toBe(false);
    expect(s.graph.positions.size).toBe(0);
    expect(s.graph.fitKey).toBeGreaterThan(fitKey);
    expect(s.drag.phase).toBe('idle');
    expect(s.cascade.state).toBe('done');
    expect(tm(s.notices.notice!.text)).toBe('Loaded “Empty scenario”.');
    s.stop();
  });

  it('undo stops the clock and shows the step it returns to at once', () => {
    const s = started();
    s.time.step();
    s.time.start();
    expect(s.time.playing).toBe(true);
    s.scenario.undo();
    expect(s.time.playing).toBe(false);
    expect(s.scenario.position).toBe(0);
    expect(s.cascade.live).toBe(false);
    s.stop();
  });

  it('a file that is not JSON is refused with its reason in words, and the work stays', async () => {
    const s = started();
    const file = new File(['{ nope'], 'broken.json', { type: 'application/json' });
    expect(await s.loader.importFile(file)).toBe(false);
    expect(tm(s.notices.notice!.text)).toMatch(
      /^The file “broken\.json” was not loaded: \$: not valid JSON at line 1, column 3 /,
    );
    expect(s.scenario.scenario?.name).toBe(DEFAULT_SCENARIO.name);
    s.stop();
  });
});
