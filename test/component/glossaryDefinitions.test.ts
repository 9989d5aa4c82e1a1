// @vitest-environment jsdom
/**
 * The glossary's definitions load after the first view (src/ui/glossary/definitions.svelte.ts): a sentence marks its
 * terms at once, the definition of a term is there when it is hovered or focused, and the sandbox's off-screen list
 * fills in once they load. (This file's module graph starts without them: the setup adds the catalogue part's
 * strings, not the module that reads them.)
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import GlossaryText from '../../src/ui/glossary/GlossaryText.svelte';
import GlossaryDefinitions from '../../src/ui/glossary/GlossaryDefinitions.svelte';
import { glossaryDefinitions } from '../../src/ui/glossary/definitions.svelte';
import { glossaryDefinitionsEn } from '../../src/app/messages/glossaryDefinitions';

describe('glossary definitions on demand', () => {
  it('marks the terms before the definitions load, and a focused term shows its definition', async () => {
    expect(glossaryDefinitions.of('slashableStake')).toBeNull();
    // an idle that never comes: only the focus can load them here
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = () => 0;
    onTestFinished(() => {
      window.requestIdleCallback = idle;
    });
    render(GlossaryText, { props: { text: 'The AVS loses slashable stake.' } });
    const term = document.querySelector<HTMLButtonElement>('button.term[data-term="slashableStake"]')!;
    expect(term.getAttribute('aria-describedby')).toBe('glossary-def-slashableStake');
    await fireEvent.focus(term);
    const tip = screen.getByTestId('glossary-tip');
    // the tip opens at once; the definition is in it as soon as its part has loaded
    await waitFor(() => expect(tip.textContent).toContain(glossaryDefinitionsEn['glossaryDef.slashableStake']));
    expect(tip.querySelector('strong')?.textContent).toBe(glossaryDefinitionsEn['glossary.slashableStake.term']);
    expect(glossaryDefinitions.of('avs')).toEqual({
      term: glossaryDefinitionsEn['glossary.avs.term'],
      definition: glossaryDefinitionsEn['glossaryDef.avs'],
    });
  });

  it('the off-screen list gives every term its definition by id', async () => {
    await glossaryDefinitions.load();
    render(GlossaryDefinitions);
    const def = document.getElementById('glossary-def-costOfCorruption');
    expect(def?.textContent).toBe(glossaryDefinitionsEn['glossaryDef.costOfCorruption']);
    expect(screen.getByTestId('glossary-definitions').querySelectorAll('p[id^="glossary-def-"]').length).toBe(
      Object.keys(glossaryDefinitionsEn).filter((k) => k.startsWith('glossaryDef.')).length,
    );
  });
});
