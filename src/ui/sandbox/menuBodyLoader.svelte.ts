/**
 * The toolbar's menu bodies (menuBodies.ts), on demand: they load on idle once the sandbox is up (`prefetch`, asked
 * by the route), or at once when a menu is first opened if that comes sooner (`load`). `current` is null until
 * they are here; an opened menu draws its body (and takes focus into it) as soon as they are.
 */
type Bodies = typeof import('./menuBodies');

class MenuBodyLoader {
  #bodies = $state.raw<Bodies | null>(null);
  #loading: Promise<Bodies> | null = null;

  get current(): Bodies | null {
    return this.#bodies;
  }

  load(): Promise<Bodies> {
    this.#loading ??= import('./menuBodies').then(
      (bodies) => (this.#bodies = bodies),
      (error: unknown) => {
        this.#loading = null; // the next opening tries again
        throw error;
      },
    );
    return this.#loading;
  }
}

export const menuBodies = new MenuBodyLoader();
