/**
 * The security model as a switch (issue 13, item 6): the same scenario and the same events re-run under another
 * model give that model's exposures; a model that does not apply is explained; nothing of the log is lost.
 *
 * Hand-derived figures, three-avs-unique.json: Alice 300, Bob 200, Carol 100 LST (1 LST = 1 ETH here) delegated to
 * Op1, Op2, Op3, each allocating 30% to each of three AVSs; the event: the oracle slashes Op1 50%.
 *  - unique stake (ELIP-002: an AVS slashes only its allocation, shares x magnitude / max magnitude):
 *    before, each AVS sees 0.3 x 600 = 180; the slash takes 50% of Op1's 90 allocated to the oracle (45), so the
 *    oracle sees 45 + 60 + 30 = 135 and the DA layer and the bridge keep 180;
 *  - pooled (EigenLayer whitepaper, section 3: every AVS can slash the whole delegation): before, each sees 600;
 *    the slash takes 50% of Op1's whole 300, so every AVS sees 150 + 200 + 100 = 450.
 * Verdicts (attacked alone; threshold 1/2: the cheapest operators holding at least half the stake; corruption pays
 * when that costs less than the profit): unique, the DA layer (Op1's 90 of 180) costs 90 < 150 and the bridge
 * 90 < 120, both attackable; the oracle needs 67.5 of 135: Op1 45 + Op3 30 = 75 >= 60, safe. Pooled, 225 of 450:
 * Op1 150 + Op3 100 = 250, above every profit (150, 60, 120): all safe.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { ScenarioStore } from '../../../src/app/scenario.svelte';
import { Notices } from '../../../src/app/notices.svelte';
import { ModelSwitch } from '../../../src/app/modelSwitch.svelte';
import { explainSwitch, titleUnderModel, underModel, verdictChanges } from '../../../src/app/modelSwitch';
import { modelOptions } from '../../../src/app/modelOptions';
import { stakeSeenBy } from '../../../src/engine/restaking/views';
import { servicesSecurity } from '../../../src/engine/views/costOfCorruption';
import type { World } from '../../../src/engine/world';
import { tm } from '../../../src/ui/messages';

const ETH = 1_000_000_000n;
const read = (file: string) => JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8'));
const seen = (w: World) => ['da', 'oracle', 'bridge'].map((a) => stakeSeenBy(w, a) / ETH);
const verdicts = (w: World) => Object.fromEntries(servicesSecurity(w).map((s) => [s.name, s.safeAlone]));

function session(json: object): Session {
  const s = new Session();
  const problem = s.load(json);
  if (problem) throw new Error(problem.message);
  return s;
}

describe('the same events under another model', () => {
  const json = read('three-avs-unique.json');
  const unique = session(json);

  it('unique stake: only the oracle loses, 180 -> 135', () => {
    expect(seen(unique.world!)).toEqual([180n, 135n, 180n]);
    unique.goTo(0);
    expect(seen(unique.world!)).toEqual([180n, 180n, 180n]);
    unique.goTo(1);
  });

  it('pooled: the same log re-run, every AVS sees 600 then 450', () => {
    const { events: _e, ...rest } = json;
    void _e;
    const pooled = session(underModel(rest, unique.log, 'pooled'));
    expect(pooled.log).toEqual(unique.log);
    expect(pooled.world!.securityModel).toBe('pooled');
    expect(seen(pooled.world!)).toEqual([450n, 450n, 450n]);
    pooled.goTo(0);
    expect(seen(pooled.world!)).toEqual([600n, 600n, 600n]);
  });

  it('the verdicts change, and the sentence says which with names', () => {
    const pooled = session({ ...json, securityModel: 'pooled' });
    expect(verdicts(unique.world!)).toEqual({ 'DA layer': false, 'Price oracle': true, Bridge: false });
    expect(verdicts(pooled.world!)).toEqual({ 'DA layer': true, 'Price oracle': true, Bridge: true });
    expect(verdictChanges(unique.world!, pooled.world!)).toEqual({ attackable: [], safe: ['DA layer', 'Bridge'] });
    // The operator in most services, then with most stake: all three serve three AVSs, Op2 holds 200 (Op1 150).
    expect(tm(explainSwitch(unique.world!, pooled.world!))).toBe(
      'Under pooled stake, each of the 3 services Op2 serves can slash all 200 ETH it holds: ' +
        '2 services are no longer worth attacking one at a time (DA layer, Bridge).',
    );
    expect(tm(explainSwitch(pooled.world!, unique.world!))).toMatch(
      /^Under unique stake, a service can slash only what is allocated to it \(.+\): 2 services can now be attacked for profit \(DA layer, Bridge\)\.$/,
    );
  });
});

describe('which models apply', () => {
  it('the three-AVS network has no vaults: shared vaults do not apply, and the reason names the scenario', () => {
    const s = session(read('three-avs-unique.json'));
    const options = modelOptions(s.world, 'Three AVSs');
    expect(options.map((o) => [o.model, o.applies])).toEqual([
      ['unique', true],
      ['pooled', true],
      ['sharedVault', false],
    ]);
    const na = options[2];
    if (na.applies) throw new Error('expected a reason');
    expect(tm(na.reason)).toBe('Three AVSs has no vaults, so under shared vaults no service would see any stake.');
  });

  it('no restaking (Cosmos, solo staker): no switch at all', () => {
    expect(modelOptions(session(read('cosmos-double-sign.json')).world, 'x')).toEqual([]);
    expect(modelOptions(session(read('solo-staker-slashed.json')).world, 'x')).toEqual([]);
  });

  it('the shared-vault scenario: only shared vaults apply; its story ends with two networks attackable', () => {
    const s = session(read('shared-vault-networks.json'));
    expect(modelOptions(s.world, 'x').map((o) => o.applies)).toEqual([false, false, true]);
    // Symbiotic NetworkRestakeDelegator: a network sees min(active stake, its limit). 1000 active, limits
    // 600 / 800 / 400; the bridge slashes Kappa 50% of its 600 (300): 700 left, the bridge 700, the others keep
    // their limits; the sequencer slashes Kappa 50% of 400 (200): 500 left, the oracle and the bridge see 500.
    const seenAll = (w: World) => ['oracle', 'bridge', 'sequencer'].map((a) => stakeSeenBy(w, a) / ETH);
    s.goTo(0);
    expect(seenAll(s.world!)).toEqual([600n, 800n, 400n]);
    s.goTo(1);
    expect(seenAll(s.world!)).toEqual([600n, 700n, 400n]);
    s.goTo(2);
    expect(seenAll(s.world!)).toEqual([500n, 500n, 400n]);
    // Half of 500 costs 250: below the oracle's 280 and the bridge's 350 profit from corruption.
    expect(verdicts(s.world!)).toEqual({ 'Oracle network': false, 'Bridge network': false, 'Sequencer network': true });
  });
});

describe('the switch in the sandbox store', () => {
  const noWorker = () => null;

  it('keeps every event and the position (redo tail too); switching back is the undo', async () => {
    const store = ScenarioStore.from(read('three-avs-unique.json'));
    // One more event, then stepped back over: the log has a redo tail.
    expect(store.dispatch({ type: 'AdvanceTime', days: 1 }).ok).toBe(true);
    store.undo();
    const log = store.log;
    expect([store.position, log.length]).toEqual([1, 2]);
    const notices = new Notices();
    const models = new ModelSwitch(store, notices, noWorker);
    const result = await models.choose('pooled');
    expect(result?.ok).toBe(true);
    expect(store.world!.securityModel).toBe('pooled');
    expect(store.log).toEqual(log);
    expect(store.position).toBe(1);
    expect(seen(store.world!)).toEqual([450n, 450n, 450n]);
    expect(tm(notices.notice!.text)).toContain('Under pooled stake');
    expect(tm(notices.notice!.action!.label)).toBe('Back to Unique stake');
    // The notice's action switches back: the same numbers as before.
    notices.notice!.action!.run();
    await vitestWait(() => store.world!.securityModel === 'unique');
    expect(seen(store.world!)).toEqual([180n, 135n, 180n]);
    expect(store.log).toEqual(log);
    // Saved and shared as the new model: the scenario's JSON carries it.
    expect(store.toJson()!.securityModel).toBe('unique');
  });

  it('a model that does not apply changes nothing and says why', async () => {
    const store = ScenarioStore.from(read('three-avs-unique.json'));
    const before = store.world;
    const notices = new Notices();
    const result = await new ModelSwitch(store, notices, noWorker).choose('sharedVault');
    expect(result?.ok).toBe(false);
    expect(store.world).toBe(before);
    expect(tm(notices.notice!.text)).toContain('has no vaults');
  });
});

async function vitestWait(done: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the title follows the model (issue 13: "(unique stake)" stayed after a switch to pooled)', () => {
  it('renames the model a title ends with, and nothing else', () => {
    expect(titleUnderModel('Three AVSs on shared operators (unique stake)', 'pooled')).toBe(
      'Three AVSs on shared operators (pooled stake)',
    );
    expect(titleUnderModel('Three AVSs on shared operators (pooled)', 'unique')).toBe(
      'Three AVSs on shared operators (unique stake)',
    );
    expect(titleUnderModel('Cascading slashing: three services, unique stake', 'sharedVault')).toBe(
      'Cascading slashing: three services, shared vaults',
    );
    // A title that does not end by naming a model is the scenario's own: kept.
    expect(titleUnderModel('Restaking: two operators, an oracle and a bridge', 'pooled')).toBe(
      'Restaking: two operators, an oracle and a bridge',
    );
    expect(titleUnderModel('One shared vault behind three networks', 'pooled')).toBe(
      'One shared vault behind three networks',
    );
  });

  it('the scenario re-run under pooled carries the new title, and back under unique the old one', () => {
    const json = read('three-avs-unique.json');
    const pooled = underModel(json, [], 'pooled');
    expect(pooled.name).toBe('Three AVSs on shared operators (pooled stake)');
    expect(underModel(pooled, [], 'unique').name).toBe(json.name);
  });
});
