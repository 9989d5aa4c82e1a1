/**
 * A file dropped anywhere on the sandbox (an exported image or a scenario's JSON) opens like an imported one.
 * Only drags that carry files are taken, so a palette piece still goes to the graph (paletteDrop.ts).
 */

/** Over the page: a file may be dropped (the browser would otherwise open it in place of the app). */
export function overFile(e: DragEvent): void {
  if (!e.dataTransfer?.types.includes('Files')) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
}

/** The first file dropped, or null when the drop holds none. */
export function droppedFile(e: DragEvent): File | null {
  const file = e.dataTransfer?.files?.[0] ?? null;
  if (file) e.preventDefault();
  return file;
}
