/**
 * The strings of the sandbox's on-demand pieces (src/app/messages/onDemand.ts), added to the English catalogue by
 * each of those components as it loads: the amount picker, the entity inspector, the builder, the statechart and
 * the overview map.
 */
import { onDemandEn } from '../../app/messages/onDemand';
import { addEnglish } from './english';

addEnglish(onDemandEn);
