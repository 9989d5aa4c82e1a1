/** The Lido-like pool over the real Ethereum model: a slashing reaches every holder through the next report. */
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { fold } from '../../../src/engine/sim';
import { SimEventSchema } from '../../../src/engine/events';
import { ethPerToken, stEthBalance } from '../../../src/engine/liquid/api';
import { validatorBalance } from '../../../src/engine/staking/ethereum/api';
import { scenario, E } from './helpers';

const sc = () =>
  scenario({
    holders: [{ id: 'alice' }, { id: 'bob' }],
    liquid: {
      lido: [
        {
          id: 'lido',
          name: 'Lido',
          operators: ['op1', 'op2'],
          validators: [
            { id: 'v1', operator: 'op1' },
            { id: 'v2', operator: 'op2' },
          ],
          holders: [
            { holder: 'alice', eth: '48' },
            { holder: 'bob', eth: '16' },
          ],
        },
      ],
    },
  });
const ev = (xs: unknown[]) => v.parse(v.array(SimEventSchema), xs);

describe('Lido over the Ethereum model', () => {
  it("a slashed pool validator lowers every holder by the same fraction, and wstETH's stEthPerToken", () => {
    const { world: w, traces } = fold(
      sc(),
      ev([
        { type: 'LidoWrap', holder: 'bob', pool: 'lido', amount: '16' },
        { type: 'EthSlash', validators: ['v1'] },
        { type: 'AdvanceTime', days: 1 },
      ]),
    );
    const rate = ethPerToken(w, 'wstETH:lido');
    // The initial slashing penalty (32/4096 = 0.0078125 ETH) outweighs a day of rewards on 64 ETH: negative rebase.
    expect(rate.num < rate.den).toBe(true);
    expect(w.liquid.lido.lido.clBalance).toBe(validatorBalance(w, 'v1') + validatorBalance(w, 'v2'));
    expect(rate.num).toBe(w.liquid.lido.lido.clBalance);
    // Alice holds 3/4 of the shares (bob's quarter sits in the wstETH contract): she bears 3/4 of the loss.
    const alice = stEthBalance(w, 'lido', 'holder:alice');
    expect(alice).toBe((E(48) * rate.num) / rate.den);
    expect(traces.flat().some((s) => s.kind === 'lido.report' && /negative rebase/.test(s.text))).toBe(true);
    // No fee on a loss.
    expect(w.liquid.lido.lido.totalShares).toBe(E(64));
  });

  it('no finality, no rebase: the report is skipped while the chain leaks', () => {
    const { world: w, traces } = fold(
      sc(),
      ev([
        { type: 'EthFinality', stalled: true },
        { type: 'AdvanceTime', days: 1 },
      ]),
    );
    expect(w.liquid.lido.lido.clBalance).toBe(E(64));
    expect(stEthBalance(w, 'lido', 'holder:alice')).toBe(E(48));
    expect(traces.flat().some((s) => s.kind === 'lido.report.skipped')).toBe(true);
  });
});
