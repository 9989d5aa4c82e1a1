/**
 * What the sandbox loads on demand that reads the security analysis (costs of corruption, engine/security): the
 * faults model (a cascade says which services a fault left attackable) and the security model switch's logic (it
 * says what a switch changed by the same figures). Neither is needed to draw a first view with no fault and the
 * switch's menu closed; both load on idle after it, or when first needed (src/app/engineModules.ts,
 * src/app/modelSwitch.svelte.ts).
 *
 * One chunk for both, on purpose: each dynamic import of code that shares the engine with the route splits the
 * route's engine chunks along what it reaches. Two imports (measured) made the sandbox route 5.1 KB and the chart
 * widget 5.2 KB (gzip) larger than this one does, the chart widget over its 130 KB budget.
 */
export { faultsModule } from '../engine/faults/module';
export { explainSwitch, underModel } from './modelSwitch';
