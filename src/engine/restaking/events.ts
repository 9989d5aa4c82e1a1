/** Events owned by the restaking model. (Stub: filled in by the restaking model.) */
import * as v from 'valibot';

export const restakingEventSchemas = [] as const satisfies readonly v.GenericSchema[];
