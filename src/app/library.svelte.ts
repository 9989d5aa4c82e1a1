/** The library of prepared scenarios (public/scenarios/index.json), loaded once for the scenario menu. */
import { createContext } from 'svelte';
import { loadScenarioIndex, type ScenarioIndexEntry } from './scenarioIndex';

export class Library {
  #entries = $state.raw<ScenarioIndexEntry[]>([]);

  get entries(): ScenarioIndexEntry[] {
    return this.#entries;
  }

  /** Loads the index; a missing or broken one leaves the library empty (the menu still opens files). */
  async load(): Promise<void> {
    try {
      this.#entries = await loadScenarioIndex();
    } catch {
      this.#entries = [];
    }
  }
}

export const [getLibrary, setLibrary] = createContext<Library>();
