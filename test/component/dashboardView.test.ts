// @vitest-environment jsdom
/**
 * The dashboard's states, from given replay and security states: computing (no numbers yet), updating (the
 * previous numbers, labelled as those of an earlier event, and no verdict claimed), proven secure, attack found
 * (with the highlight button), not proven yet with its bound, and a replay that failed. The numbers are the real
 * replay of three-avs-pooled.json (replayCore), so the tables show what the engine computes.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import DashboardView from '../../src/ui/panels/DashboardView.svelte';
import { Replayer, eventKey, type ReplayOutcome } from '../../src/app/replayCore';
import type { ReplayState } from '../../src/app/replayRunner.svelte';
import type { SecurityState } from '../../src/app/dashboardSecurity.svelte';
import type { SecurityReport } from '../../src/engine/security/analyze';
import { parseEvents, parseScenario } from '../../src/engine/scenario/validate';

const json = JSON.parse(readFileSync('public/scenarios/three-avs-pooled.json', 'utf8'));
const scenario = parseScenario(json);
if (!scenario.ok) throw new Error('scenario');
const events = parseEvents(json.events ?? []);
if (!events.ok) throw new Error('events');
const outcome: ReplayOutcome = new Replayer(scenario.value, scenario.value.securityModel).run(
  (json.events ?? []).map(eventKey),
  () => events.value,
);
if (!outcome.ok) throw new Error(outcome.error);
const done: ReplayState = { kind: 'done', outcome };
const names: Record<string, string> = { da: 'DA layer', oracle: 'Price oracle', bridge: 'Bridge' };
const avsName = (id: string) => names[id] ?? id;

const report = (over: Partial<SecurityReport>): SecurityReport => ({
  secure: true,
  worstAttack: null,
  slack: 0.25,
  costOfCorruption: {},
  eigenLayer: { holds: true, certifiedSlack: null, perValidator: {} },
  exact: true,
  ...over,
});
const sec = (r: SecurityReport, final = true): SecurityState => ({
  kind: 'done',
  report: r,
  final,
  attackNodes: ['avs:da', 'operator:op1'],
});

describe('Dashboard states', () => {
  it('computing: says so, shows no numbers and no verdict', () => {
    render(DashboardView, {
      props: { replay: { kind: 'computing', previous: null, position: 1 }, security: { kind: 'running' } },
    });
    expect(screen.getByTestId('dashboard-computing').textContent).toContain('Computing…');
    expect(screen.queryByTestId('yield-table')).toBeNull();
    expect(screen.queryByTestId('security-verdict')).toBeNull();
  });

  it('updating: the previous numbers stay, dimmed and labelled as those of an earlier event; no verdict is claimed', () => {
    const { container } = render(DashboardView, {
      props: {
        replay: { kind: 'computing', previous: outcome, position: outcome.data.position + 1 },
        security: sec(report({})),
      },
    });
    expect(screen.getByTestId('dashboard-computing').textContent).toContain(
      `Updating to event ${outcome.data.position + 1}… the numbers shown are those after event ${outcome.data.position}.`,
    );
    expect(container.querySelector('.content')!.classList.contains('stale')).toBe(true);
    expect(container.querySelector('.dashboard')!.getAttribute('aria-busy')).toBe('true');
    // the security report belongs to the current world: while the replay is behind, the verdict waits too
    expect(container.querySelector('[data-verdict]')).toBeNull();
    expect(screen.getByTestId('security-verdict').textContent).toContain('Analysing every coalition of AVSs…');
  });

  it('proven secure, with the slack', () => {
    const { container } = render(DashboardView, {
      props: { replay: done, security: sec(report({ secure: true, slack: 0.125 })) },
    });
    expect(container.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('secure');
    expect(screen.getByTestId('security-verdict').textContent).toContain('Proven secure');
    expect(screen.getByTestId('security-verdict').textContent).toContain(
      'Slack: the stake could shrink by 12.5% before an attack pays.',
    );
    expect(container.querySelector('.content')!.classList.contains('stale')).toBe(false);
    expect(screen.queryByRole('button', { name: /Highlight/ })).toBeNull();
  });

  it('attack found: names the AVSs, profit and stake; the highlight button toggles', async () => {
    const onHighlight = vi.fn();
    const attack = report({
      secure: false,
      slack: -0.242,
      worstAttack: { services: ['da', 'oracle', 'bridge'], validators: ['op1'], profit: 330, stake: 250 },
    });
    const { container } = render(DashboardView, {
      props: { replay: done, security: sec(attack), avsName, onHighlight },
    });
    expect(container.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('attack');
    const box = screen.getByTestId('security-verdict').textContent!;
    expect(box).toContain('Attack found');
    expect(box).toContain(
      'Corrupting DA layer, Price oracle, Bridge together yields 330 ETH of profit, while the attackers lose only 250 ETH of stake.',
    );
    expect(box).toContain('Slack: -24.2% — the network is already short of stake.');
    const button = screen.getByRole('button', { name: 'Highlight this attack in the graph' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(button);
    expect(onHighlight).toHaveBeenCalledTimes(1);
    // the bars mark the attack's AVSs
    expect(container.querySelectorAll('g.in-attack')).toHaveLength(3);
  });

  it('attack lit: the button says it clears, and where to look', () => {
    const attack = report({
      secure: false,
      worstAttack: { services: ['da'], validators: ['op1'], profit: 10, stake: 5 },
    });
    render(DashboardView, {
      props: { replay: done, security: sec(attack), avsName, highlighted: true, onHighlight: () => {} },
    });
    expect(screen.getByRole('button', { name: 'Clear the highlight' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('security-verdict').textContent).toContain('Lit in the graph with a red outline.');
  });

  it('not proven yet: gives the proven bound and says it is still searching', () => {
    const unknown = report({
      secure: null,
      exact: false,
      slack: null,
      bounds: { worstAttackValueAtMost: 12.5, worstAttack: false, slack: false, costOfCorruption: true },
    });
    const { container } = render(DashboardView, { props: { replay: done, security: sec(unknown, false) } });
    expect(container.querySelector('[data-verdict]')!.getAttribute('data-verdict')).toBe('unknown');
    const box = screen.getByTestId('security-verdict').textContent!;
    expect(box).toContain('Not proven yet');
    expect(box).toContain('The best attack gains at most 12.5 ETH (a proven bound).');
    expect(box).toContain('Still searching for a better answer…');
  });

  it('shows the replayed numbers: stake at risk per AVS and a yield row per holder', () => {
    render(DashboardView, { props: { replay: done, security: sec(report({})) } });
    const rows = screen.getByTestId('yield-table').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(outcome.data.yields.length);
    // three-avs-pooled: under pooled stake each AVS can slash all 450 ETH delegated (scenario file)
    expect(outcome.data.avs.map((r) => r.stakeSeen)).toEqual([450_000_000_000n, 450_000_000_000n, 450_000_000_000n]);
    expect(screen.getAllByText('450 ETH')).toHaveLength(3);
  });

  it('a failed replay says why instead of showing numbers', () => {
    render(DashboardView, {
      props: {
        replay: { kind: 'done', outcome: { ok: false, model: 'unique', error: 'event 3 (Transfer): no' } },
        security: { kind: 'idle' },
      },
    });
    expect(screen.getByText('These events could not be replayed: event 3 (Transfer): no')).toBeTruthy();
    expect(screen.queryByTestId('yield-table')).toBeNull();
  });
});
