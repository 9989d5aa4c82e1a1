/**
 * Every user-facing string, in English. Keys are grouped by where they appear; placeholders are named
 * (`{amount}`) and filled by `t()`. Amounts arrive already formatted by the engine's formatEth.
 *
 * It lives in the app layer, below the UI, because the app holds messages as keys (`MessageKey`) for the UI to
 * word: the app never imports the UI. The UI renders it (src/ui/messages, `t`, `tm`) and adds the pages' strings.
 *
 * The catalogue loads in parts, so that a page carries only its own strings: this file is the app shell's part
 * (loaded with every page); the sandbox's strings are in ./sandbox.ts, the inspector details', dashboard's and
 * comparison's in ./analysis.ts (loaded with those panels), the lesson runner's in ./lesson.ts. Each part is added
 * to the catalogue by the route or panel that shows it (src/ui/messages/*.ts), or, for words only code loaded
 * after the sandbox's first view names (./drop.ts, ./draft.ts, ./modelSwitch.ts, ./menuBodies.ts), by the part itself as that code
 * imports it (the registry, ./english.ts, is in this layer for them). test/unit/messages/routeKeys checks that
 * every key a route's code names is added by the time it renders. `MessageKey` covers every part.
 *
 * The engine's sentences (narration, fault titles, refusals) are not here: their English templates live beside
 * the engine (src/engine/messages/en.ts, `engineEn`), so the CLI prints the same English and the home page does
 * not load them; a translation gives that section too (see docs/ui.md, "Translating").
 */
import type { sandboxEn } from './sandbox';
import type { dropEn } from './drop';
import type { draftEn } from './draft';
import type { modelSwitchEn } from './modelSwitch';
import type { menuBodiesEn } from './menuBodies';
import type { analysisEn } from './analysis';
import type { lessonEn } from './lesson';
import type { onDemandEn } from './onDemand';
import type { glossaryDefinitionsEn } from './glossaryDefinitions';

export const en = {
  // App shell
  'app.name': 'Restaking Lab',
  'app.tagline': 'See where every gwei goes.',
  'app.skip': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.sandbox': 'Sandbox',
  'nav.lessons': 'Lessons',
  'theme.label': 'Theme',
  'theme.system': 'System',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.projector': 'Projector',
  'url.invalid': 'The link parameter "{name}" was ignored: {problem}. Using the default ({fallback}).',
  loading: 'Loading…',
  loadFailed: 'This part of the app could not be loaded: {error}',
  dismiss: 'Dismiss',

  // Node kinds
  'kind.holder': 'Holder',
  'kind.validator': 'Validator',
  'kind.operator': 'Operator',
  'kind.lstPool': 'Liquid staking pool',
  'kind.lrt': 'Liquid restaking token',
  'kind.avs': 'Service (AVS)',
  'kind.ammPool': 'Trading pool',
  'kind.lending': 'Lending market',
  'kind.strategy': 'Restaking strategy',
  'kind.group': 'Group',
  'kind.cosmosValidator': 'Validator (Cosmos)',

  // A prepared scenario's source (the home page's list and the sandbox's story card)
  'scenarios.attribution': 'Data: {text}',

  // Offline use (the service worker's notice under the header: src/ui/offline/UpdateNotice.svelte)
  'offline.ready': 'The lab is ready to work offline: this browser can now open it without a network.',
  'offline.updateWaiting': 'A new version is ready — it will be used next time you open the lab.',
  'offline.reloadNow': 'Reload now',
  'offline.later': 'Later',
  'offline.updating': 'Reloading…',
} as const satisfies Record<string, string>;

/**
 * Every key of the app's catalogue, all parts (type-only imports: they load nothing). The UI's MessageKey adds
 * the pages' keys (src/ui/messages/pages.ts, lessonPage.ts).
 */
export type MessageKey =
  | keyof typeof en
  | keyof typeof sandboxEn
  | keyof typeof dropEn
  | keyof typeof draftEn
  | keyof typeof modelSwitchEn
  | keyof typeof menuBodiesEn
  | keyof typeof analysisEn
  | keyof typeof lessonEn
  | keyof typeof onDemandEn
  | keyof typeof glossaryDefinitionsEn;
