/** The ethereum slice of the world. (Stub: filled in by the ethereum model.) */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EthereumState {}

export function createEthereumState(): EthereumState {
  return {};
}
