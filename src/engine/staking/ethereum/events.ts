/** Events owned by the ethereum model. (Stub: filled in by the ethereum model.) */
import * as v from 'valibot';

export const ethereumEventSchemas = [] as const satisfies readonly v.GenericSchema[];
