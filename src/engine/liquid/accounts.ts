/**
 * Ledger names for liquid staking: assets and accounts. Shared with the restaking and markets models, which
 * read them, so keep them stable. Every amount uses the engine's 1e-9 scale (gwei for ETH; for stETH one
 * ledger unit is 1e-9 of a share).
 */

/** A Lido-like pool's rebasing token, counted in SHARES (so transfers move shares, as the real token does). */
export const stEthAsset = (pool: string): string => `stETH:${pool}`;
/** The wrapped, non-rebasing form: 1 wstETH unit = 1 share ("1 wei in shares equals to 1 wei in balance"). */
export const wstEthAsset = (pool: string): string => `wstETH:${pool}`;
/** A Rocket-Pool-like pool's exchange-rate token. */
export const rEthAsset = (pool: string): string => `rETH:${pool}`;
/** Rocket Pool's governance/collateral token, staked by node operators. */
export const RPL = 'RPL';

export const lidoAccount = {
  /** Ether submitted and not yet deposited to validators (the contract's buffered ether). */
  buffer: (pool: string): string => `lido:${pool}:buffer`,
  /** The withdrawal vault: every pool validator's withdrawal credentials point here. */
  withdrawals: (pool: string): string => `lido:${pool}:withdrawals`,
  /** The DAO treasury: receives its half of the protocol fee as shares. */
  treasury: (pool: string): string => `lido:${pool}:treasury`,
  /** A node operator's reward address: receives its part of the fee as shares. */
  operator: (pool: string, operator: string): string => `lido:${pool}:operator:${operator}`,
  /** The wstETH contract: holds the shares that back wstETH. */
  wsteth: (pool: string): string => `lido:${pool}:wsteth`,
  /** The withdrawal queue contract: holds requested shares until they are burned, then the locked ether. */
  queue: (pool: string): string => `lido:${pool}:queue`,
} as const;

export const rocketAccount = {
  /** The deposit pool: users' ether waiting to be matched into minipools. */
  deposits: (pool: string): string => `rocket:${pool}:deposits`,
  /** The rETH contract's own ether (user shares of exited minipools), which backs burns. */
  reth: (pool: string): string => `rocket:${pool}:reth`,
  /** A node operator: holds its staked RPL, and its ether when it has no holder to pay. */
  node: (pool: string, node: string): string => `rocket:${pool}:node:${node}`,
  /** A minipool contract: its validator's withdrawal credentials point here. */
  minipool: (pool: string, minipool: string): string => `rocket:${pool}:minipool:${minipool}`,
  /** The auction contract: receives slashed RPL (sold to bidders outside the model). */
  auction: (pool: string): string => `rocket:${pool}:auction`,
} as const;
