/** The entity the learner selected in the graph (a graph node id such as "operator:orion"), or none. */
import { createContext } from 'svelte';

export class Selection {
  #id = $state<string | null>(null);

  constructor(id: string | null = null) {
    this.#id = id;
  }

  get id(): string | null {
    return this.#id;
  }

  /** Selects a node; group nodes (the long tail drawn as one) are not entities and select nothing. */
  select(nodeId: string | null): void {
    this.#id = nodeId && !nodeId.startsWith('group:') ? nodeId : null;
  }

  clear(): void {
    this.#id = null;
  }
}

export const [getSelection, setSelection] = createContext<Selection>();
