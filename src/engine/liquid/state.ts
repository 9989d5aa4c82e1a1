/** The liquid slice of the world. (Stub: filled in by the liquid model.) */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LiquidState {}

export function createLiquidState(): LiquidState {
  return {};
}
