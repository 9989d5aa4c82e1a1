import { describe, expect, it } from 'vitest';
import { assertConserved, burn, createLedger, endow, mint, totals, transfer } from '../../../src/engine/ledger/ledger';

describe('ledger', () => {
  it('keeps sum(balances) == initial + minted - burned per asset', () => {
    const l = createLedger();
    endow(l, 'ETH', 'a', 100n);
    mint(l, 'ETH', 'b', 5n, 'reward');
    burn(l, 'ETH', 'a', 7n, 'penalty');
    transfer(l, 'ETH', 'a', 'b', 3n, 'transfer');
    endow(l, 'ATOM', 'a', 9n);
    expect(totals(l, 'ETH')).toEqual({ initial: 100n, minted: 5n, burned: 7n, total: 98n });
    expect(totals(l, 'ATOM').total).toBe(9n);
    expect(() => assertConserved(l)).not.toThrow();
  });

  it('refuses to overdraw and leaves the balance unchanged', () => {
    const l = createLedger();
    endow(l, 'ETH', 'a', 10n);
    expect(() => transfer(l, 'ETH', 'a', 'b', 11n, 'transfer')).toThrow(/balance is only 10/);
    expect(() => burn(l, 'ETH', 'a', 11n, 'slash')).toThrow(/balance is only 10/);
    expect(l.assets.ETH.balances.get('a')).toBe(10n);
    expect(() => mint(l, 'ETH', 'a', -1n, 'reward')).toThrow(/negative amount/);
  });

  it('detects a balance changed behind its back', () => {
    const l = createLedger();
    endow(l, 'ETH', 'a', 10n);
    l.assets.ETH.balances.set('a', 11n);
    expect(() => assertConserved(l)).toThrow(/out of balance for ETH/);
  });
});
