/**
 * The strings of the inspector's details, the dashboard and the comparison (src/app/messages/analysis.ts), added
 * to the English catalogue with the chunks of those panels, which the sandbox loads when they open.
 */
import { analysisOnlyEn } from '../../app/messages/analysis';
import './charts';
import { addEnglish } from './english';

addEnglish(analysisOnlyEn);
