/** ethereum messages (see ../en.ts). */
export const ethereum = {};
