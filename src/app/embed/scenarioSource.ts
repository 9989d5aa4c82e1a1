/**
 * The scenario an embed shows, fetched or decoded: a built-in one from public/scenarios (by the id the parameter
 * schema accepted), or a share payload from the hash, decoded by the app's share-link reader (its gzip CRC-32 is
 * checked, so a payload damaged in copying is refused, never shown as another scenario).
 */
import { BUILT_IN_IDS, builtInFile } from './builtInIds';
import type { ScenarioSource } from './params';
import { scenarioUrl } from '../scenarioUrl';

export type ScenarioRead = { ok: true; json: unknown } | { ok: false; problem: string };

export async function readScenario(source: ScenarioSource): Promise<ScenarioRead> {
  if (source.kind === 'share') {
    const { decodeShare } = await import('../shareLink');
    try {
      return { ok: true, json: await decodeShare(source.payload) };
    } catch (e) {
      return { ok: false, problem: `The share payload in the hash (#s=…) cannot be opened: ${(e as Error).message}.` };
    }
  }
  if (!(BUILT_IN_IDS as readonly string[]).includes(source.id))
    return { ok: false, problem: `There is no built-in scenario "${source.id}".` };
  try {
    const res = await fetch(scenarioUrl(builtInFile(source.id)));
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return { ok: true, json: await res.json() };
  } catch (e) {
    return { ok: false, problem: `The scenario "${source.id}" could not be fetched (${(e as Error).message}).` };
  }
}
