/**
 * The messages between the security client (securityClient.ts) and its worker (security.worker.ts): both ends
 * import them from here, so the worker does not import the client that starts it.
 */
import type { SecurityReport } from '../engine/security/analyze';

/** The analysis budget when a request names none, in ms: the answer may then be bounds rather than exact. */
export const DEFAULT_BUDGET_MS = 200;

/** A restaking graph as a message: amounts as decimal or ratio strings (or numbers) so nothing is rounded. */
export interface GraphMessage {
  validators: { id: string; stake: string | number }[];
  services: { id: string; profit: string | number; threshold: string | number }[];
  edges: [string, string][];
}

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  graph: GraphMessage;
  /** time budget in ms (default 200): the answer may come back with exact = false and proven bounds */
  budgetMs?: number;
  shock?: string[];
  psi?: string | number;
}

export interface CancelRequest {
  type: 'cancel';
  /** every request with an id up to this one */
  upTo: number;
}

export type WorkerRequest = AnalyzeRequest | CancelRequest;

export type WorkerResponse =
  | { id: number; status: 'done'; report: SecurityReport; ms: number }
  | { id: number; status: 'error'; error: string }
  | { id: number; status: 'superseded' };
