/**
 * The pool's depositor: buffered ether that is not reserved for withdrawal requests goes to new 32-ETH
 * validators, operators taking turns (round-robin stands in for the staking router's allocation). Withdrawals
 * take priority over deposits (integration guide: Lido.getDepositableEther = buffered - unfinalized stETH).
 */
import { balanceOf } from '../../ledger/ledger';
import { depositValidator } from '../../staking/ethereum/api';
import type { Ctx } from '../../module';
import { lidoAccount } from '../accounts';
import type { LidoPool } from '../state';
import { DEPOSIT_SIZE } from './constants';
import { unfinalizedStEth } from './withdrawalQueue';
import { say } from '../../messages/say';
import { setMessage } from '../../trace';
import { poolOperatorName, validatorName } from '../../accountNames';

export function depositableEther(ctx: Ctx, p: LidoPool): bigint {
  const buffered = balanceOf(ctx.world.ledger, 'ETH', lidoAccount.buffer(p.id));
  const reserve = unfinalizedStEth(p);
  return buffered > reserve ? buffered - reserve : 0n;
}

/** A fresh validator id for the pool: `<pool>.v<n>`, skipping ids already taken on the chain. */
function nextValidatorId(ctx: Ctx, p: LidoPool): string {
  let n = p.depositedValidators + 1;
  while (ctx.world.ethereum.validators[`${p.id}.v${n}`]) n += 1;
  return `${p.id}.v${n}`;
}

/** Deposits every full 32 ETH of depositable buffer; returns how many validators were created. */
export function depositBuffered(ctx: Ctx, p: LidoPool, parent: number | null = null): number {
  let count = 0;
  while (depositableEther(ctx, p) >= DEPOSIT_SIZE) {
    const operator = p.operators[p.nextOperator % p.operators.length];
    const id = nextValidatorId(ctx, p);
    const step = ctx.trace.step({
      kind: 'lido.deposit',
      layer: 'liquid',
      entities: [p.id, operator, id],
      amounts: { amount: DEPOSIT_SIZE },
      message: say('liquid.lido.deposit', { pool: p.name, id, operator: poolOperatorName(ctx.world, p.id, operator) }),
      parent,
    });
    depositValidator(
      ctx,
      {
        id,
        fromAccount: lidoAccount.buffer(p.id),
        amount: DEPOSIT_SIZE,
        withdrawalAccount: lidoAccount.withdrawals(p.id),
        owner: p.id,
        operator,
      },
      step,
    );
    // The sentence names the validator as its card does, which it can only do once the validator exists.
    const said = ctx.trace.steps.find((x) => x.id === step);
    if (said)
      setMessage(
        said,
        say('liquid.lido.deposit', {
          pool: p.name,
          id: validatorName(ctx.world, id),
          operator: poolOperatorName(ctx.world, p.id, operator),
        }),
      );
    p.validators.push(id);
    p.depositedValidators += 1;
    p.nextOperator = (p.nextOperator + 1) % p.operators.length;
    count += 1;
  }
  return count;
}
