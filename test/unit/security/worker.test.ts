/** The worker's message loop and the client, wired together in-process through a fake Worker. */
import { describe, expect, it } from 'vitest';
import { createSecurityWorkerHandler } from '../../../src/app/security.worker';
import { SecurityClient, type WorkerLike } from '../../../src/app/securityClient';
import type { GraphMessage, WorkerRequest, WorkerResponse } from '../../../src/app/securityProtocol';

const EX1: GraphMessage = {
  validators: [
    { id: 'v1', stake: '40' },
    { id: 'v2', stake: '40' },
    { id: 'v3', stake: 20 },
  ],
  services: [
    { id: 'S1', profit: '30', threshold: '1/2' },
    { id: 'S2', profit: 20, threshold: '0.5' },
  ],
  edges: [
    ['v1', 'S1'],
    ['v2', 'S1'],
    ['v2', 'S2'],
    ['v3', 'S2'],
  ],
};

/** Messages travel as macrotasks, like postMessage; the worker defers its drain the same way. */
function fakeWorker(): WorkerLike & { seen: WorkerRequest[]; answered: WorkerResponse[] } {
  const listeners: ((e: { data: WorkerResponse }) => void)[] = [];
  const seen: WorkerRequest[] = [];
  const answered: WorkerResponse[] = [];
  let t = 0;
  const handle = createSecurityWorkerHandler(
    (r) => {
      answered.push(r);
      setTimeout(() => listeners.forEach((l) => l({ data: r })), 0);
    },
    () => (t += 0.01),
    (f) => setTimeout(f, 0),
  );
  return {
    seen,
    answered,
    postMessage(m) {
      seen.push(m);
      setTimeout(() => handle(structuredClone(m)), 0);
    },
    addEventListener(_type, l) {
      listeners.push(l);
    },
    terminate() {},
  };
}

describe('security worker and client', () => {
  it('answers with the report (JSON-able, exact)', async () => {
    const client = new SecurityClient(fakeWorker());
    const r = await client.analyze(EX1, { shock: ['v3'], psi: '1/5' });
    expect(r.status).toBe('done');
    if (r.status !== 'done') return;
    expect(r.report.secure).toBe(false);
    expect(r.report.worstAttack).toEqual({ services: ['S1', 'S2'], validators: ['v2'], profit: 50, stake: 40 });
    expect(r.report.rPsi).toEqual({ value: 0.6, exact: true });
    expect(r.report.exact).toBe(true);
    expect(JSON.parse(JSON.stringify(r.report))).toEqual(r.report);
  });

  it('a newer request cancels the older ones; the worker runs only the newest', async () => {
    const w = fakeWorker();
    const client = new SecurityClient(w);
    const first = client.analyze(EX1);
    const second = client.analyze({ ...EX1, services: EX1.services.map((s) => ({ ...s, profit: '1' })) });
    const third = client.analyze({ ...EX1, services: EX1.services.map((s) => ({ ...s, profit: '0' })) });
    expect(await first).toEqual({ status: 'cancelled' });
    expect(await second).toEqual({ status: 'cancelled' });
    const r = await third;
    expect(r.status).toBe('done');
    if (r.status === 'done') expect(r.report.secure).toBe(true);
    await new Promise((res) => setTimeout(res, 5));
    // only one analysis actually ran
    expect(w.answered.filter((a) => a.status === 'done')).toHaveLength(1);
  });

  it('bad graphs come back as errors naming the path', async () => {
    const client = new SecurityClient(fakeWorker());
    const r = await client.analyze({ ...EX1, edges: [['nobody', 'S1']] });
    expect(r).toEqual({ status: 'error', error: '$.edges[0][0]: unknown validator id "nobody"' });
  });
});
