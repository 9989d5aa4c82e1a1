/**
 * The security model switch's store: the options the current world offers (modelOptions.ts) and the switch
 * itself. Switching folds the scenario with the other model and the whole log (redo tail included) in the load
 * worker, then adopts it at the same position, so nothing the learner did is lost; the notice says in one line
 * what changed and offers the way back (switching again is the undo: same events, previous model). The switching
 * logic (modelSwitch.ts, with the security analysis it explains by) loads when the menu first opens, or on idle
 * after the first view (`prefetch`): the closed switch shows only the current model.
 */
import { createContext } from 'svelte';
import type { SecurityModel } from '../engine/world';
import { startLoad, type LoadWorkerLike } from './loadClient';
import { msg, type Message } from './messages/message';
import { modelOptions, type ModelOption } from './modelOptions';
import { modulesFor } from './engineModules';
import type { Notices } from './notices.svelte';
import type { ScenarioStore } from './scenario.svelte';

/** The switching logic, with the faults model: one chunk that reads the security analysis (onDemandSecurity.ts). */
const loadSwitch = () => import('./onDemandSecurity');

export type SwitchResult = { ok: true; explanation: Message } | { ok: false; reason: Message };

export class ModelSwitch {
  readonly #scenario: ScenarioStore;
  readonly #notices: Notices;
  readonly #makeWorker: (() => LoadWorkerLike | null) | undefined;
  /** The model being switched to while its fold runs. */
  busy = $state<SecurityModel | null>(null);
  /** The last switch's sentence (also the notice's), for the toolbar's live line. */
  explanation = $state.raw<Message | null>(null);

  constructor(scenario: ScenarioStore, notices: Notices, makeWorker?: () => LoadWorkerLike | null) {
    this.#scenario = scenario;
    this.#notices = notices;
    this.#makeWorker = makeWorker;
  }

  get current(): SecurityModel {
    return this.#scenario.world?.securityModel ?? 'unique';
  }

  /** Unique, pooled and shared vault, each with whether it applies here (none without restaking). */
  get options(): ModelOption[] {
    return modelOptions(this.#scenario.world, this.#scenario.scenario?.name ?? '');
  }

  /** Loads the switching logic ahead of a choice (the menu opening, or idle time after the first view). */
  prefetch(): Promise<unknown> {
    return loadSwitch();
  }

  /** Re-runs the same events under `model`; a model that does not apply, or events it refuses, change nothing. */
  async choose(model: SecurityModel): Promise<SwitchResult | null> {
    const store = this.#scenario;
    const before = store.world;
    const json = store.toJson();
    if (!before || !json || this.busy || model === before.securityModel) return null;
    const option = this.options.find((o) => o.model === model);
    if (option && !option.applies) {
      this.#notices.show('warn', option.reason, true);
      return { ok: false, reason: option.reason };
    }
    const from = before.securityModel;
    const position = store.position;
    const log = store.log;
    this.busy = model;
    try {
      const { underModel, explainSwitch } = await loadSwitch();
      const task = startLoad({ kind: 'json', json: underModel(json, log, model) }, () => {}, this.#makeWorker);
      const result = await task.result;
      // The learner changed the work while it folded: that work stands, the switch is dropped.
      if (store.world !== before) return null;
      if (!result.ok) {
        const reason = msg('model.switch.refused', {
          model: msg(`compare.short.${model}`),
          reason: 'message' in result ? result.message : '',
        });
        this.#notices.show('error', reason, true);
        return { ok: false, reason };
      }
      // the models the log needs are loaded (it was folded here); asked for again, as every load does
      await modulesFor({ ...result.folded.scenario, events: result.folded.events });
      if (store.world !== before) return null;
      store.remodel(result.folded, position);
      const explanation = explainSwitch(before, store.world!);
      this.explanation = explanation;
      this.#notices.show('info', explanation, true, {
        label: msg('model.switch.undo', { model: msg(`sandbox.model.${from}`) }),
        run: () => void this.choose(from),
      });
      return { ok: true, explanation };
    } finally {
      this.busy = null;
    }
  }

  /** A new scenario: the last switch's sentence is about another world. */
  reset(): void {
    this.explanation = null;
  }
}

export const [getModelSwitch, setModelSwitch] = createContext<ModelSwitch>();
