/**
 * The English strings of the embeddable widgets (embed.html) and of the app's "Embed this" dialog, loaded with
 * them only. Same rules as en.ts. A parameter's problem is a sentence of the parameter schema
 * (src/app/embed/params.ts), shown inside `embed.problem.*`.
 */
import { addEnglish } from './english';

export const embedEn = {
  'embed.label': 'Restaking Lab: {widget}',
  'embed.widget.sandbox': 'scenario sandbox',
  'embed.widget.lesson': 'lesson',
  'embed.widget.cascade': 'cascade replay',
  'embed.widget.chart': 'chart',
  'embed.problem.title': 'This Restaking Lab widget cannot start',
  'embed.problem.help':
    'Check the embed code: the parameters are described in the Restaking Lab documentation (docs/embedding.md).',
  'embed.loading': 'Loading the simulator…',
  'embed.poster.play': 'Load and play the simulator',
  'embed.poster.note': 'Nothing is loaded until you press Play.',
  'embed.openApp': 'Open in Restaking Lab',
  'embed.chart.costProfit': 'Cost of corruption and profit from corruption, per service',
  'embed.chart.noServices': 'This scenario has no services (AVSs): there is nothing to chart. Choose chart=balances.',
  'embed.chart.balances': 'Each holder’s ETH after each event',
  'embed.chart.balancesSummary': 'The ETH each holder owns after each event of the scenario, in ETH.',
  'embed.lesson.prev': 'Previous lesson step',
  'embed.lesson.next': 'Next lesson step',
  'embed.lesson.stepOf': 'Step {n} of {total}',
  // The "Embed this" dialog
  'embed.dialog.open': 'Embed',
  'embed.dialog.openTitle': 'Embed this view in another page (an iframe snippet)',
  'embed.dialog.title': 'Embed this view',
  'embed.dialog.widget': 'Widget',
  'embed.dialog.theme': 'Theme',
  'embed.dialog.controls': 'Controls',
  'embed.dialog.controls.minimal': 'Minimal',
  'embed.dialog.controls.full': 'Full (clock and inspector)',
  'embed.dialog.autoplay': 'Play at once',
  'embed.dialog.loadOnClick': 'Load only when the reader clicks Play',
  'embed.dialog.snippet': 'Iframe snippet',
  'embed.dialog.copy': 'Copy snippet',
  'embed.dialog.copied': 'Copied.',
  'embed.dialog.copyFailed': 'The browser refused to copy: select the snippet and copy it by hand.',
  'embed.dialog.close': 'Close',
  'embed.dialog.shareNote': 'The scenario travels inside the snippet (in the address’s hash): no server keeps it.',
  'embed.dialog.preparing': 'Writing the snippet…',
  // The cascade replay's light network (src/ui/embed/LiteGraph.svelte), helper "embedlite"
  'embed.cascade.graph': 'The network as of the step being told (the left and right arrows step back and on)',
  'embed.cascade.cards': 'The network: {count} cards',
  'embed.cascade.scroll': 'The network is wider than this page: scroll it sideways to see every card.',
} as const satisfies Record<string, string>;

addEnglish(embedEn);
