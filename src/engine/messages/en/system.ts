/** system messages (see ../en.ts). */
export const system = {};
