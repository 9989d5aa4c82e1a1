/**
 * The builder's rules' words, a part of the catalogue (see ./en.ts) that loads with them, after the sandbox's first
 * view: what an edit did or why it cannot be made (src/app/draftEditor.svelte.ts) and the fields' names and problems
 * (src/app/worldDraft.ts), both loaded when the builder is opened or on idle (src/app/scenarioDraft.svelte.ts). Each
 * imports this module, which adds the part to the English catalogue as it loads. The palette's and editor's own words
 * are in ./onDemand.ts; the toolbar's Build button's stay in ./sandbox.ts.
 */
import { addEnglish } from './english';

export const draftEn = {
  'build.added': '{name} added. Its parameters are in the inspector.',
  'build.removed': '{name} was deleted.',
  'build.removedDropped': '{name} was deleted, and {count} events that named it were dropped.',
  'build.undo': 'Undo the deletion',
  'build.eventsDropped': '{count} events no longer apply to the changed world and were dropped.',
  'build.needsHolder': 'A validator needs an owner: add a holder first.',
  'build.invalidField': '{field}: {message}',
  'build.worldName': 'World name',
  'build.field.name': 'Name',
  'build.field.eth': 'ETH balance',
  'build.field.owner': 'Owner',
  'build.field.balance': 'Balance (ETH)',
  'build.field.fee': 'Pool fee in basis points (1000 = 10%)',
  'build.field.profit': 'Profit from corruption (ETH)',
  'build.field.threshold': 'Share of stake needed to attack (e.g. 1/2)',
  'build.field.slash': 'Share slashed for misbehaviour (e.g. 0.5)',
  'build.needsOperator': 'A liquid restaking token delegates through an operator: add an operator first.',
  'build.needsToken':
    'A liquid restaking token restakes a token: add a liquid staking pool first (its stETH can be restaked).',
  'build.field.asset': 'Asset it holds (e.g. ETH)',
  'build.field.underlying': 'Token it restakes',
  'build.field.lrtOperators': 'Operators it delegates through',
  'build.field.limit': 'Limit for {service} (empty: none)',
  'build.field.share': 'Share for {operator} on {service}',
  'build.field.delay': 'Allocation delay in blocks of 12 s (7200 = one day)',
} as const satisfies Record<string, string>;

addEnglish(draftEn);
