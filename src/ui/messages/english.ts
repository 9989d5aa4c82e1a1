/** The English catalogue's registry, for the UI's parts: it lives in the app layer (src/app/messages/english.ts),
 * so that a part named only by lazily loaded app code can load with that code. */
export { addEnglish, englishStrings } from '../../app/messages/english';
