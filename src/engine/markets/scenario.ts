/** The scenario section that sets up the markets slice. (Stub: filled in by the markets model.) */
import * as v from 'valibot';
import type { Ctx } from '../module';

export const marketsSectionSchema = v.strictObject({});
export type MarketsSection = v.InferOutput<typeof marketsSectionSchema>;

export function initMarkets(_ctx: Ctx, _section: MarketsSection): void {}
