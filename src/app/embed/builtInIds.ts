/**
 * The ids of the built-in scenarios an embed may name (public/scenarios/index.json's files, without ".json"), as a
 * plain list: the parameter schema and the scenario fetch need only these, and importing the index itself would put
 * every scenario's title and summary into each widget's first load. test/unit/embed/builtInIds.test.ts fails when
 * this list and the index differ: a scenario added to the index is added here too.
 */
export const BUILT_IN_IDS = [
  'solo-staker-slashed',
  'lido-slashed-operator',
  'rocket-minipool-shortfall',
  'cosmos-double-sign',
  'three-avs-unique',
  'three-avs-pooled',
  'shared-vault-networks',
  'lrt-slashed-operator',
  'steth-2022-discount',
  'whitepaper-counterexample',
  'real-network-2024-10',
  'lesson-stake-at-risk',
  'lesson-solo-staking',
  'lesson-delegated-staking',
  'lesson-liquid-staking',
  'lesson-restaking',
  'lesson-cascade-unique',
  'lesson-choosing-operator',
  'lesson-systemic-risk',
  'lesson-security-math',
  'lesson-compare-positions',
] as const satisfies readonly string[];

/** A built-in scenario's file in public/scenarios. */
export const builtInFile = (id: string): string => `${id}.json`;
