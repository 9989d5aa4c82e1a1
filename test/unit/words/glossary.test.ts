import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossarySegments } from '../../../src/app/glossary';
import { en as shell } from '../../../src/app/messages/en';
import { sandboxEn } from '../../../src/app/messages/sandbox';
import { glossaryDefinitionsEn } from '../../../src/app/messages/glossaryDefinitions';

const en: Record<string, string> = { ...shell, ...sandboxEn, ...glossaryDefinitionsEn };
import { stepLabel } from '../../../src/app/stepLabel';

describe('the glossary', () => {
  it('defines every term in plain words in the catalogue', () => {
    for (const g of GLOSSARY) {
      expect(en[`glossary.${g.id}.term`], g.id).toBeTruthy();
      expect(en[`glossaryDef.${g.id}`]?.length, g.id).toBeGreaterThan(40);
    }
    const ids = GLOSSARY.map((g) => g.id);
    for (const wanted of ['avs', 'operator', 'operatorSet', 'magnitude', 'allocation', 'allocationDelay'])
      expect(ids).toContain(wanted);
    for (const wanted of ['slashableStake', 'costOfCorruption', 'profitFromCorruption', 'tombstoned', 'jailed'])
      expect(ids).toContain(wanted);
    for (const wanted of ['unbonding', 'commission', 'shareRate', 'rebase', 'withdrawalQueue', 'correlationPenalty'])
      expect(ids).toContain(wanted);
  });

  it('marks the longest term, once per sentence, and the pieces join back to the sentence', () => {
    const text =
      'Price oracle slashes Op1’s allocation in its operator set 0; the operator set and the AVS lose slashable stake.';
    const segments = glossarySegments(text);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.term).map((s) => [s.text, s.term!.id])).toEqual([
      ['slashes', 'slashing'],
      ['allocation', 'allocation'],
      ['operator set', 'operatorSet'],
      ['AVS', 'avs'],
      ['slashable stake', 'slashableStake'],
    ]);
  });

  it('leaves a sentence without terms whole', () => {
    expect(glossarySegments('Alice starts with 5 ETH.')).toEqual([{ text: 'Alice starts with 5 ETH.' }]);
  });
});

describe('the narration tag of a step', () => {
  it('calls the learner’s fault a fault, not setup', () => {
    expect(stepLabel({ kind: 'fault.key-compromise', layer: 'system' })).toBe('cascade.layer.fault');
    expect(stepLabel({ kind: 'transfer', layer: 'system' })).toBe('cascade.layer.transfer');
    expect(stepLabel({ kind: 'genesis.holder', layer: 'system' })).toBe('cascade.layer.system');
    expect(stepLabel({ kind: 'restaking.slash', layer: 'restaking' })).toBe('cascade.layer.restaking');
  });
});
