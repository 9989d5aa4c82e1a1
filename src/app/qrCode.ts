/**
 * A QR code for a link, as one SVG path (one square per dark module), made offline with @paulmillr/qr (a small,
 * dependency-free encoder; ISO/IEC 18004). Medium error correction (15% of the code can be damaged, a projector's
 * glare or a keystone) when the link fits, low otherwise; a link longer than the largest code (version 40, low:
 * 2,953 bytes) gets none, and the page shows the link alone.
 */
import { encodeQR } from '@paulmillr/qr';

export const QR_MAX_BYTES = 2953;
/** Light modules around the code (the standard's quiet zone is 4; 2 is read by phone cameras and saves room). */
const BORDER = 2;

export type QrPath = { ok: true; size: number; path: string } | { ok: false };

/** The code's modules, true for dark, border included; null when the text does not fit a QR code. */
export function qrModules(text: string): boolean[][] | null {
  if (new TextEncoder().encode(text).length > QR_MAX_BYTES) return null;
  for (const ecc of ['medium', 'low'] as const) {
    try {
      return encodeQR(text, 'raw', { ecc, border: BORDER });
    } catch {
      // too long for this error correction: try the next
    }
  }
  return null;
}

/** The code as an SVG path in module units (viewBox 0 0 size size). */
export function qrPath(text: string): QrPath {
  const modules = qrModules(text);
  if (!modules) return { ok: false };
  let path = '';
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { ok: true, size: modules.length, path };
}
