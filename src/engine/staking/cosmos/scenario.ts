/** The scenario section that sets up the cosmos slice. (Stub: filled in by the cosmos model.) */
import * as v from 'valibot';
import type { Ctx } from '../../module';

export const cosmosSectionSchema = v.strictObject({});
export type CosmosSection = v.InferOutput<typeof cosmosSectionSchema>;

export function initCosmos(_ctx: Ctx, _section: CosmosSection): void {}
