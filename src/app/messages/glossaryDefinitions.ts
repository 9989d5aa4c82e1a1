/**
 * The glossary's terms and their definitions in plain words (glossary.<id>.term and glossaryDef.<id>, see
 * src/app/glossary.ts), a part of the catalogue (see ./en.ts) apart from ./glossary.ts: a sentence marks its terms
 * as soon as it shows, but a term's name and definition are read only when it is hovered or focused, so they load
 * after the first view, on idle (src/ui/glossary/definitions.svelte.ts), or at the first hover or focus if sooner.
 */
export const glossaryDefinitionsEn = {
  'glossary.avs.term': 'AVS',
  'glossary.operator.term': 'operator',
  'glossary.operatorSet.term': 'operator set',
  'glossary.magnitude.term': 'magnitude',
  'glossary.allocation.term': 'allocation',
  'glossary.allocationDelay.term': 'allocation delay',
  'glossary.slashableStake.term': 'slashable stake',
  'glossary.costOfCorruption.term': 'cost of corruption',
  'glossary.profitFromCorruption.term': 'profit from corruption',
  'glossary.attackThreshold.term': 'attack threshold',
  'glossary.tombstoned.term': 'tombstoned',
  'glossary.jailed.term': 'jailed',
  'glossary.unbonding.term': 'unbonding',
  'glossary.commission.term': 'commission',
  'glossary.shareRate.term': 'share rate',
  'glossary.rebase.term': 'rebase',
  'glossary.withdrawalQueue.term': 'withdrawal queue',
  'glossary.correlationPenalty.term': 'correlation penalty',
  'glossary.uniqueStake.term': 'unique stake',
  'glossary.pooledSecurity.term': 'pooled security',
  'glossary.healthFactor.term': 'health factor',
  'glossary.effectiveBalance.term': 'effective balance',
  'glossary.restaking.term': 'restaking',
  'glossary.slashing.term': 'slashing',
  'glossary.delegation.term': 'delegation',
  'glossary.liquidation.term': 'liquidation',
  'glossary.lst.term': 'LST',
  'glossary.lrt.term': 'LRT',
  'glossary.epoch.term': 'epoch',
  'glossaryDef.avs':
    'Actively validated service: a service (a bridge, an oracle, a data layer) that borrows the security of restaked stake and can slash it when its operators misbehave.',
  'glossaryDef.operator':
    'Someone who runs the software for services. Stakers delegate their restaked stake to an operator, and share its fate: when the operator is slashed, they lose.',
  'glossaryDef.operatorSet':
    'A group of operators a service takes on for one job. An operator joins a set and allocates stake to it; only that service can slash that stake.',
  'glossaryDef.magnitude':
    'The share of an operator’s stake it has put at risk for one operator set, as a fraction: 30% means 30 of every 100 ETH can be slashed there.',
  'glossaryDef.allocation':
    'Stake an operator sets aside for one service. Only what is allocated to a service can be slashed by it.',
  'glossaryDef.allocationDelay':
    'The wait before a new allocation counts, so stakers can see it coming and leave first if they disagree.',
  'glossaryDef.slashableStake':
    'The stake a service could take away if its operators misbehave: what backs its promise to be honest.',
  'glossaryDef.costOfCorruption':
    'What attackers would lose by corrupting a service: the slashable stake they need to control to break it.',
  'glossaryDef.profitFromCorruption':
    'What attackers could gain by corrupting a service (for a bridge, the funds it holds). If it exceeds the cost of corruption, an attack pays.',
  'glossaryDef.attackThreshold':
    'The share of a service’s stake attackers must control to break it, for example two thirds.',
  'glossaryDef.tombstoned':
    'Banned for ever: a Cosmos validator caught double-signing can never come back, and its delegators must move their stake to earn again.',
  'glossaryDef.jailed':
    'Put out of the active set for a while: a jailed validator and its delegators earn nothing until it is let out.',
  'glossaryDef.unbonding':
    'The waiting period after you stop staking before the tokens are free (21 days on Cosmos). The stake can still be slashed meanwhile.',
  'glossaryDef.commission': 'The cut of the rewards a validator keeps for running the node before sharing the rest.',
  'glossaryDef.shareRate':
    'How much ETH one share of a liquid staking pool is worth. Rewards raise it; a slash lowers it for every holder at once.',
  'glossaryDef.rebase':
    'A daily update of every stETH balance to match what the pool’s validators hold: up with rewards, down (a negative rebase) after losses.',
  'glossaryDef.withdrawalQueue':
    'The line to turn a liquid staking token back into ETH. Requests wait until the pool has the ETH to pay them.',
  'glossaryDef.correlationPenalty':
    'An extra slash about 18 days after a validator is caught: the more stake was slashed around the same time, the bigger it is.',
  'glossaryDef.uniqueStake':
    'Each service can slash only the stake allocated to it, so one slash does not weaken the other services.',
  'glossaryDef.pooledSecurity':
    'Every service can slash the whole stake, so one slash weakens every service that shares it.',
  'glossaryDef.healthFactor':
    'How safe a loan is: the collateral’s value (discounted) divided by the debt. Below 1, the loan can be liquidated.',
  'glossaryDef.effectiveBalance':
    'The rounded balance (at most 32 ETH) Ethereum uses to compute a validator’s rewards and penalties.',
  'glossaryDef.restaking':
    'Putting stake that already secures a chain (or a token for it) at risk again for other services, for extra rewards.',
  'glossaryDef.slashing': 'Taking away part of a stake as a punishment for breaking the rules.',
  'glossaryDef.delegation':
    'Letting someone else (a validator or an operator) use your stake. You keep ownership, but you share their rewards and their slashes.',
  'glossaryDef.liquidation': 'A lender selling a borrower’s collateral to repay a loan that is no longer safe.',
  'glossaryDef.lst':
    'Liquid staking token: a token you get for staking through a pool (stETH, rETH). You can trade it while the stake keeps earning.',
  'glossaryDef.lrt':
    'Liquid restaking token: a token for stake a protocol restakes for you. Slashes of its operators lower what it is worth.',
  'glossaryDef.epoch': 'Ethereum’s unit of time: 32 slots of 12 seconds, 6.4 minutes. 225 epochs make a day.',
} as const satisfies Record<string, string>;
