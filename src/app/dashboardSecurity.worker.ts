/// <reference lib="webworker" />
/**
 * Runs the security analysis off the main thread: once with each time budget in turn (the last may be 0 = no
 * budget, exact), posting every result; stops early once a result is exact.
 */
import { analyze } from '../engine/security/analyze';
import type { WorkerRequest, WorkerResponse } from './dashboardSecurity';

let latest = 0;

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const { id, graph, budgets } = e.data;
  latest = id;
  for (let i = 0; i < budgets.length; i++) {
    if (latest !== id) return;
    try {
      const budget = budgets[i];
      const report = analyze(graph, budget > 0 ? { budgetMs: budget, now: () => performance.now() } : {});
      const final = report.exact || i === budgets.length - 1;
      (self as unknown as Worker).postMessage({ id, report, final } satisfies WorkerResponse);
      if (report.exact) return;
    } catch (err) {
      (self as unknown as Worker).postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
      return;
    }
  }
};
