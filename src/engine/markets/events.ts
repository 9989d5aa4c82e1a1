/** Events owned by the markets model. (Stub: filled in by the markets model.) */
import * as v from 'valibot';

export const marketsEventSchemas = [] as const satisfies readonly v.GenericSchema[];
