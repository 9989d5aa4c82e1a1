/** The scenario section that sets up the restaking slice. (Stub: filled in by the restaking model.) */
import * as v from 'valibot';
import type { Ctx } from '../module';

export const restakingSectionSchema = v.strictObject({});
export type RestakingSection = v.InferOutput<typeof restakingSectionSchema>;

export function initRestaking(_ctx: Ctx, _section: RestakingSection): void {}
