/**
 * The engine's English message catalogue: every narration sentence, fault title and refusal, grouped by model.
 * A template is a function of typed parameters, so a translation is type-checked against the English one (same
 * keys, same parameters) and may reorder, pluralise or drop clauses as its language needs. Amounts arrive as bigint
 * gwei and are formatted here, so a locale may format numbers its own way. The UI's catalogue
 * (src/ui/messages) includes this one as its `engine` section.
 */
import { cosmos } from './en/cosmos';
import { ethereum } from './en/ethereum';
import { faults } from './en/faults';
import { liquid } from './en/liquid';
import { markets } from './en/markets';
import { restaking } from './en/restaking';
import { services } from './en/services';
import { system } from './en/system';

export const engineEn = {
  ...system,
  ...ethereum,
  ...cosmos,
  ...liquid,
  ...restaking,
  ...services,
  ...markets,
  ...faults,
};
