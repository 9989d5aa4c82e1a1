/**
 * The replay worker's latest answer for one panel (one channel), as Svelte state. `request` sends the session's
 * applied log; until the answer for that exact log arrives the state is `computing`, carrying the previous numbers
 * only so the panel can show them dimmed and labelled as the numbers of an earlier position (never as current).
 */
import type { Scenario } from '../engine/scenario/schema';
import type { SecurityModel } from '../engine/world';
import type { ReplayClient } from './replayClient';
import type { ReplayData, ReplayOutcome } from './replayCore';

export type ReplayState =
  | { kind: 'idle' }
  | { kind: 'computing'; previous: ReplayOutcome | null; position: number }
  | { kind: 'done'; outcome: ReplayOutcome }
  | { kind: 'error'; message: string };

/** What a session offers the runner (Session satisfies it). */
export interface ReplaySource {
  scenario: Scenario | null;
  log: readonly unknown[];
  position: number;
}

export class ReplayRunner {
  state = $state.raw<ReplayState>({ kind: 'idle' });
  private last: ReplayOutcome | null = null;
  private run_ = 0;
  private used = false;

  constructor(
    private readonly channel: string,
    private readonly client: () => ReplayClient,
  ) {}

  async request(source: ReplaySource, model: SecurityModel, opts: { security?: boolean } = {}): Promise<void> {
    const mine = ++this.run_;
    if (!source.scenario) {
      this.state = { kind: 'idle' };
      return;
    }
    this.state = { kind: 'computing', previous: this.last, position: source.position };
    this.used = true;
    const result = await this.client().replay(
      this.channel,
      source.scenario,
      source.log.slice(0, source.position),
      model,
      opts,
    );
    if (mine !== this.run_ || result.status === 'cancelled') return;
    if (result.status === 'error') {
      this.state = { kind: 'error', message: result.error };
      return;
    }
    this.last = result.outcome;
    this.state = { kind: 'done', outcome: result.outcome };
  }

  stop(): void {
    this.run_++;
    if (this.used) this.client().cancel(this.channel);
  }
}

/** The data a state can show and whether it is current (computing: the previous answer, not current). */
export function shown(state: ReplayState): {
  data: ReplayData | null;
  outcome: ReplayOutcome | null;
  current: boolean;
} {
  if (state.kind === 'done')
    return { outcome: state.outcome, data: state.outcome.ok ? state.outcome.data : null, current: true };
  if (state.kind === 'computing' && state.previous)
    return { outcome: state.previous, data: state.previous.ok ? state.previous.data : null, current: false };
  return { outcome: null, data: null, current: false };
}
