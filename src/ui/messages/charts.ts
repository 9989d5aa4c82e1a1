/**
 * The charts' strings (src/app/messages/charts.ts), added to the English catalogue with the chunk
 * that draws them: the embed's chart widget, and (through ./analysis.ts) the dashboard, inspector and comparison page.
 */
import { chartsEn } from '../../app/messages/charts';
import { addEnglish } from './english';

addEnglish(chartsEn);
