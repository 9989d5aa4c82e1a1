/**
 * The engine's side of hostile input (issue 12): records keyed by user ids have no prototype, and stay safe after
 * structuredClone (which gives plain objects back: lookups go through `own`); amounts are parsed exactly from
 * their text; the integer square root is exact far beyond a double's range; the JSON reader never overflows the
 * stack and keeps numbers as written or refuses them.
 */
import { describe, expect, it } from 'vitest';
import { own, record } from '../../../src/engine/records';
import { balanceOf, createLedger, endow, totals, transfer } from '../../../src/engine/ledger/ledger';
import { isqrt, parseEth } from '../../../src/engine/ledger/amount';
import { cloneWorld, initWorld } from '../../../src/engine/sim';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { readJson, sameDecimal } from '../../../src/engine/scenario/readJson';
import { JsonSyntaxError, parseExactJson } from '../../../src/engine/security/exactJson';

describe('records keyed by user ids', () => {
  it('have no prototype, and own() never answers from Object.prototype', () => {
    const r = record<number>();
    expect(Object.getPrototypeOf(r)).toBe(null);
    expect(r.constructor).toBeUndefined();
    const plain: Record<string, number> = { a: 1 };
    expect(own(plain, 'toString')).toBeUndefined();
    expect(own(plain, 'constructor')).toBeUndefined();
    expect(own(plain, 'a')).toBe(1);
  });

  it('a cloned world (plain objects again) still answers 0 for assets named like Object.prototype members', () => {
    const parsed = parseScenario({
      format: 'restaking-lab/scenario',
      version: 1,
      name: 'x',
      holders: [{ id: 'alice', balances: { ETH: '1' } }],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { world } = initWorld(parsed.value);
    expect(Object.getPrototypeOf(world.holders)).toBe(null);
    expect(Object.getPrototypeOf(world.ledger.assets)).toBe(null);
    const clone = cloneWorld(world);
    expect(Object.getPrototypeOf(clone.ledger.assets)).toBe(Object.prototype); // what structuredClone does
    for (const name of ['toString', 'constructor', 'hasOwnProperty', 'valueOf', '__proto__']) {
      expect(balanceOf(clone.ledger, name, 'holder:alice')).toBe(0n);
      expect(totals(clone.ledger, name).total).toBe(0n);
    }
    expect(balanceOf(clone.ledger, 'ETH', 'holder:alice')).toBe(1_000_000_000n);
  });

  it('the ledger books such an asset as an ordinary one (the schema refuses it before it gets here)', () => {
    const ledger = structuredClone(createLedger());
    endow(ledger, 'constructor', 'a', 5n);
    transfer(ledger, 'constructor', 'a', 'b', 2n, 'transfer');
    expect(balanceOf(ledger, 'constructor', 'b')).toBe(2n);
    expect(totals(ledger, 'constructor')).toEqual({ initial: 5n, minted: 0n, burned: 0n, total: 5n });
  });
});

describe('amounts parsed exactly from their text', () => {
  it.each([
    ['32', 32_000_000_000n],
    ['1e-9', 1n],
    ['3.2E+1', 32_000_000_000n],
    ['0.000000001e9', 1_000_000_000n],
    ['1.5000000000', 1_500_000_000n],
    ['12345678901234567891e0', 12_345_678_901_234_567_891_000_000_000n],
    ['0e999999999', 0n],
    [9007199254740992, 9_007_199_254_740_992_000_000_000n],
    [1e-7, 100n],
  ] as const)('%s -> %s gwei', (text, gwei) => {
    expect(parseEth(text)).toBe(gwei);
  });

  it.each([
    ['1e-10', /below 1 gwei/],
    ['0.5e-9', /below 1 gwei/],
    ['1.0000000001e0', /more than 9 decimals/],
    ['1.5e-9', /more than 9 decimals/],
    ['1e999999999', /too large/],
    ['1e', /not a decimal number/],
    ['.5', /not a decimal number/],
  ])('%s is refused (%s)', (text, message) => {
    expect(() => parseEth(text)).toThrow(message);
  });
});

describe('isqrt', () => {
  it('is the exact floor square root of numbers far beyond a double (400 digits)', () => {
    for (const n of [
      10n ** 400n - 1n,
      10n ** 399n * 7n + 3n,
      (10n ** 200n + 1n) ** 2n,
      (10n ** 200n + 1n) ** 2n - 1n,
    ]) {
      const r = isqrt(n);
      expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
    }
    expect(isqrt((10n ** 200n + 1n) ** 2n)).toBe(10n ** 200n + 1n);
    for (let n = 0n; n < 200n; n++) {
      const r = isqrt(n);
      expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
    }
  });
});

describe('the JSON reader', () => {
  it('refuses 100,000 nested arrays with a located error, not a stack overflow', () => {
    expect(() => parseExactJson('['.repeat(100_000))).toThrow(JsonSyntaxError);
    expect(() => parseExactJson('['.repeat(100_000))).toThrow(/line 1, column 101 \(nested deeper than 100 levels\)/);
    expect(parseExactJson(`${'['.repeat(100)}${']'.repeat(100)}`)).toBeInstanceOf(Array);
  });

  it('keeps "__proto__" as an ordinary own key', () => {
    const r = readJson('{"__proto__": {"polluted": 1}}');
    if (!r.ok) throw new Error();
    expect(Object.keys(r.value as object)).toEqual(['__proto__']);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('keeps numbers that survive the round trip and refuses the others at their path', () => {
    expect(readJson('{"a": [0.1, 1e-7, 100, -0, 1E2]}')).toEqual({ ok: true, value: { a: [0.1, 1e-7, 100, -0, 100] } });
    expect(readJson('{"a": [1, 9007199254740993]}')).toEqual({
      ok: false,
      issues: [
        {
          path: '$.a[1]',
          message:
            'the number 9007199254740993 cannot be read exactly (it would become 9007199254740992); write it as a string: "9007199254740993"',
        },
      ],
    });
    expect(sameDecimal('1e2', '100')).toBe(true);
    expect(sameDecimal('0.10', '0.1')).toBe(true);
    expect(sameDecimal('12345678901234567891', '12345678901234567000')).toBe(false);
  });
});
