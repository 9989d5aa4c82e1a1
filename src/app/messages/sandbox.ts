/**
 * The sandbox's English strings (graph, cards, stake chips, time, narration, inspector, scenario menu, saved work),
 * a part of the catalogue (see ./en.ts): loaded with the sandbox and the lesson page, which draw the network; the
 * home page does not load them. The words that only code loaded after the first view names are parts of their own,
 * loaded with that code: a drop and the carried stake (./drop.ts), the builder's rules (./draft.ts), what a switch
 * of security model changed (./modelSwitch.ts).
 */
import { cardsEn } from './cards';
import { glossaryEn } from './glossary';

/** The sandbox's own strings, without the smaller parts it loads with (./cards.ts, ./glossary.ts); registered by
 * src/ui/messages/sandbox.ts. */
export const sandboxOnlyEn = {
  // Sandbox: header and status
  'sandbox.title': 'Sandbox',
  'sandbox.scenario': 'Scenario',
  'sandbox.model': 'Security model',
  'sandbox.model.unique': 'Unique stake',
  'sandbox.model.pooled': 'Pooled',
  'sandbox.model.sharedVault': 'Shared vault',
  'sandbox.model.unique.help': 'Each service can slash only the stake allocated to it (EigenLayer since ELIP-002).',
  'sandbox.model.pooled.help':
    'Every service an operator serves can slash all of its stake (the original whitepaper model).',
  'sandbox.model.sharedVault.help': 'Networks share one vault of collateral, each up to its limit (Symbiotic-like).',
  'sandbox.epoch': 'Epoch {epoch} · day {day}',
  'sandbox.refused': 'Not allowed: {reason}',
  'sandbox.engineError': 'The simulator could not apply this: {reason}',
  'sandbox.graph.label': 'Staking network graph',
  'sandbox.loadingScenario': 'Loading scenario…',

  'graph.resetLayout': 'Reset the layout',
  'node.otherOperators.expand': 'Show all {count}',

  // Graph cards and edges (worldView.ts / graphModel.ts hold these keys; the card shows the words)
  'group.hit': '{count} hit',
  'group.hitLabel': '{count} of its members are touched by this step',

  // Time and history
  'time.play': 'Play',
  'time.pause': 'Pause',
  'time.stepOnce': 'Advance one {unit}',
  'time.speed': 'Speed',
  'time.unit.epoch': 'epoch',
  'time.unit.day': 'day',
  'time.unit.week': 'week',
  'time.speed.option': '1 {unit} per second',
  'history.undo': 'Undo',
  'history.redo': 'Redo',
  'history.timeline': 'Timeline: event {at} of {total}',
  'history.timeline.label': 'Timeline',

  // Drag and drop
  'drag.chip': 'Stake from {holder}. Press Space to pick up, then choose where to put it.',
  'drag.chip.short': 'Stake',
  'drag.dropHere': 'Drop here',
  'drag.hint': 'Drag a stake chip from a holder onto a validator, pool, operator or service.',

  // Inspector
  'inspector.title': 'Inspector',
  'inspector.empty': 'Select a node to see its numbers.',

  // Scenarios
  'scenarios.share': 'Copy share link',
  'scenarios.shared': 'Share link copied. It holds the scenario and all {count} events.',
  'scenarios.shareTooBig':
    'This scenario is too large for a link ({size} characters, the limit is {limit}). Export it as a file instead.',
  'scenarios.badFile': 'The file “{file}” was not loaded: {problem}. Your current work is unchanged.',
  'scenarios.badLink': 'The link could not be opened: {problem}. Your current work is unchanged.',
  'scenarios.restored': 'Restored your work from this browser ({count} events).',
  'scenarios.loaded': 'Loaded “{name}”.',

  // Dashboard

  // Dashboard and compare
  'analysis.label': 'Analysis',
  'analysis.dashboard': 'Dashboard',
  'analysis.compare': 'Compare models',
  'analysis.open': 'Show analysis',
  'analysis.close': 'Hide analysis',
  'dashboard.exact.unhighlight': 'Clear the highlight',
  'alloc.handle':
    '{operator} allocates {percent}% of its stake to {avs}. Drag sideways or use the arrow keys to change it, Enter to commit, Escape to cancel.',
  'alloc.pending': 'pending',
  'alloc.delay.now': 'takes effect at once',
  'alloc.delay.allocation': 'takes effect after the allocation delay: {days} days ({epochs} epochs)',
  'alloc.delay.deallocation':
    'takes effect after the deallocation delay: {days} days ({epochs} epochs); the stake stays slashable until then',
  'alloc.done': '{operator} set its allocation to {avs} to {percent}%: {delay}.',
  'alloc.editing': '{from}% → {to}%',
  // Sandbox layout: side panel (inspector and narration), scenario menu
  'side.label': 'Inspector and narration',
  'side.tabs': 'Side panel views',
  'side.collapse': 'Hide the side panel',
  'side.expand': 'Show the side panel',
  'side.resize': 'Resize the side panel (arrow keys; Enter hides or shows it)',
  'side.showInspector': 'Show the inspector',
  'side.showNarration': 'Show what happened',
  'side.unseen': '{count} new',
  'side.unseenLabel': '{title}, {count} new steps',
  'scenarios.actions': 'Scenario actions',

  // Sandbox stores (src/app/*.svelte.ts): what went wrong opening a scenario
  'scenarios.problem.tooBig': 'it is larger than {limit}',
  'scenarios.problem.http': 'the server answered HTTP {status}',

  // --- load: folding a scenario in the load worker, with progress and Cancel (issue 12, item 2) ---
  'load.what.saved': 'your saved work',
  'load.what.link': 'the shared link',
  'load.what.file': '“{file}”',
  'load.progress': 'Loading {what}…',
  'load.percent': '{percent}% simulated',
  'load.bar': 'Simulating {what}',
  'load.cancel': 'Cancel loading',
  'load.cancelled': 'Loading was cancelled. Your current work is unchanged.',
  'load.cancelledSaved':
    'Loading your saved work was cancelled: the starter scenario is shown instead, and the save is left as it was until you change something.',
  'load.cancelledSavedKept':
    'Loading your saved work was cancelled: the starter scenario is shown instead, and your saved work is kept in Recent work.',
  // --- story: a scenario's story card, and a cascade told step by step (issue 13, items 2 and 3) ---
  'story.label': 'The story',
  'story.play': 'Play the story',
  'story.stop': 'Stop the story',
  'story.skip': 'Skip to the end',
  'story.restart': 'Back to the start',
  'story.progress': 'Event {told} of {events}',
  'story.notStarted': '{events} events to play',
  'story.source': 'Source: {attribution}',
  'story.showMore': 'Show the whole story',
  'story.showLess': 'Show less',

  // Saved work (src/app/savedWork.svelte.ts, scenarioLoader.ts, the scenario menu's Recent work): nothing is lost
  'saved.kept': 'Loaded “{name}”. Your previous work “{previous}” ({events} events) is kept in Recent work.',
  'saved.keptDropped':
    'Loaded “{name}”. Your previous work “{previous}” ({events} events) is kept in Recent work; to make room in the browser’s storage, the {dropped} oldest recent works were removed.',
  'saved.bringBack': 'Bring it back',
  'saved.notKept':
    '“{name}” was not opened: your current work “{previous}” could not be kept in Recent work ({problem}). Download it or remove a recent work, then try again.',
  'saved.badRecent': 'The recent work “{name}” could not be opened: {problem}. Your current work is unchanged.',
  'saved.downloadWork': 'Download my work',
  'saved.failed':
    'Your work is not being saved in this browser: {problem}. Saving is tried again after every change and every 10 seconds; download your work to keep it safe.',
  'saved.retry': 'Try saving again',
  'saved.unreadable':
    'Your saved work could not be read ({problem}), so the starter scenario is shown. The save is kept, untouched, in this browser’s storage under “{key}”.',
  'saved.download': 'Download it',
  'scenarios.copyFailed': 'The browser did not let the page copy the link. Copy it from here: {url}',

  // Drops on services and the keyboard (issue 13, items 1 and 5): why a place cannot take the carried stake and
  // what would make it possible (a chip's refusal, stakeDragWords.ts), the operator's stake chip, the skip link.
  // What a drop does and the carried chip's words load with the drag (./drop.ts).
  'drop.why': '{reason} {offer}',
  'drag.operatorChip':
    'Unallocated stake of {holder}. Press Space to pick up, then choose a service to allocate it to.',
  'drag.blocked': '{target} cannot take it: {reason}',
  'skip.chips': 'Skip to stake chips',
  'skip.chips.none': 'No holder here has stake to carry.',
  // --- end lessonui ---
  // Short names of the security models (the model switch's sentence, and compare's)
  'compare.short.unique': 'unique stake',
  'compare.short.pooled': 'pooled stake',
  'compare.short.sharedVault': 'shared vaults',
  // --- sandboxgaps: the security model as a switch (ModelSwitchMenu.svelte, modelSwitch.svelte.ts, CompareView.svelte;
  // the sentence saying what a switch changed loads with src/app/modelSwitch.ts: ./modelSwitch.ts) ---
  'model.switch.label': 'Security model: re-run the same events under another model',
  'model.switch.busy': 'Re-running the events under {model}…',
  'model.switch.refused': 'These events cannot be re-run under {model}: {reason}',
  'model.switch.undo': 'Back to {model}',
  'model.na.noVaults': '{scenario} has no vaults, so under shared vaults no service would see any stake.',
  'model.na.vaultsOnly':
    '{scenario} secures its services through vaults only: no operator has delegated or allocated stake for {model} to read.',
  'model.na.title': 'Does not apply here',
  'alloc.pendingAt': 'pending: {from}% → {to}% on day {day}',
  // --- end sandboxgaps ---
  // --- builder: the toolbar's button, scenarioDraft.svelte.ts (the builder's rules' words: ./draft.ts) ---
  'build.toggle': 'Build',
  'build.toggleHelp':
    'Add, edit and delete holders, validators, pools, operators, services, vaults and restaking tokens',
  'build.notFound': 'That is no longer in the scenario.',
  // --- end builder ---
  // --- words: plain words and the glossary (issue 13, item 4) ---
  // The glossary (src/app/glossary.ts), in plain words. Sources: EigenLayer ELIP-002 (operator sets, magnitude,
  // allocation and its delay, unique stake), ethereum/consensus-specs phase0 and Bellatrix (slashing, correlation
  // penalty, effective balance, epochs), Cosmos SDK x/slashing and x/staking docs (jailed, tombstoned, unbonding,
  // commission), Lido docs (stETH shares, rebase, withdrawal queue), Durvasula & Roughgarden, "Robust Restaking
  // Networks" (2024), section 2 (cost and profit of corruption, attack threshold).
  // --- lessonfix: an operator -> service edge under pooled stake (src/app/pooledEdge.ts) ---
  'edge.pooled.allAtRisk': 'all {amount} at risk',
  // --- end lessonfix ---
  // Export images (issue 15): the graph and charts as PNG/SVG with the scenario inside; reopening them
  'scenarios.problem.imageNoScenario':
    'this {kind} image holds no Restaking Lab scenario (only images saved with “Export image” reopen)',
  'scenarios.problem.imageDamaged': 'the scenario inside this {kind} image is damaged ({detail})',
  'export.menu': 'Export image',
  // Walk through every example scenario (issue 13): a story of one event said in the singular
  'story.notStartedOne': '1 event to play',
  // toolbar (issue 13 item 8): the scenario button's tooltip shows the whole name
  'scenarios.menuTitle': '{name}: scenario actions',
} as const satisfies Record<string, string>;

/** The whole part: the cards' (./cards.ts), the glossary's (./glossary.ts) and this file's own strings. */
export const sandboxEn = { ...cardsEn, ...glossaryEn, ...sandboxOnlyEn } as const;
