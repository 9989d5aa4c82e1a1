/** Deeper nesting than any scenario or graph needs; refused at once so no later walk can run out of stack. */
export const MAX_JSON_DEPTH = 100;
