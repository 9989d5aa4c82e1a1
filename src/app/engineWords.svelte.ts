/**
 * The engine's English sentences (step narration, refusals, fault titles) as a reactive readiness flag. The
 * templates are a chunk of their own, loaded beside the first view that shows a sentence, not with it: a view
 * shows a sentence only once `ready` is true, so a screen reader never hears an empty line.
 */
import { englishReady } from '../engine/messages/english';

class EngineWords {
  #ready = $state(englishReady());
  #loading: Promise<void> | null = null;

  get ready(): boolean {
    return this.#ready;
  }

  /** Starts loading the templates (once); resolves when every step's `text` reads in English. */
  load(): Promise<void> {
    this.#loading ??= import('../engine/messages/loadEnglish').then(() => {
      this.#ready = true;
    });
    return this.#loading;
  }
}

export const engineWords = new EngineWords();
