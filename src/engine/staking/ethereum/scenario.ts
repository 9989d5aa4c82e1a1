/** The scenario section that sets up the ethereum slice. (Stub: filled in by the ethereum model.) */
import * as v from 'valibot';
import type { Ctx } from '../../module';

export const ethereumSectionSchema = v.strictObject({});
export type EthereumSection = v.InferOutput<typeof ethereumSectionSchema>;

export function initEthereum(_ctx: Ctx, _section: EthereumSection): void {}
