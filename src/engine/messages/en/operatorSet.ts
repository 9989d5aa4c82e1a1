/**
 * An operator set in words. Its number is an id (ELIP-002 operator set ids start at 0): said only for an AVS's
 * second and later sets, so the narration reads "DA layer's operator set", not "DA layer's operator set 0".
 */
export const operatorSet = (set: number): string => (set === 0 ? 'operator set' : `operator set ${set}`);
