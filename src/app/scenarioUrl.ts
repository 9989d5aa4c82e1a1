/**
 * Where a built-in scenario file is served: public/scenarios, beside the page (so a copy served from a
 * sub-folder, or offline from the service worker's cache, finds its own files). A module of its own so that a
 * page fetching one scenario (an embedded widget) does not load the scenario index's reader.
 */
export const scenarioUrl = (file: string): string => new URL(`scenarios/${file}`, document.baseURI).href;
