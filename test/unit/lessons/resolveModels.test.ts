import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fold } from '../../../src/engine/sim';
import { parseScenario } from '../../../src/engine/scenario/validate';
import { evaluateCheck, parseCheck } from '../../../src/lessons/check';
import { parsePath } from '../../../src/lessons/path';
import { resolve } from '../../../src/lessons/resolve';
import { formatValue } from '../../../src/lessons/format';
import type { Observation } from '../../../src/lessons/observation';
import { amount } from '../../../src/lessons/value';

function folded(name: string): Observation {
  const parsed = parseScenario(JSON.parse(readFileSync(`public/scenarios/${name}`, 'utf8')));
  if (!parsed.ok) throw new Error(name);
  const { world, traces } = fold(parsed.value);
  return { world, trace: traces.slice(1).flat(), events: parsed.value.events };
}

const read = (path: string, obs: Observation) => {
  const p = parsePath(path);
  if (!p.ok) throw new Error(p.error);
  return resolve(p.path, obs);
};

describe('resolvers over the other models', () => {
  it('an AVS safe alone can still be attackable: the whitepaper counterexample (EigenLayer whitepaper §3.4.1)', () => {
    const obs = folded('whitepaper-counterexample.json');
    // each service alone: half of the stake it sees costs more than its own profit from corruption ...
    expect(read('avs:avs1.safeAlone', obs)).toEqual({ kind: 'bool', value: true });
    // ... but the same restakers secure all ten, so attacking them together pays (Durvasula and Roughgarden)
    expect(read('avs:avs1.attackable', obs)).toEqual({ kind: 'bool', value: true });
    expect(read('avs:avs1.safe', obs)).toEqual({ kind: 'bool', value: false });
    expect(read('network.secure', obs)).toEqual({ kind: 'bool', value: false });
  });

  it('reads liquid staking rates, pool prices and loan health from the engine', () => {
    const obs = folded('steth-2022-discount.json');
    const rate = read('token:stETH:lido.ethPerToken', obs);
    expect(rate.kind).toBe('number');
    const price = read('pool:curve.price', obs);
    const discount = read('pool:curve.discount', obs);
    // the scenario's forced selling leaves the pool below redemption value
    expect(formatValue(discount, 'percent')).not.toBe('0%');
    expect(price.kind === 'number' && price.num < price.den).toBe(true);
    expect(read('loan:aave/looper1.debt', obs).kind).toBe('amount');
    expect(() => read('loan:aave/nobody.health', obs)).toThrow(/nobody has no loan in "aave"/);
  });
});

describe('check comparisons are exact', () => {
  it('"in [a, b]" holds exactly when ">= a" and "<= b" both hold', () => {
    const obs = folded('solo-staker-slashed.json');
    const gwei = (read('validator:v2.balance', obs) as { units: bigint }).units;
    const eth = (u: bigint) => formatValue(amount(u), 'exact').replace(' ETH', '').replace(/,/g, '');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 0n, max: 10n ** 9n }), (d, w) => {
        const lo = gwei + d;
        const hi = lo + w;
        if (lo < 0n) return;
        const at = (s: string) => {
          const c = parseCheck(s, 1);
          if (typeof c === 'string') throw new Error(c);
          return evaluateCheck(c, obs).pass;
        };
        const both = at(`validator:v2.balance >= ${eth(lo)} ETH`) && at(`validator:v2.balance <= ${eth(hi)} ETH`);
        expect(at(`validator:v2.balance in [${eth(lo)}, ${eth(hi)}] ETH`)).toBe(both);
        expect(both).toBe(lo <= gwei && gwei <= hi);
      }),
      { numRuns: 100 },
    );
  });
});
