/**
 * The one template filler (src/app/messages/fillTemplate.ts) that the UI's `t`, the card sizer and the fault menu
 * share: named placeholders, a missing one left showing, the English possessive after "{name}'s" (the same rule as
 * the engine's `possessive`), and a value that looks like a placeholder or a replacement pattern copied as it is.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fillTemplate } from '../../../src/app/messages/fillTemplate';
import { possessive } from '../../../src/engine/messages/en/possessive';
import { t } from '../../../src/ui/messages';
// the drop's words are a part of their own, loaded with the drag's code
import '../../../src/app/messages/drop';
import { factWidth, sansWidth } from '../../../src/app/cardSize';

describe('fillTemplate', () => {
  it('fills each named placeholder, as often as it appears, numbers as written', () => {
    expect(
      fillTemplate('{holder} stakes {amount} ETH with {operator}; {holder} waits', {
        holder: 'Alice',
        amount: 32,
        operator: 'NodeCo',
      }),
    ).toBe('Alice stakes 32 ETH with NodeCo; Alice waits');
    expect(fillTemplate('{a}{b}', { a: 0, b: '' })).toBe('0');
  });

  it('returns the template itself without parameters', () => {
    expect(fillTemplate('{holder} stakes')).toBe('{holder} stakes');
  });

  it('leaves a placeholder without a parameter as it is, and does not read Object.prototype', () => {
    expect(fillTemplate('{holder} stakes with {operator}', { holder: 'Alice' })).toBe('Alice stakes with {operator}');
    expect(fillTemplate('{constructor} and {toString}', {})).toBe('{constructor} and {toString}');
    const sparse = { holder: undefined } as unknown as Record<string, string>;
    expect(fillTemplate('{holder}', sparse)).toBe('{holder}');
    // braces that are not a placeholder name
    expect(fillTemplate('{ holder } {} {a-b}', { holder: 'x', 'a-b': 'y' })).toBe('{ holder } {} {a-b}');
  });

  it("writes the possessive after \"{name}'s\": Alice's, but eLayerNodes' (never Nodes's)", () => {
    const template = "{operator}'s allocation to {avs}";
    expect(fillTemplate(template, { operator: 'Alice', avs: 'Oracle' })).toBe("Alice's allocation to Oracle");
    expect(fillTemplate(template, { operator: 'eLayerNodes', avs: 'Oracle' })).toBe(
      "eLayerNodes' allocation to Oracle",
    );
    // only a placeholder directly followed by 's: other words ending in s are untouched
    expect(fillTemplate("{n} 's {n}s", { n: 'Bus' })).toBe("Bus 's Buss");
    // a missing possessive placeholder stays whole, its 's too
    expect(fillTemplate("{operator}'s stake", {})).toBe("{operator}'s stake");
  });

  it('agrees with the engine possessive for any name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), (name) => {
        expect(fillTemplate("{who}'s", { who: name })).toBe(possessive(name));
      }),
    );
  });

  it('does not fill a value again: "{x}" inside a value stays, in one pass', () => {
    expect(fillTemplate('{a} then {b}', { a: '{b}', b: 'B' })).toBe('{b} then B');
    expect(fillTemplate('{a}', { a: '{a}' })).toBe('{a}');
  });

  it('copies values that look like replacement patterns ($&, $1, $$, $`) as they are', () => {
    const values = ['$&', '$1', '$$', '$`', "$'", '$<name>'];
    for (const v of values) expect(fillTemplate('[{v}]', { v })).toBe(`[${v}]`);
    expect(fillTemplate("{v}'s", { v: '$&s' })).toBe("$&s'");
  });

  it('is a single pass for any values: placeholders become exactly their values', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(fillTemplate('<{a}|{b}>', { a, b })).toBe(`<${a}|${b}>`);
      }),
    );
  });
});

describe('the three places that fill templates use it', () => {
  it("the UI's t writes the possessive and leaves an unknown placeholder", () => {
    expect(t('drop.refused.allocationPending', { operator: 'eLayerNodes', avs: 'Oracle' })).toBe(
      "eLayerNodes' allocation to Oracle is still waiting for its delay to pass.",
    );
    expect(t('drop.refused.allocationPending', { operator: '$&' })).toBe(
      "$&'s allocation to {avs} is still waiting for its delay to pass.",
    );
  });

  it("the card sizer measures a fact's label as filled", () => {
    // 'fact.reserve' is '{asset}': the label measured is the asset's name itself, "$&" included
    for (const asset of ['wstETH', '$&', '{asset}'])
      expect(factWidth({ label: 'fact.reserve', labelParams: { asset }, value: '' })).toBeCloseTo(
        sansWidth(asset, 14) + 4,
        6,
      );
  });
});
