/** When the page registers the offline service worker (pwa.config.ts). A leaf, so tests can read it. */
export interface RegisterConditions {
  /** A production build: the dev server and the unit tests never register a worker. */
  production: boolean;
  /** ?fuzz mode drives random input for a test: it must run against the page as built, never a cached one. */
  fuzz: boolean;
  /** Whether the browser offers service workers at all (not over plain http from another host, for example). */
  supported: boolean;
}

export const shouldRegister = (c: RegisterConditions): boolean => c.production && !c.fuzz && c.supported;
