/** The restaking slice of the world. (Stub: filled in by the restaking model.) */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface RestakingState {}

export function createRestakingState(): RestakingState {
  return {};
}
