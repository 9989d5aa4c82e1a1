/** Exact fractions written as decimals, for reports and the inspector (never for arithmetic). */
/** num/den as a decimal string with `places` digits, rounded down ("0.95", "1"). */
export function decimal(num: bigint, den: bigint, places = 18): string {
  if (den === 0n) return 'NaN';
  const neg = num < 0n !== den < 0n && num !== 0n;
  const n = num < 0n ? -num : num;
  const d = den < 0n ? -den : den;
  const scale = 10n ** BigInt(places);
  const v = (n * scale) / d;
  const frac = (v % scale).toString().padStart(places, '0').replace(/0+$/, '');
  return `${neg ? '-' : ''}${v / scale}${frac ? `.${frac}` : ''}`;
}
