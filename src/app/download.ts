/** Saves a text as a file the learner downloads (an export, a save kept aside); nothing leaves the machine. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A file name from a scenario's name: letters, digits, dots and dashes only. */
export const fileNameFor = (name: string, suffix = ''): string =>
  `${(name || 'scenario').replace(/[^\w.-]+/g, '-').toLowerCase()}${suffix}.json`;
