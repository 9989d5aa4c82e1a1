/** Events owned by the cosmos model. (Stub: filled in by the cosmos model.) */
import * as v from 'valibot';

export const cosmosEventSchemas = [] as const satisfies readonly v.GenericSchema[];
