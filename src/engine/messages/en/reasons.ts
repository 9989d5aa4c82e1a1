/**
 * Why a service slashes, in words. The engine records a slash's reason as the fault's kind ("avs-misbehaviour"), or
 * a scenario's own description, which is already words and is shown as is.
 */
const REASONS: Record<string, string> = {
  'avs-misbehaviour': 'breaking its rules',
  'double-sign': 'double-signing',
  downtime: 'downtime',
  'key-compromise': 'a stolen operator key',
  'correlated-bug': 'a client bug',
  'buggy-slasher': 'a false slash by a buggy slasher',
};

export const reasonWords = (reason: string): string => REASONS[reason] ?? reason;
