/**
 * The sentence saying what a switch of security model changed, a part of the catalogue (see ./en.ts) that loads
 * with the code that says it, src/app/modelSwitch.ts (in the chunk of src/app/onDemandSecurity.ts, fetched when the
 * model menu first opens, on idle after the first view, or at a choice): it imports this module, which adds the
 * part to the English catalogue as it loads. The menu's own words stay in ./sandbox.ts.
 */
import { addEnglish } from './english';

export const modelSwitchEn = {
  'model.switch.line': '{lead}: {change}.',
  'model.switch.lead.pooled':
    'Under pooled stake, each of the {count} services {operator} serves can slash all {amount} ETH it holds',
  'model.switch.lead.pooled.none':
    'Under pooled stake, every service an operator serves can slash its whole delegated stake',
  'model.switch.lead.unique':
    'Under unique stake, a service can slash only what is allocated to it ({operator}: {amount} ETH for {avs})',
  'model.switch.lead.unique.none': 'Under unique stake, a service can slash only what is allocated to it',
  'model.switch.lead.sharedVault':
    'Under shared vaults, {vault}’s collateral backs {count} networks through {operator}, each up to its limit',
  'model.switch.lead.sharedVault.none':
    'Under shared vaults, each network can slash its share of a vault, up to its limit',
  'model.switch.attackable.one': '{names} can now be attacked for profit',
  'model.switch.attackable.many': '{count} services can now be attacked for profit ({names})',
  'model.switch.safe.one': '{names} is no longer worth attacking on its own',
  'model.switch.safe.many': '{count} services are no longer worth attacking one at a time ({names})',
  'model.switch.both': '{attackable}; {safe}',
  'model.switch.sameVerdicts': 'no service changes verdict when attacked alone',
} as const satisfies Record<string, string>;

addEnglish(modelSwitchEn);
