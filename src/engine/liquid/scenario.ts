/** The scenario section that sets up the liquid slice. (Stub: filled in by the liquid model.) */
import * as v from 'valibot';
import type { Ctx } from '../module';

export const liquidSectionSchema = v.strictObject({});
export type LiquidSection = v.InferOutput<typeof liquidSectionSchema>;

export function initLiquid(_ctx: Ctx, _section: LiquidSection): void {}
