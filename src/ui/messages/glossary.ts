/**
 * The cards' and the cascade's strings (src/app/messages/glossary.ts), added to the English catalogue with the chunk
 * that draws them: the embed's cascade widget, and (through ./sandbox.ts) the sandbox and the lesson page.
 */
import { glossaryEn } from '../../app/messages/glossary';
import { addEnglish } from './english';

addEnglish(glossaryEn);
