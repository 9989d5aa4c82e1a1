/** liquid messages (see ../en.ts). */
export const liquid = {};
