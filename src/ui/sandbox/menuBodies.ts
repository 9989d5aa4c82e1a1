/**
 * The open bodies of the sandbox toolbar's menus, one chunk: closed, a menu is only its button (the scenario's
 * name, the export icon, the security model), which is all a first view draws. The chunk loads at a first
 * opening, and on idle once the sandbox is up (menuBodyLoader.svelte.ts).
 */
export { default as ScenarioMenuBody } from './ScenarioMenuBody.svelte';
export { default as ExportMenuBody } from '../export/ExportMenuBody.svelte';
export { default as ModelMenuBody } from './ModelMenuBody.svelte';
