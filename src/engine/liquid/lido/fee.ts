/**
 * The protocol fee: minted as new shares so that they are worth exactly feeBasis/10000 of the rewards
 * (lidofinance/docs docs/guides/lido-tokens-integration-guide.md "Fees"; Lido._distributeFee), split between
 * the node operators (staking module fee) and the treasury (docs/contracts/staking-router.md: 5% + 5%).
 */

/** Basis-point precision of Lido's fees (StakingRouter.TOTAL_BASIS_POINTS). */
export const TOTAL_BASIS_POINTS = 10_000n;

/**
 * shares2mint = rewards * feeBasis * prevTotalShares / (newTotalPooledEther * 10000 - feeBasis * rewards),
 * rounded down as the contract's integer division does.
 */
export function feeSharesToMint(
  rewards: bigint,
  feeBasisPoints: bigint,
  prevTotalShares: bigint,
  newTotalPooledEther: bigint,
): bigint {
  if (rewards <= 0n || feeBasisPoints === 0n) return 0n;
  return (
    (rewards * feeBasisPoints * prevTotalShares) / (newTotalPooledEther * TOTAL_BASIS_POINTS - feeBasisPoints * rewards)
  );
}

export interface FeeSplit {
  /** Shares per operator id, pro rata to its active validators (rounded down). */
  operators: Record<string, bigint>;
  /** The treasury's half plus the operators' rounding dust. */
  treasury: bigint;
}

/**
 * Half of the minted shares go to the staking module's operators, pro rata to their active validators
 * (NodeOperatorsRegistry distributes by active keys); the rest to the treasury. The real registry keeps its
 * rounding dust on its own balance; here (as the design asks) the dust goes to the treasury, so every minted
 * share has an owner.
 */
export function splitFee(shares: bigint, activeValidatorsByOperator: Record<string, number>): FeeSplit {
  const ids = Object.keys(activeValidatorsByOperator).filter((id) => activeValidatorsByOperator[id] > 0);
  const totalActive = ids.reduce((s, id) => s + BigInt(activeValidatorsByOperator[id]), 0n);
  const operators: Record<string, bigint> = {};
  if (totalActive === 0n) return { operators, treasury: shares };
  // stakingModuleFee / totalFee = 5% / 10% = one half (staking-router.md).
  const moduleShares = shares / 2n;
  let paid = 0n;
  for (const id of ids) {
    const s = (moduleShares * BigInt(activeValidatorsByOperator[id])) / totalActive;
    operators[id] = s;
    paid += s;
  }
  return { operators, treasury: shares - paid };
}
