/**
 * The scenario the sandbox opens with when nothing else is asked for: a small but complete restaking network, so
 * the default view teaches even when nobody touches it. Holders own stETH from a Lido-like pool and restake a
 * liquid staking token (LST, priced 1:1) with two operators, who allocate to three services of different kinds
 * under unique stake (ELIP-002). Carol still holds plain ETH and a third operator has no delegators yet: there is
 * something to drag at once. Amounts are illustrative and small enough to read.
 * The restaked token is a generic LST rather than the pool's stETH because a restaking slash burns the strategy's
 * tokens from the ledger, which the Lido-like pool's share check does not expect yet (reported to the engine).
 */
const SLASHING = [
  { fault: 'avs-misbehaviour', wad: '0.5' },
  { fault: 'double-sign', wad: '1' },
  { fault: 'key-compromise', wad: '1' },
];

export const DEFAULT_SCENARIO = {
  format: 'restaking-lab/scenario',
  version: 1,
  name: 'Starter: a small restaking network',
  description:
    'Alice and Bob restaked a liquid staking token with two operators, who allocate it to a data-availability layer, a price oracle and a bridge. All three hold stETH from a liquid staking pool. Carol still holds ETH: drag her stake onto the pool or an operator, drag an allocation, or trigger a fault to watch the loss travel.',
  seed: 'starter',
  securityModel: 'unique',
  holders: [
    { id: 'alice', name: 'Alice', balances: { ETH: '16', LST: '48' } },
    { id: 'bob', name: 'Bob', balances: { ETH: '8', LST: '32' } },
    { id: 'carol', name: 'Carol', balances: { ETH: '40' } },
  ],
  liquid: {
    lido: [
      {
        id: 'lido',
        name: 'Liquid staking pool',
        operators: [{ id: 'pool-node', name: 'Harbor Nodes' }],
        validators: [
          { id: 'pv1', operator: 'pool-node' },
          { id: 'pv2', operator: 'pool-node' },
          { id: 'pv3', operator: 'pool-node' },
        ],
        holders: [
          { holder: 'alice', eth: '16' },
          { holder: 'bob', eth: '16' },
          { holder: 'carol', eth: '64' },
        ],
      },
    ],
  },
  restaking: {
    // stETH restakes too (a slash sends it to EigenLayer's burn address, leaving Lido's shares whole): Carol's
    // stake reaches an operator as stETH, or as ETH through the pool.
    strategies: [
      { id: 'lst', asset: 'LST' },
      { id: 'steth', asset: 'stETH:lido' },
    ],
    operators: [
      { id: 'orion', name: 'Orion Nodes' },
      { id: 'lumen', name: 'Lumen Staking' },
      { id: 'atlas', name: 'Atlas Ops' },
    ],
    avss: [
      { id: 'da', name: 'DA layer', kind: 'data-availability', profitFromCorruption: '40', slashing: SLASHING },
      { id: 'oracle', name: 'Price oracle', kind: 'oracle', profitFromCorruption: '25', slashing: SLASHING },
      { id: 'bridge', name: 'Bridge', kind: 'bridge', profitFromCorruption: '30', slashing: SLASHING },
    ],
    deposits: [
      { holder: 'alice', strategy: 'lst', amount: '48' },
      { holder: 'bob', strategy: 'lst', amount: '32' },
    ],
    delegations: [
      { staker: 'alice', operator: 'orion' },
      { staker: 'bob', operator: 'lumen' },
    ],
    registrations: [
      { operator: 'orion', avs: 'da' },
      { operator: 'orion', avs: 'oracle' },
      { operator: 'lumen', avs: 'da' },
      { operator: 'lumen', avs: 'bridge' },
      { operator: 'atlas', avs: 'oracle' },
    ],
    allocations: [
      { operator: 'orion', avs: 'da', strategy: 'lst', magnitude: '0.5' },
      { operator: 'orion', avs: 'oracle', strategy: 'lst', magnitude: '0.3' },
      { operator: 'lumen', avs: 'da', strategy: 'lst', magnitude: '0.4' },
      { operator: 'lumen', avs: 'bridge', strategy: 'lst', magnitude: '0.5' },
    ],
  },
  events: [],
} as const;

export const EMPTY_SCENARIO = {
  format: 'restaking-lab/scenario',
  version: 1,
  name: 'Empty scenario',
  description: '',
  holders: [],
  events: [],
} as const;
