/**
 * The glossary's terms and definitions, on demand. A sentence marks its terms as soon as it shows
 * (GlossaryText.svelte), but a term's name and definition are read only when it is hovered or focused: they load once
 * the first view is up, on idle (`prefetch`, asked by every term and by the sandbox's list of definitions), or at once
 * at a first hover or focus if that comes sooner (`load`). Until then `of` is null and the term's tip says it is
 * loading.
 */
type Words = typeof import('./definitionText');

class GlossaryDefinitions {
  #words = $state.raw<Words | null>(null);
  #loading: Promise<void> | null = null;
  #idle = false;

  /** The name and definition of the term `id`, or null while they are not loaded yet. */
  of(id: string): { term: string; definition: string } | null {
    const words = this.#words;
    return words && { term: words.termOf(id), definition: words.definitionOf(id) };
  }

  load(): Promise<void> {
    this.#loading ??= import('./definitionText').then(
      (words) => {
        this.#words = words;
      },
      (error: unknown) => {
        this.#loading = null; // a later hover tries again
        throw error;
      },
    );
    return this.#loading;
  }

  /** Loads the definitions when the browser is idle (once, however many terms ask). */
  prefetch(): void {
    if (this.#idle || this.#words) return;
    this.#idle = true;
    const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    idle(() => void this.load().catch(() => {}));
  }
}

export const glossaryDefinitions = new GlossaryDefinitions();
