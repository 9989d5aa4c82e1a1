/** Small lessons and helpers shared by the lesson tests. */
import { readFileSync } from 'node:fs';
import { parseLesson } from '../../../src/lessons/parse';
import { prepareLesson, type PreparedLesson, type ScenarioSource } from '../../../src/lessons/prepare';
import { diskScenarios } from '../../../src/lessons/node';

export const scenarios: ScenarioSource = diskScenarios(process.cwd());

export const TINY = `---
id: tiny
title: Tiny
summary: Alice pays Bob.
level: intro
minutes: 5
---

\`\`\`scenario
{ "format": "restaking-lab/scenario", "version": 1, "name": "t",
  "holders": [{ "id": "alice", "name": "Alice", "balances": { "ETH": "10" } }, { "id": "bob", "name": "Bob" }] }
\`\`\`

## Step: Pay Bob

Alice has {{holder:alice.balance}}.

\`\`\`predict
{
  "question": "Will Bob end with at least 1 ETH?",
  "choices": { "less": "Less than 1 ETH", "more": "1 ETH or more" },
  "answer": { "bucket": "holder:bob.balance", "ranges": { "less": [0, 1], "more": [1, null] } }
}
\`\`\`

\`\`\`goal
event Transfer
holder:bob.balance >= 2 ETH
\`\`\`

\`\`\`hint
Send Bob 2 ETH.
\`\`\`

\`\`\`show-me
[{ "type": "Transfer", "from": "alice", "to": "bob", "amount": "2", "asset": "ETH" }]
\`\`\`

\`\`\`reveal
Bob has {{holder:bob.balance}}.
\`\`\`

## Step: Read

Bob has {{holder:bob.balance}} and Alice {{holder:alice.balance}}.

## Challenge: Give Bob 5

\`\`\`goal
holder:bob.balance >= 5 ETH
\`\`\`

\`\`\`show-me
[{ "type": "Transfer", "from": "alice", "to": "bob", "amount": "3", "asset": "ETH" }]
\`\`\`

\`\`\`show-me
[
  { "type": "Transfer", "from": "alice", "to": "bob", "amount": "1", "asset": "ETH" },
  { "type": "Transfer", "from": "alice", "to": "bob", "amount": "2", "asset": "ETH" }
]
\`\`\`
`;

export function prepared(file: string, text: string, source: ScenarioSource = scenarios): PreparedLesson {
  const parsed = parseLesson(file, text);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.line}: ${i.message}`).join('\n'));
  const p = prepareLesson(parsed.lesson, source);
  if (!p.ok) throw new Error(p.issues.map((i) => `${i.line}: ${i.message}`).join('\n'));
  return p.prepared;
}

export const readLesson = (name: string): string => readFileSync(`lessons/${name}`, 'utf8');

/** What src/app/dropActions.ts, faultMenu.ts and timePlayer.svelte.ts can send. */
export const SANDBOX_EVENTS = new Set([
  'EthDeposit',
  'LidoSubmit',
  'RocketDeposit',
  'RestakeDeposit',
  'DelegateTo',
  'LrtDeposit',
  'VaultDeposit',
  'CosmosDelegate',
  'ModifyAllocation',
  'Fault',
  'CosmosDoubleSign',
  'CosmosDowntime',
  'AdvanceTime',
]);
