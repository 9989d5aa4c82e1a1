/**
 * The faults model alone, as engineModules.ts fetches it: a cascade's or a chart's widget folds a story that nearly
 * always holds a fault, so the embed fetches it beside the widget (src/ui/embed/Embed.svelte), without the security
 * model switch's logic, which only the sandbox shows and loads with it (./onDemandSecurity.ts).
 */
export { faultsModule } from '../engine/faults/module';
