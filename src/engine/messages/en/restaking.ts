/** restaking messages (see ../en.ts). */
export const restaking = {};
