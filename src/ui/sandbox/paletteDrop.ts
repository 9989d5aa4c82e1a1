/**
 * A palette piece carried onto the graph (HTML drag and drop): the piece's kind travels in the drag data under a
 * type of its own, so only a piece (not a file, not text) is taken by the graph.
 */
import { BUILD_KINDS, type BuildKind } from '../../app/buildKinds';

export const PIECE_TYPE = 'application/x-restaking-lab-piece';

export function startPiece(e: DragEvent, kind: BuildKind): void {
  if (!e.dataTransfer) return;
  e.dataTransfer.setData(PIECE_TYPE, kind);
  e.dataTransfer.effectAllowed = 'copy';
}

/** Over the graph: a piece may be dropped (the default refuses every drop). */
export function overPiece(e: DragEvent): void {
  if (!e.dataTransfer?.types.includes(PIECE_TYPE)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
}

/** The kind of the piece dropped, or null for anything else. */
export function droppedPiece(e: DragEvent): BuildKind | null {
  const kind = e.dataTransfer?.getData(PIECE_TYPE) as BuildKind | undefined;
  if (!kind || !BUILD_KINDS.includes(kind)) return null;
  e.preventDefault();
  return kind;
}
