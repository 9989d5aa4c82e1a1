/** faults messages (see ../en.ts). */
export const faults = {};
