/**
 * The words of the sandbox's closed controls' open bodies, a part of the catalogue (see ./en.ts) that loads with
 * them, after the first view (src/ui/sandbox/menuBodies.ts: at a first opening, or on idle): the scenario menu's
 * items, the export menu's formats, colours and outcome, and the open analysis drawer's splitter and enlarge
 * button. Each body imports this module, which adds the part to the English catalogue as it loads. The closed
 * controls' own names stay in ./sandbox.ts.
 */
import { addEnglish } from './english';

export const menuBodiesEn = {
  'scenarios.library': 'Open a prepared scenario',
  'scenarios.new': 'New empty scenario',
  'scenarios.import': 'Import JSON…',
  'scenarios.export': 'Export JSON',
  'analysis.size': 'Analysis panel height',
  'analysis.maximize': 'Enlarge the analysis',
  'analysis.restore': 'Make the analysis smaller',
  'export.graphPng': 'Graph as PNG',
  'export.graphSvg': 'Graph as SVG',
  'export.theme': 'Colours',
  'export.theme.current': 'As shown',
  'export.theme.light': 'Light (for print)',
  'export.theme.dark': 'Dark',
  'export.help': 'The image holds the scenario: drop it on the app, or import it, to open it again.',
  'export.done': 'Saved “{file}”. It holds the scenario and its {count} events.',
  'export.failed': 'The image could not be made: {problem}.',
} as const satisfies Record<string, string>;

addEnglish(menuBodiesEn);
