/**
 * The sandbox's strings (src/app/messages/sandbox.ts), added to the English catalogue with the chunk of each
 * route that draws the network (the sandbox, the lesson page): the home page and the lesson list do not load them.
 * The charts' strings (./charts.ts) load with the panels that draw charts or light an attack, not here.
 */
import { sandboxOnlyEn } from '../../app/messages/sandbox';
import './cards';
import './glossary';
import { addEnglish } from './english';

addEnglish(sandboxOnlyEn);
