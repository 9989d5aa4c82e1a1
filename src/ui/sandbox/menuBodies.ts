/**
 * The open bodies of the sandbox's closed controls, one chunk: the toolbar's menus (closed, a menu is only its
 * button: the scenario's name, the export icon, the security model) and the open analysis drawer's own parts
 * (closed, the drawer is its bar). A first view draws none of them. The chunk loads at a first opening, and on
 * idle once the sandbox is up (menuBodyLoader.svelte.ts).
 */
export { default as ScenarioMenuBody } from './ScenarioMenuBody.svelte';
export { default as ExportMenuBody } from '../export/ExportMenuBody.svelte';
export { default as ModelMenuBody } from './ModelMenuBody.svelte';
export { default as AnalysisSplitter } from '../panels/AnalysisSplitter.svelte';
export { default as AnalysisEnlarge } from '../panels/AnalysisEnlarge.svelte';
export { default as AnalysisTabPanel } from '../panels/AnalysisTabPanel.svelte';
