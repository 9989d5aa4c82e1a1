/** cosmos messages (see ../en.ts). */
export const cosmos = {};
