/**
 * The charts' English strings (cost and profit per service, a line chart over the log, saving a chart as an
 * image), a part of the catalogue (see ./en.ts): the part the embeddable chart widget loads, so that an article's
 * chart does not carry the dashboard's, inspector's and comparison's strings. The panels that show those charts
 * load it too, with the rest of their strings (./analysis.ts).
 */
export const chartsEn = {
  'chart.event': 'Events applied',
  'chart.table': 'Data points',
  'chart.position': 'Event',
  'dashboard.security': 'Security of each AVS',
  'dashboard.cost': 'Cost of corruption',
  'dashboard.profit': 'Profit from corruption',
  'dashboard.safeAlone': 'safe alone',
  'dashboard.unsafeAlone': 'pays alone',
  'dashboard.barsSummary': 'Cost versus profit of corruption per AVS: {items}.',
  'dashboard.barItem': '{avs}: cost {cost} ETH, profit {profit} ETH, {verdict}',
  'dashboard.attackBadge': 'in the worst attack',
  'chart.export': 'Save the chart “{chart}” as {format}, with the scenario inside',
} as const satisfies Record<string, string>;
