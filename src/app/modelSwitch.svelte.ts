/**
 * The security model switch's store: the options the current world offers (modelSwitch.ts) and the switch
 * itself. Switching folds the scenario with the other model and the whole log (redo tail included) in the load
 * worker, then adopts it at the same position, so nothing the learner did is lost; the notice says in one line
 * what changed and offers the way back (switching again is the undo: same events, previous model).
 */
import { createContext } from 'svelte';
import type { SecurityModel } from '../engine/world';
import { startLoad, type LoadWorkerLike } from './loadClient';
import { msg, type Message } from './messages/message';
import { explainSwitch, modelOptions, underModel, type ModelOption } from './modelSwitch';
import type { Notices } from './notices.svelte';
import type { ScenarioStore } from './scenario.svelte';

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
