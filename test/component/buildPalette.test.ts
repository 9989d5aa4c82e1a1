// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import SandboxHarness from './SandboxHarness.svelte';
import BuildPalette from '../../src/ui/sandbox/BuildPalette.svelte';
import EntityEditor from '../../src/ui/sandbox/EntityEditor.svelte';
import { Sandbox } from '../../src/app/sandbox.svelte';
import { EMPTY_SCENARIO } from '../../src/app/defaultScenario';
import { PIECE_TYPE } from '../../src/ui/sandbox/paletteDrop';

async function setup() {
  localStorage.clear();
  const sandbox = new Sandbox({ store: null });
  // the builder's rules load on demand (the palette awaits them in the app)
  await sandbox.draft.ready();
  expect(sandbox.scenario.load(EMPTY_SCENARIO)).toBeNull();
  sandbox.draft.open = true;
  const view = render(SandboxHarness, { props: { sandbox, component: BuildPalette } });
  flushSync();
  return { sandbox, ...view };
}

describe('BuildPalette', () => {
  it('names each piece for what it adds, and pressing one adds it to the world and selects it', async () => {
    const { sandbox } = await setup();
    const names = screen.getAllByRole('button', { name: /^Add / }).map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Add a holder',
      'Add a validator',
      'Add a liquid staking pool',
      'Add an operator',
      'Add a service (AVS)',
      'Add a shared vault',
      'Add a liquid restaking token',
    ]);
    await fireEvent.click(screen.getByRole('button', { name: 'Add a holder' }));
    expect(sandbox.scenario.world!.holders['holder-1']?.name).toBe('Holder 1');
    expect(sandbox.selection.id).toBe('holder:holder-1');
    expect((screen.getByRole('button', { name: 'Undo the last build step' }) as HTMLButtonElement).disabled).toBe(
      false,
    );
  });

  it('a piece carries its kind in the drag data, and undo takes the last step back', async () => {
    const { sandbox } = await setup();
    const data = new Map<string, string>();
    const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), effectAllowed: '' };
    await fireEvent.dragStart(screen.getByRole('button', { name: 'Add an operator' }), { dataTransfer });
    expect(data.get(PIECE_TYPE)).toBe('operator');
    expect(dataTransfer.effectAllowed).toBe('copy');
    await fireEvent.click(screen.getByRole('button', { name: 'Add an operator' }));
    expect(Object.keys(sandbox.scenario.world!.restaking.operators)).toEqual(['operator-1']);
    await fireEvent.click(screen.getByRole('button', { name: 'Undo the last build step' }));
    expect(Object.keys(sandbox.scenario.world!.restaking.operators)).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Redo the build step' }));
    expect(Object.keys(sandbox.scenario.world!.restaking.operators)).toEqual(['operator-1']);
  });

  it('renames the world; an empty name is refused with the format’s reason and keeps the old one', async () => {
    const { sandbox } = await setup();
    const input = screen.getByLabelText('World name') as HTMLInputElement;
    input.value = 'My first world';
    await fireEvent.change(input);
    expect(sandbox.scenario.scenario?.name).toBe('My first world');
    input.value = '  ';
    await fireEvent.change(input);
    expect(sandbox.scenario.scenario?.name).toBe('My first world');
    expect(screen.getByRole('alert').textContent).toMatch(/^World name: /);
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('EntityEditor', () => {
  it('keeps a valid balance, refuses a bad one beside its field, and deletes', async () => {
    localStorage.clear();
    const sandbox = new Sandbox({ store: null });
    sandbox.scenario.load(EMPTY_SCENARIO);
    await sandbox.draft.ready();
    sandbox.draft.add('holder');
    const ref = { kind: 'holder', id: 'holder-1' } as const;
    render(SandboxHarness, {
      props: { sandbox, component: EntityEditor, props: { entity: { id: 'holder:holder-1', name: 'Holder 1' }, ref } },
    });
    flushSync();
    const eth = screen.getByLabelText('ETH balance') as HTMLInputElement;
    expect(eth.value).toBe('100');
    eth.value = '12.5';
    await fireEvent.change(eth);
    // 12.5 ETH in gwei
    expect(sandbox.scenario.world!.ledger.assets.ETH.balances.get('holder:holder-1')).toBe(12_500_000_000n);
    eth.value = '-3';
    await fireEvent.change(eth);
    expect(screen.getByRole('alert').textContent?.trim()).toBe(
      'ETH balance: must be a non-negative decimal number like "32" or "0.5"',
    );
    expect(sandbox.scenario.world!.ledger.assets.ETH.balances.get('holder:holder-1')).toBe(12_500_000_000n);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete Holder 1' }));
    expect(sandbox.scenario.world!.holders['holder-1']).toBeUndefined();
    expect(sandbox.notices.notice?.action?.label).toEqual({ key: 'build.undo' });
  });
});
