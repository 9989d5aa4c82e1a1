/**
 * The glossary's English strings (glossary.<id>.term and glossary.<id>.def, see src/app/glossary.ts), a part of the
 * catalogue (see ./en.ts): loaded with whatever explains the words (the sandbox's narration and panels, the
 * embed's cascade replay), apart from the rest of the sandbox's strings.
 */
export const glossaryEn = {
  'glossary.label': 'What “{term}” means',
  'glossary.list': 'Glossary',
  'glossary.avs.term': 'AVS',
  'glossary.avs.def':
    'Actively validated service: a service (a bridge, an oracle, a data layer) that borrows the security of restaked stake and can slash it when its operators misbehave.',
  'glossary.operator.term': 'operator',
  'glossary.operator.def':
    'Someone who runs the software for services. Stakers delegate their restaked stake to an operator, and share its fate: when the operator is slashed, they lose.',
  'glossary.operatorSet.term': 'operator set',
  'glossary.operatorSet.def':
    'A group of operators a service takes on for one job. An operator joins a set and allocates stake to it; only that service can slash that stake.',
  'glossary.magnitude.term': 'magnitude',
  'glossary.magnitude.def':
    'The share of an operator’s stake it has put at risk for one operator set, as a fraction: 30% means 30 of every 100 ETH can be slashed there.',
  'glossary.allocation.term': 'allocation',
  'glossary.allocation.def':
    'Stake an operator sets aside for one service. Only what is allocated to a service can be slashed by it.',
  'glossary.allocationDelay.term': 'allocation delay',
  'glossary.allocationDelay.def':
    'The wait before a new allocation counts, so stakers can see it coming and leave first if they disagree.',
  'glossary.slashableStake.term': 'slashable stake',
  'glossary.slashableStake.def':
    'The stake a service could take away if its operators misbehave: what backs its promise to be honest.',
  'glossary.costOfCorruption.term': 'cost of corruption',
  'glossary.costOfCorruption.def':
    'What attackers would lose by corrupting a service: the slashable stake they need to control to break it.',
  'glossary.profitFromCorruption.term': 'profit from corruption',
  'glossary.profitFromCorruption.def':
    'What attackers could gain by corrupting a service (for a bridge, the funds it holds). If it exceeds the cost of corruption, an attack pays.',
  'glossary.attackThreshold.term': 'attack threshold',
  'glossary.attackThreshold.def':
    'The share of a service’s stake attackers must control to break it, for example two thirds.',
  'glossary.tombstoned.term': 'tombstoned',
  'glossary.tombstoned.def':
    'Banned for ever: a Cosmos validator caught double-signing can never come back, and its delegators must move their stake to earn again.',
  'glossary.jailed.term': 'jailed',
  'glossary.jailed.def':
    'Put out of the active set for a while: a jailed validator and its delegators earn nothing until it is let out.',
  'glossary.unbonding.term': 'unbonding',
  'glossary.unbonding.def':
    'The waiting period after you stop staking before the tokens are free (21 days on Cosmos). The stake can still be slashed meanwhile.',
  'glossary.commission.term': 'commission',
  'glossary.commission.def': 'The cut of the rewards a validator keeps for running the node before sharing the rest.',
  'glossary.shareRate.term': 'share rate',
  'glossary.shareRate.def':
    'How much ETH one share of a liquid staking pool is worth. Rewards raise it; a slash lowers it for every holder at once.',
  'glossary.rebase.term': 'rebase',
  'glossary.rebase.def':
    'A daily update of every stETH balance to match what the pool’s validators hold: up with rewards, down (a negative rebase) after losses.',
  'glossary.withdrawalQueue.term': 'withdrawal queue',
  'glossary.withdrawalQueue.def':
    'The line to turn a liquid staking token back into ETH. Requests wait until the pool has the ETH to pay them.',
  'glossary.correlationPenalty.term': 'correlation penalty',
  'glossary.correlationPenalty.def':
    'An extra slash about 18 days after a validator is caught: the more stake was slashed around the same time, the bigger it is.',
  'glossary.uniqueStake.term': 'unique stake',
  'glossary.uniqueStake.def':
    'Each service can slash only the stake allocated to it, so one slash does not weaken the other services.',
  'glossary.pooledSecurity.term': 'pooled security',
  'glossary.pooledSecurity.def':
    'Every service can slash the whole stake, so one slash weakens every service that shares it.',
  'glossary.healthFactor.term': 'health factor',
  'glossary.healthFactor.def':
    'How safe a loan is: the collateral’s value (discounted) divided by the debt. Below 1, the loan can be liquidated.',
  'glossary.effectiveBalance.term': 'effective balance',
  'glossary.effectiveBalance.def':
    'The rounded balance (at most 32 ETH) Ethereum uses to compute a validator’s rewards and penalties.',
  'glossary.restaking.term': 'restaking',
  'glossary.restaking.def':
    'Putting stake that already secures a chain (or a token for it) at risk again for other services, for extra rewards.',
  'glossary.slashing.term': 'slashing',
  'glossary.slashing.def': 'Taking away part of a stake as a punishment for breaking the rules.',
  'glossary.delegation.term': 'delegation',
  'glossary.delegation.def':
    'Letting someone else (a validator or an operator) use your stake. You keep ownership, but you share their rewards and their slashes.',
  'glossary.liquidation.term': 'liquidation',
  'glossary.liquidation.def': 'A lender selling a borrower’s collateral to repay a loan that is no longer safe.',
  'glossary.lst.term': 'LST',
  'glossary.lst.def':
    'Liquid staking token: a token you get for staking through a pool (stETH, rETH). You can trade it while the stake keeps earning.',
  'glossary.lrt.term': 'LRT',
  'glossary.lrt.def':
    'Liquid restaking token: a token for stake a protocol restakes for you. Slashes of its operators lower what it is worth.',
  'glossary.epoch.term': 'epoch',
  'glossary.epoch.def': 'Ethereum’s unit of time: 32 slots of 12 seconds, 6.4 minutes. 225 epochs make a day.',
} as const satisfies Record<string, string>;
