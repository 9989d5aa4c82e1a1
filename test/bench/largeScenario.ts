/**
 * The benchmark world (issue 2): 1,000 validators, 10,000 holders and one liquid staking pool. 500 validators
 * are solo stakers' (one each for the first 500 holders); 500 belong to a Lido-like pool run by 10 operators,
 * whose stETH is held by all 10,000 holders. Every validator is online; the background network is 34M ETH.
 */
export function largeScenario(validators = 1000, holders = 10_000): Record<string, unknown> {
  const solo = validators / 2;
  const pooled = validators - solo;
  const holderIds = Array.from({ length: holders }, (_, i) => `h${i}`);
  const poolEth = pooled * 32;
  // Split the pool's ether over all holders in whole gwei so the stETH sums exactly to the pool's ether.
  const perHolder = Math.floor((poolEth * 1e9) / holders);
  const remainder = poolEth * 1e9 - perHolder * holders;
  const gwei = (n: number) => `${Math.floor(n / 1e9)}.${String(n % 1e9).padStart(9, '0')}`;
  return {
    format: 'restaking-lab/scenario',
    version: 1,
    name: `Benchmark: ${validators} validators, ${holders} holders, one liquid staking pool`,
    seed: 'bench',
    holders: holderIds.map((id) => ({ id, balances: { ETH: '10' } })),
    ethereum: {
      backgroundStake: '34000000',
      validators: Array.from({ length: solo }, (_, i) => ({ id: `s${i}`, owner: holderIds[i], balance: '32' })),
    },
    liquid: {
      lido: [
        {
          id: 'lido',
          operators: Array.from({ length: 10 }, (_, i) => `op${i}`),
          validators: Array.from({ length: pooled }, (_, i) => ({ id: `l${i}`, operator: `op${i % 10}` })),
          holders: holderIds.map((holder, i) => ({ holder, eth: gwei(perHolder + (i === 0 ? remainder : 0)) })),
        },
      ],
    },
  };
}
