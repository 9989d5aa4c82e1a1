/** Worked examples in the model of Robust Restaking Networks (Durvasula and Roughgarden 2024, section 2). */
import { graphOf, type RestakingGraph } from '../../../src/engine/security/graph';

const all = (vs: string[], js: string[]): [string, string][] =>
  js.flatMap((j) => vs.map((v): [string, string] => [v, j]));

export const EX1: RestakingGraph = graphOf({
  validators: [
    ['v1', 40],
    ['v2', 40],
    ['v3', 20],
  ],
  services: [
    ['S1', 30, '1/2'],
    ['S2', 20, '1/2'],
  ],
  edges: [
    ['v1', 'S1'],
    ['v2', 'S1'],
    ['v2', 'S2'],
    ['v3', 'S2'],
  ],
});

export const EX1B: RestakingGraph = graphOf({
  validators: [
    ['v1', 40],
    ['v2', 40],
    ['v3', 20],
  ],
  services: [
    ['S1', 30, '1/2'],
    ['S2', 15, '1/2'],
  ],
  edges: [
    ['v1', 'S1'],
    ['v2', 'S1'],
    ['v3', 'S2'],
  ],
});

export const EX2: RestakingGraph = graphOf({
  validators: [
    ['a', 10],
    ['b', 10],
    ['c', 10],
    ['d', 10],
  ],
  services: [
    ['X', 12, '1/2'],
    ['Y', 12, '1/2'],
    ['Z', 12, '1/2'],
  ],
  edges: all(['a', 'b', 'c', 'd'], ['X', 'Y', 'Z']),
});

export const EX3: RestakingGraph = graphOf({
  validators: [
    ['a', 10],
    ['b', 90],
  ],
  services: [['x', 100, 1]],
  edges: [
    ['a', 'x'],
    ['b', 'x'],
  ],
});

export const EX4: RestakingGraph = graphOf({
  validators: [
    ['a', 10],
    ['b', 20],
    ['c', 25],
    ['d', 30],
  ],
  services: [
    ['X', 21, 1],
    ['Y', 26, 1],
    ['Z', 31, 1],
  ],
  edges: [
    ['a', 'X'],
    ['b', 'X'],
    ['b', 'Y'],
    ['c', 'Y'],
    ['c', 'Z'],
    ['d', 'Z'],
  ],
});

export const EX5: RestakingGraph = graphOf({
  validators: [
    ['v1', 30],
    ['v2', 30],
    ['v3', 20],
    ['v4', 20],
    ['v5', 50],
    ['v6', 50],
  ],
  services: [
    ['A', 20, '1/2'],
    ['B', 20, '1/2'],
    ['C', 25, '1/2'],
  ],
  edges: [
    ['v1', 'A'],
    ['v2', 'A'],
    ['v3', 'A'],
    ['v3', 'B'],
    ['v4', 'B'],
    ['v5', 'B'],
    ['v5', 'C'],
    ['v6', 'C'],
  ],
});

export const EX6: RestakingGraph = graphOf({
  validators: [
    ['a', 10],
    ['b', 17],
    ['c', 73],
  ],
  services: [
    ['x', 18, 1],
    ['y', 10, '1/2'],
  ],
  edges: [
    ['a', 'x'],
    ['b', 'x'],
    ['c', 'y'],
  ],
});
