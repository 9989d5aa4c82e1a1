/** Events owned by the liquid model. (Stub: filled in by the liquid model.) */
import * as v from 'valibot';

export const liquidEventSchemas = [] as const satisfies readonly v.GenericSchema[];
