/**
 * The security model switch's logic, which the sandbox loads on demand (src/app/modelSwitch.svelte.ts): when the
 * switch's menu first opens, on idle after the first view, or at a choice. It reads the same security analysis as
 * the faults model, which engineModules.ts fetches alone (./onDemandFaults.ts), so an embedded widget does not
 * carry the switch.
 *
 * The faults model is re-exported here although nothing reads it from this chunk: a dynamic import of code that
 * shares the engine with the route splits the route's engine chunks along what it reaches, and this one must reach
 * what ./onDemandFaults.ts reaches. Without the re-export (measured) the sandbox route is 1.2 KB and the balances
 * chart widget 1.3 KB (gzip) larger, the widget over its 130 KB budget.
 */
export { faultsModule } from '../engine/faults/module';
export { explainSwitch, underModel } from './modelSwitch';
