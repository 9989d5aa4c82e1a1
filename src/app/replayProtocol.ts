/**
 * The messages between the replay client (replayClient.ts) and its worker (replay.worker.ts): both ends import
 * them from here, so the worker does not import the client that starts it.
 */
import type { Scenario } from '../engine/scenario/schema';
import type { SecurityModel } from '../engine/world';
import type { ReplayOutcome, ReplayWork } from './replayCore';

export interface ReplayRequest {
  type: 'replay';
  id: number;
  channel: string;
  /** Identifies the scenario; `scenario` comes with the first request that uses a key. */
  scenarioKey: number;
  scenario?: Scenario;
  model: SecurityModel;
  /** The applied events in JSON form (the session's log up to its position). */
  log: unknown[];
  /** Also map the final world for the security analysis. */
  security?: boolean;
}

export interface ReplayCancel {
  type: 'cancel';
  channel: string;
  /** every request of the channel with an id up to this one */
  upTo: number;
}

export type ReplayWorkerRequest = ReplayRequest | ReplayCancel;

export type ReplayWorkerResponse =
  | { id: number; status: 'done'; outcome: ReplayOutcome; ms: number; work: ReplayWork }
  | { id: number; status: 'error'; error: string }
  | { id: number; status: 'superseded' };
