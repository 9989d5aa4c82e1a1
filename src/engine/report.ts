/**
 * The headless report: everything a scenario author (or a test) needs to check a run, as plain JSON with every
 * amount in gwei as a decimal string. Used by `npm run simulate` and by the UI's "compare with CLI" tests.
 */
import { totals } from './ledger/ledger';
import { REPORTERS } from './reporters';
import type { TraceStep } from './trace';
import type { World } from './world';
import { EPOCHS_PER_DAY } from './time';

export interface ReportOptions {
  /** Event types, so each trace can say which event produced it (index 0 is genesis). */
  eventTypes?: string[];
  includeTrace?: boolean;
}

export function buildReport(world: World, traces: TraceStep[][], options: ReportOptions = {}): Record<string, unknown> {
  const ledger: Record<string, unknown> = {};
  const accounts: Record<string, Record<string, string>> = {};
  for (const [asset, book] of Object.entries(world.ledger.assets)) {
    const t = totals(world.ledger, asset);
    ledger[asset] = {
      initial: t.initial.toString(),
      minted: t.minted.toString(),
      burned: t.burned.toString(),
      total: t.total.toString(),
      balanced: t.total === t.initial + t.minted - t.burned,
    };
    accounts[asset] = Object.fromEntries(
      [...book.balances]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([account, v]) => [account, v.toString()]),
    );
  }
  const models: Record<string, unknown> = {};
  for (const m of REPORTERS) {
    const part = m.report(world);
    if (part !== undefined) models[m.name] = part;
  }
  const report: Record<string, unknown> = {
    epoch: world.epoch,
    day: world.epoch / EPOCHS_PER_DAY,
    securityModel: world.securityModel,
    events: world.eventCount,
    ledger,
    accounts,
    ...models,
  };
  if (options.includeTrace !== false) {
    report.trace = traces.map((steps, i) => ({
      event: i === 0 ? 'genesis' : (options.eventTypes?.[i - 1] ?? `event ${i - 1}`),
      index: i - 1,
      steps: steps.map((s) => ({
        id: s.id,
        parent: s.parent,
        kind: s.kind,
        layer: s.layer,
        entities: s.entities,
        amounts: Object.fromEntries(Object.entries(s.amounts).map(([k, v]) => [k, v.toString()])),
        movements: s.movements.map((m) => ({ ...m, amount: m.amount.toString() })),
        text: s.text,
      })),
    }));
  }
  return report;
}
