/**
 * The lesson runner's feedback (src/app/messages/lesson.ts), added to the English catalogue with the lesson page.
 */
import { lessonEn } from '../../app/messages/lesson';
import { addEnglish } from './english';

addEnglish(lessonEn);
