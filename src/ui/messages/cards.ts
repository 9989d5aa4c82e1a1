/**
 * The cards' and the cascade's strings (src/app/messages/cards.ts), added to the English catalogue with the chunk
 * that draws them: the embed's cascade widget, and (through ./sandbox.ts) the sandbox and the lesson page.
 */
import { cardsEn } from '../../app/messages/cards';
import { addEnglish } from './english';

addEnglish(cardsEn);
