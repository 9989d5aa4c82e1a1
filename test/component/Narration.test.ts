// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SandboxHarness from './SandboxHarness.svelte';
import Narration from '../../src/ui/sandbox/Narration.svelte';
import CascadeControls from '../../src/ui/sandbox/CascadeControls.svelte';
import { Sandbox } from '../../src/app/sandbox.svelte';
import type { TraceStep } from '../../src/engine/trace';

beforeAll(() => {
  // jsdom does no layout: scrolling the newest sentence into view is a no-op here.
  Element.prototype.scrollIntoView ??= function () {};
});

const step = (id: number, layer: TraceStep['layer'], text: string, parent: number | null = null): TraceStep =>
  ({ id, kind: 'test', layer, entities: [], amounts: {}, movements: [], text, parent }) as unknown as TraceStep;

const steps = [
  step(0, 'service', 'DA layer slashes Orion Nodes by 50%.'),
  step(1, 'restaking', 'Orion Nodes loses 12 ETH of allocated stake.', 0),
  step(2, 'liquid', 'The pool’s share rate falls.', 1),
];

function setup(props: Record<string, unknown> = {}) {
  const sandbox = new Sandbox();
  const view = render(SandboxHarness, { props: { sandbox, component: Narration, props } });
  return { sandbox, ...view };
}

describe('Narration', () => {
  it('is a polite live log, empty at first with a sentence saying what will appear', () => {
    setup();
    const log = screen.getByTestId('narration');
    expect(log.getAttribute('role')).toBe('log');
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.getAttribute('aria-relevant')).toBe('additions');
    expect(log.textContent).toContain('Each event’s consequences appear here');
  });

  it('lists the steps played so far in order, with their layer, and adds each next step', () => {
    const { sandbox } = setup();
    sandbox.cascade.play(steps); // plays live: the first step only
    flushSync();
    sandbox.cascade.pause();
    const log = screen.getByTestId('narration');
    let items = within(log).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain('Service');
    expect(items[0].textContent).toContain('DA layer slashes Orion Nodes by 50%.');
    sandbox.cascade.next();
    flushSync();
    items = within(log).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.text')?.textContent)).toEqual([steps[0].text, steps[1].text]);
    // The current step is marked, a child step is indented under its cause.
    expect(items[1].classList.contains('current')).toBe(true);
    expect(items[1].getAttribute('style')).toContain('margin-left');
    expect(items[0].getAttribute('style') ?? '').not.toContain('margin-left');
  });

  it('shows a whole trace at once when asked (instant), nothing marked current', () => {
    const { sandbox } = setup();
    sandbox.cascade.play(steps, true);
    flushSync();
    const items = within(screen.getByTestId('narration')).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items.some((li) => li.classList.contains('current'))).toBe(false);
  });

  it('groups routine steps into one line that opens, and explains glossary terms there as on every other line', async () => {
    const { sandbox } = setup();
    const routine = [
      step(0, 'service', 'DA layer slashes Orion Nodes by 50%.'),
      { ...step(1, 'chain', '225 epochs pass: validators earn their rewards.'), kind: 'eth.epochs' },
      { ...step(2, 'restaking', 'DA layer pays its operator rewards.'), kind: 'service.rewards' },
    ] as TraceStep[];
    sandbox.cascade.play(routine, true);
    flushSync();
    const run = screen.getByTestId('routine-run');
    expect(run.querySelector('summary')?.textContent).toContain('2');
    const inner = [...run.querySelectorAll('.inner > li')];
    expect(inner.map((li) => li.textContent?.trim())).toEqual([routine[1].text, routine[2].text]);
    // the terms are glossary buttons, described by their definitions, inside the grouped line
    const terms = [...run.querySelectorAll<HTMLElement>('.inner .term')].map((b) => b.dataset.term);
    expect(terms).toEqual(['epoch', 'operator']);
    const epoch = run.querySelector<HTMLElement>('.inner .term[data-term="epoch"]')!;
    expect(epoch.getAttribute('aria-describedby')).toBe('glossary-def-epoch');
    run.querySelector('details')!.open = true;
    epoch.focus();
    flushSync();
    expect(epoch.getAttribute('aria-expanded')).toBe('true');
  });

  it('offstage: out of sight and out of the tab order, yet the live log stays in the page and keeps growing', () => {
    const { sandbox, container } = setup({ offstage: true, titled: false });
    sandbox.cascade.play(steps, true);
    flushSync();
    const log = screen.getByTestId('narration');
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(within(log).getAllByRole('listitem')).toHaveLength(3);
    expect(container.querySelector('section.narration')?.classList.contains('offstage')).toBe(true);
    expect(log.querySelector('ol')?.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('heading', { level: 2 }).classList.contains('visually-hidden')).toBe(true);
  });

  it('on stage: the list is focusable for scrolling and the heading shows', () => {
    setup({ offstage: false, titled: true });
    expect(screen.getByTestId('narration').querySelector('ol')?.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('heading', { level: 2, name: /What happened/ }).classList.contains('visually-hidden')).toBe(
      false,
    );
  });
});

describe('CascadeControls', () => {
  it('play, pause, step, show all and replay drive the player, with "Step i of n"', () => {
    const sandbox = new Sandbox();
    render(SandboxHarness, { props: { sandbox, component: CascadeControls } });
    sandbox.cascade.play(steps);
    flushSync();
    expect(screen.getByTestId('cascade-progress').textContent).toBe('Step 1 of 3');
    screen.getByRole('button', { name: 'Pause cascade' }).click();
    flushSync();
    expect(sandbox.cascade.playing).toBe(false);
    screen.getByRole('button', { name: 'Next step' }).click();
    flushSync();
    expect(screen.getByTestId('cascade-progress').textContent).toBe('Step 2 of 3');
    screen.getByRole('button', { name: 'Show every step now' }).click();
    flushSync();
    expect(screen.getByTestId('cascade-progress').textContent).toBe('Step 3 of 3');
    expect((screen.getByRole('button', { name: 'Next step' }) as HTMLButtonElement).disabled).toBe(true);
    screen.getByRole('button', { name: 'Replay' }).click();
    flushSync();
    expect(screen.getByTestId('cascade-progress').textContent).toBe('Step 1 of 3');
    sandbox.cascade.stop();
  });
});
