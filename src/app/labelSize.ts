/**
 * The sizes of an edge's amount label, estimated from its text (the labels are set in an 11 px monospace font): what
 * the layout needs to leave room for a label (graphModel.ts sizes the gaps between columns with them) apart from
 * where each label is placed (labelPlacement.ts, which only the sandbox's graph runs), so a widget that draws no
 * labels loads no placement.
 */

/** Text width of the 11 px monospace label font: 0.6 em a character. */
export const CHAR_WIDTH = 6.6;
/** A plain amount label: its text plus 4 px padding each side, 16 px tall. */
export const plainLabelSize = (text: string) => ({ width: text.length * CHAR_WIDTH + 8, height: 16 });
/**
 * A label of several words on two lines, as even as its words allow ("all 150 ETH" over "at risk"), so a long
 * label fits the gap between two columns sized for an amount: as wide as its longer line, two lines tall. Set at
 * that width, the browser's own wrapping makes the same two lines (its first line is at least as long, so the
 * rest fits on one).
 */
export function twoLineLabelSize(text: string): { width: number; height: number } {
  const words = text.split(' ');
  let longest = text.length;
  for (let i = 1; i < words.length; i++)
    longest = Math.min(longest, Math.max(words.slice(0, i).join(' ').length, words.slice(i).join(' ').length));
  // 4 px of air: the face's advance is not always exactly 0.6 em, and a line a hair too long would wrap again
  return { width: longest * CHAR_WIDTH + 12, height: words.length > 1 ? 32 : 16 };
}
/**
 * An allocation pill: the amount, then the handle ("◂ 50% ▸", room kept for "100%"), measured in Chromium at
 * 6.6 px a character plus 52 px of arrows, gaps and borders; 18 px tall. Narrow: the handle alone.
 */
export const allocationLabelSize = (amount: string) => ({
  width: (amount.length + 4) * CHAR_WIDTH + 52,
  narrowWidth: 4 * CHAR_WIDTH + 46,
  height: 18,
});
