/**
 * The glossary's definitions (src/app/messages/glossaryDefinitions.ts), added to the English catalogue when they
 * load: on idle after a first view that marks glossary terms, or at a first hover or focus
 * (src/ui/glossary/definitions.svelte.ts).
 */
import { glossaryDefinitionsEn } from '../../app/messages/glossaryDefinitions';
import { addEnglish } from './english';

addEnglish(glossaryDefinitionsEn);
