/**
 * Ledger accounts in words, for trace sentences: "Alice", "Lido-like pool's buffer", "minipool mp1's
 * validator account", "Alice's EigenPod". Any model may use it; an account it does not know is shown as is.
 */
import type { World } from './world';

export function accountName(world: World, account: string): string {
  const [kind, a, b, c] = account.split(':');
  const holder = (id: string) => world.holders[id]?.name ?? id;
  switch (kind) {
    case 'holder':
      return holder(a);
    case 'lido': {
      const pool = world.liquid.lido?.[a]?.name ?? a;
      return b === 'operator' ? `${pool}'s operator ${c}` : `${pool}'s ${b === 'withdrawals' ? 'withdrawal vault' : b}`;
    }
    case 'rocket': {
      const pool = world.liquid.rocket?.[a]?.name ?? a;
      if (b === 'minipool') return `minipool ${c} of ${pool}`;
      if (b === 'node') return `node ${c} of ${pool}`;
      return `${pool}'s ${b === 'deposits' ? 'deposit pool' : b}`;
    }
    case 'eigen':
      if (a === 'pod') return `${holder(b)}'s EigenPod`;
      if (a === 'operator') return `operator ${world.restaking.operators?.[b]?.name ?? b}`;
      return account;
    default:
      return account;
  }
}
