/**
 * The strings of the sandbox's pieces that load on demand, a part of the catalogue (see ./en.ts): the amount
 * picker (after a first drop), the selected entity's inspector and its faults, the builder's palette and editor,
 * the statechart drawing, the overview map and the scenario menu's Recent work, and the gestures the inspector's
 * Faults offer (src/app/faultMenu.ts). Each of those components adds this
 * part itself (src/ui/messages/onDemand.ts), so the sandbox's first view does not carry it.
 */
export const onDemandEn = {
  'graph.minimap': 'Overview map',
  'amount.title': 'How much should {holder} put into {target}?',
  'amount.label': 'Amount in {asset}',
  'amount.slider': 'Amount slider',
  'amount.available': '{amount} {asset} available',
  'amount.confirm': 'Confirm',
  'amount.cancel': 'Cancel',
  'amount.invalid': 'Enter an amount above 0 and at most {max} {asset}, with at most 9 decimals.',
  'faults.title': 'Faults',
  'faults.triggerAt': '{fault} at {detail}',
  'faults.rowAt': '{fault} at:',
  'faults.none': 'No fault applies to this entity.',
  'amount.via': 'Through which operator?',
  'amount.steps': 'What happens, step by step',
  'faults.rowBy': '{fault}, reported by:',
  'faults.triggerBy': '{fault}, reported by {detail}',
  'build.title': 'Build the world',
  'build.hint': 'Drag a piece onto the graph, or press it to add one. Select a node to edit or delete it.',
  'build.close': 'Close the builder',
  'build.add.holder': 'Holder',
  'build.add.validator': 'Validator',
  'build.add.lstPool': 'Liquid staking pool',
  'build.add.operator': 'Operator',
  'build.add.avs': 'Service (AVS)',
  'build.addLabel.holder': 'Add a holder',
  'build.addLabel.validator': 'Add a validator',
  'build.addLabel.lstPool': 'Add a liquid staking pool',
  'build.addLabel.operator': 'Add an operator',
  'build.addLabel.avs': 'Add a service (AVS)',
  'build.dropHere': 'Drop on the graph to add it',
  'build.undoEdit': 'Undo the last build step',
  'build.redoEdit': 'Redo the build step',
  'build.export': 'Export file',
  'build.exportHelp': 'Download this world as a scenario file (Import opens it again)',
  'build.params': 'Parameters',
  'build.delete': 'Delete {name}',
  'statechart.zoom': 'Zoom of the {machine} drawing',
  'statechart.zoomIn': 'Zoom in',
  'statechart.zoomOut': 'Zoom out',
  'build.add.vault': 'Shared vault',
  'build.add.lrt': 'Liquid restaking token',
  'build.addLabel.vault': 'Add a shared vault',
  'build.addLabel.lrt': 'Add a liquid restaking token',
  'build.services.title': 'Services it secures',
  'build.services.help':
    'Registers the operator for the service’s operator set and allocates a share of its stake, through the protocol’s own steps: a new allocation takes effect after the operator’s allocation delay.',
  'build.services.none': 'No service yet: add one from the palette.',
  'build.services.service': 'Service',
  'build.services.strategy': 'Stake it allocates',
  'build.services.noStrategy': 'none (registration only)',
  'build.services.magnitude': 'Share of that stake to allocate (0 to 1, e.g. 0.2)',
  'build.services.connect': 'Register and allocate',
  'build.services.remove': 'Remove from {service}',
  'build.services.registered': '{service}: registered, nothing allocated',
  'build.services.allocated': '{service}: {share} of its {strategy}',
  'build.services.pending': '{service}: {share} of its {strategy}, changing to {target} on day {day}',
  'build.services.done': '{operator} now secures {service}. The narration says when the allocation takes effect.',
  'build.services.removed': '{operator} left {service}. The narration says until when it stays slashable.',
  // the scenario menu's Recent work (src/ui/sandbox/RecentWork.svelte), loaded with the menu's first opening
  'saved.recent': 'Recent work',
  'saved.recent.empty': 'Work you replace (by a link, an import or another scenario) is kept here.',
  'saved.recent.item': '{name}, {events} events, kept {time}',
  'saved.recent.restore': 'Restore “{name}” ({events} events, kept {time})',
  'saved.recent.remove': 'Remove “{name}” from Recent work',
  'saved.aside': 'Unreadable saves, kept',
  'saved.aside.download': 'Download the save kept as “{key}”',
  // an Ethereum validator's and an operator's own gestures, offered in the inspector's Faults (src/app/faultMenu.ts)
  'faults.gesture.offline.title': 'Take offline',
  'faults.gesture.offline.description':
    '{validator} stops attesting: each epoch it misses costs about what it would have earned. Nothing is slashed; bring it back online when you like.',
  'faults.gesture.online.title': 'Bring back online',
  'faults.gesture.online.description': '{validator} attests again and earns rewards from the next epoch.',
  'faults.gesture.slash.title': 'Slash (double vote)',
  'faults.gesture.slash.description':
    '{validator} is proven to have voted twice: it pays an initial penalty now, is forced to exit, and pays a correlation penalty halfway to its withdrawal.',
  'faults.gesture.slash.reported':
    '{validator} is proven to have voted twice, and {whistleblower} reports it for the whistleblower reward: an initial penalty now, a forced exit, and a correlation penalty halfway to its withdrawal.',
  'faults.gesture.operator.doubleSign.title': 'Double-sign by all {count} of {operator}’s validators',
  'faults.gesture.operator.doubleSign.description':
    '{operator}’s signing setup signs twice for every validator it runs: all {count} are slashed together, and time runs until their penalties have landed.',
  'faults.gesture.operator.downtime.title': 'Downtime of all {count} of {operator}’s validators',
  'faults.gesture.operator.downtime.description':
    'All {count} validators {operator} runs go offline for a day, then come back: they miss their attestations, nothing is slashed.',
  // the same with one validator ("all 1 of Blue Staking’s validators" read wrong once the others were slashed)
  'faults.gesture.operator.doubleSign.titleOne': 'Double-sign by the one validator {operator} still runs',
  'faults.gesture.operator.doubleSign.descriptionOne':
    '{operator}’s signing setup signs twice for the one validator it still runs: it is slashed, and time runs until its penalties have landed.',
  'faults.gesture.operator.downtime.titleOne': 'Downtime of the one validator {operator} runs',
  'faults.gesture.operator.downtime.descriptionOne':
    'The one validator {operator} runs goes offline for a day, then comes back: it misses its attestations, nothing is slashed.',
} as const satisfies Record<string, string>;
