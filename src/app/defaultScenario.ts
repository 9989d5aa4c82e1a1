/**
 * The scenario the sandbox opens with when nothing else is asked for and no prepared scenario is published:
 * three holders with ETH and nothing built yet, so the first thing a learner does is drag stake.
 */
export const DEFAULT_SCENARIO = {
  format: 'restaking-lab/scenario',
  version: 1,
  name: 'Starter: three holders',
  description: 'Three holders with ETH. Drag their stake onto validators, pools, operators and services.',
  seed: 'starter',
  holders: [
    { id: 'alice', name: 'Alice', balances: { ETH: '96' } },
    { id: 'bob', name: 'Bob', balances: { ETH: '64' } },
    { id: 'carol', name: 'Carol', balances: { ETH: '40' } },
  ],
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
