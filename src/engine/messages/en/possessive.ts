/** English possessive of a name: "Alice's", but "eLayerNodes'" (never "Nodes's"). */
export const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);
