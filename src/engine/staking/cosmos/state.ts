/** The cosmos slice of the world. (Stub: filled in by the cosmos model.) */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CosmosState {}

export function createCosmosState(): CosmosState {
  return {};
}
