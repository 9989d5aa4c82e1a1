/** The markets slice of the world. (Stub: filled in by the markets model.) */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MarketsState {}

export function createMarketsState(): MarketsState {
  return {};
}
