/**
 * The English strings of the embeddable widgets (embed.html), loaded with them and with the app's "Embed this"
 * dialog (./embedDialog.ts holds the dialog's own). Same rules as en.ts. A parameter's problem is a sentence of the parameter schema
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
  // The cascade replay's light network (src/ui/embed/LiteGraph.svelte), helper "embedlite"
  'embed.cascade.graph': 'The network as of the step being told (the left and right arrows step back and on)',
  'embed.cascade.cards': 'The network: {count} cards',
  'embed.cascade.scroll': 'The network is wider than this page: scroll it sideways to see every card.',
} as const satisfies Record<string, string>;

addEnglish(embedEn);
