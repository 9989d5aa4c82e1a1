/**
 * What a drop of stake does and the carried stake's words, a part of the catalogue (see ./en.ts) that loads with
 * the code naming it, after the sandbox's first view: the drop's plan, steps, refusals and offers
 * (src/app/dropActions.ts), the drag's announcements (src/app/stakeDragCore.svelte.ts: both load at a first pick-up
 * or on idle, src/app/stakeDrag.svelte.ts) and the carried chip (src/ui/sandbox/DragGhost.svelte). Each of them
 * imports this module, which adds the part to the English catalogue as it loads. The chips' own words, which the
 * first view shows, stay in ./sandbox.ts.
 */
import { addEnglish } from './english';

export const dropEn = {
  // The drag as it goes (stakeDragCore.svelte.ts announces it; DragGhost.svelte is the carried chip)
  'drag.pickedUp':
    'Picked up stake from {holder}. {count} places can take it. Use arrow keys or Tab to choose, Enter to drop, Escape to cancel.',
  'drag.noTargets': 'There is nowhere to put stake from {holder} yet.',
  'drag.target': 'Target {index} of {count}: {name}, {kind}.',
  'drag.cancelled': 'Cancelled. The stake is back with {holder}.',
  'drag.keys': 'Arrow keys or Tab: next place · Enter: drop · Escape: put back',
  'drag.pointerKeys': 'Let go over a place marked “Drop here” · Escape: put back',
  'drag.carrying': 'Carrying stake from {holder}',
  'drag.carryingTo': 'Carrying stake from {holder} to {target}',
  'drag.cannot': 'Cannot go here',
  // A drop made, or one with nothing to put (stakeDragCore.svelte.ts)
  'drop.done': '{holder} put {amount} {asset} into {target}.',
  'drop.doneVia': '{holder} put {amount} {asset} into {target} through {via}.',
  'drop.nothingToPut': '{holder} has no {asset} to put into {target}.',
  // What a drop does, step by step (dropActions.ts): issue 13, items 1 and 5; a token with no protocol to restake it
  // still has markets to go to; a pool's own stETH dropped back on it goes to Lido's withdrawal queue
  'drop.step.validator': 'Deposit into validator {validator} (the deposit contract; it waits in the activation queue)',
  'drop.step.pool': 'Put the ETH into {pool}, which mints {token} for it',
  'drop.step.deposit':
    'Deposit the {asset} into the {strategy} restaking strategy (StrategyManager.depositIntoStrategy)',
  'drop.step.delegate': 'Delegate the new shares to {operator} (DelegationManager.delegateTo)',
  'drop.step.followsDelegation': "The new shares join {holder}'s delegation to {operator}",
  'drop.step.lrt': 'Deposit the {asset} into {lrt}, which restakes it and mints its token',
  'drop.step.vault': 'Deposit the {asset} into the vault {vault} (Vault.deposit)',
  'drop.step.cosmos': 'Delegate the {asset} to {validator} (MsgDelegate)',
  'drop.step.register': "Register {operator} for {avs}'s operator set (AllocationManager.registerForOperatorSets)",
  'drop.step.allocate':
    'Allocate that much of its stake to {avs} (AllocationManager.modifyAllocations); it becomes slashable after the allocation delay, {days} days',
  'drop.step.swapSell': 'Sell the {token} into {pool} for ETH (the pool’s price moves with the trade)',
  'drop.step.swapBuy': 'Buy {token} from {pool} with ETH (the pool’s price moves with the trade)',
  'drop.step.supply': 'Deposit the {asset} as collateral in {market} (it can then borrow ETH against it)',
  'drop.step.withdraw':
    'Ask {pool} to pay the stETH back in ETH: the request waits in its withdrawal queue until an oracle report finalizes it',
  // Through which operator a drop on a service goes
  'drop.via.allocates': '{operator} allocates {percent}% of its stake to {avs}',
  'drop.via.registeredOnly': '{operator} serves {avs} but allocates nothing to it yet: the stake would not secure it',
  // An Ethereum validator's deposit choices
  'drop.validator.question': 'Which validator?',
  'drop.validator.topUp': 'Top up {validator}: adds to its balance, no new validator.',
  'drop.validator.new': 'A new validator, {validator}: the chain activates it once it holds {min} ETH.',
  'drop.step.newValidator':
    'Deposit into a new validator {validator} (the deposit contract; it waits in the activation queue once it holds {min} ETH)',
  // Why a place cannot take the carried stake (a validator that is exiting or slashed takes no top-up: the engine's
  // acceptsTopUp), and what would make it possible
  'drop.refused.noStrategyToken': '{holder} holds no token that a restaking strategy accepts ({assets}).',
  'drop.refused.noStrategy': '{holder} holds no token that a restaking strategy accepts (none in this scenario).',
  'drop.refused.noDeposits': '{target} does not take deposits.',
  'drop.refused.nothingToPut': '{holder} has no {asset} to put into {target}.',
  'drop.refused.delegatedElsewhere':
    '{holder} is delegated to {operator}, and a staker delegates to one operator only.',
  'drop.refused.avsNoOperators': 'no operator is registered for {avs} yet, so no stake can reach it.',
  'drop.refused.avsNoVault': 'no vault lets {avs} use its stake.',
  'drop.refused.operatorToService':
    "{operator}'s stake goes to services: drop it on a service, which can then slash what is allocated to it.",
  'drop.refused.operatorVaultModel':
    'under shared vaults the vault curator, not {operator}, decides what each service gets.',
  'drop.refused.operatorNoStake': '{operator} has no unallocated stake that {avs} accepts.',
  'drop.refused.allocationPending': "{operator}'s allocation to {avs} is still waiting for its delay to pass.",
  'drop.refused.noCollateral': '{market} takes only {assets} as collateral, and {holder} holds none.',
  'drop.refused.validatorExiting': '{validator} is exiting, so a deposit would not top it up.',
  'drop.offer.poolFirst': 'Deposit ETH into {pool} first to get {token}.',
  'drop.offer.sameOperator':
    'Drop it on {operator}, or undelegate from {operator} first (the withdrawal waits 14 days).',
  'drop.offer.operatorFirst': "Carry an operator's unallocated stake to {avs} first: that registers it.",
  'drop.offer.delegateFirst': "Drop a holder's stake on {operator} first.",
} as const satisfies Record<string, string>;

addEnglish(dropEn);
