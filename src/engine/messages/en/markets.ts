/** markets messages (see ../en.ts). */
export const markets = {};
