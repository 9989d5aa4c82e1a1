/**
 * Fixed-point math on 1e18 ("WAD"), exactly as EigenLayer's SlashingLib / OpenZeppelin Math round
 * (Layr-Labs/eigenlayer-contracts src/contracts/libraries/SlashingLib.sol): mulWad and divWad round down,
 * mulWadRoundUp rounds up. Magnitudes, slashing fractions and scaling factors are all WADs.
 */
import { ceilDiv } from '../ledger/amount';

/**
 * 1.0 as a WAD; also INITIAL_TOTAL_MAGNITUDE (AllocationManager.md). The one WAD of the engine: slash fractions,
 * health factors (markets/lending.ts) and the security input's fractions are WADs too.
 */
export const WAD = 10n ** 18n;

/** floor(x * y / 1e18) */
export const mulWad = (x: bigint, y: bigint): bigint => (x * y) / WAD;

/** ceil(x * y / 1e18): how the protocol rounds the magnitude it slashes, so the AVS never gets less. */
export const mulWadRoundUp = (x: bigint, y: bigint): bigint => ceilDiv(x * y, WAD);

/** floor(x * 1e18 / y) */
export const divWad = (x: bigint, y: bigint): bigint => (x * WAD) / y;

/** floor(x * y / z) (OpenZeppelin Math.mulDiv, Rounding.Floor). */
export const mulDiv = (x: bigint, y: bigint, z: bigint): bigint => (x * y) / z;

/** ceil(x * y / z) (Math.mulDiv, Rounding.Ceil). */
export const mulDivUp = (x: bigint, y: bigint, z: bigint): bigint => ceilDiv(x * y, z);

/** An exact fraction [num, den] as a WAD, rounded down (scenario fractions like "0.5" are exact). */
export const fractionToWad = ([num, den]: readonly [bigint, bigint]): bigint => (num * WAD) / den;

/** A WAD as a percentage for sentences: 5e17 -> "50%", 1e17/3 -> "3.33%". */
export function formatWadPercent(wad: bigint): string {
  const basis = (wad * 10_000n + WAD / 2n) / WAD; // hundredths of a percent, rounded to nearest
  const whole = basis / 100n;
  const frac = (basis % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}%` : `${whole}%`;
}
