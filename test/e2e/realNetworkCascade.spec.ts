/**
 * On the real network (hundreds of operators, the small ones drawn as "N other operators"), every card a cascade
 * step touches comes out of its group and stays drawn on its own (issue 13, item 8). A group node says how many of
 * its members the step being narrated touches (data-hit): at every step of a buggy slasher on the EigenDA-like
 * service, which slashes every operator allocated to it, grouped ones included, that count is 0, and the cards
 * drawn on their own only grow until the layout is reset.
 */
import { test, expect } from '@playwright/test';

const BACK = 'Previous step';

test('a cascade on the real network brings every card it touches out of its group, at every step', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/#/sandbox?scenario=real-network-2024-10.json');
  await expect(page.locator('.sandbox[data-ready=true]')).toBeVisible({ timeout: 60_000 });
  const cards = page.locator('.svelte-flow__node:not([data-id^="group:"])');
  // 41 cards: the 40 drawn before, and Dave (the learner's own holder, named in the story) out of "other holders"
  await expect(cards).toHaveCount(41, { timeout: 30_000 });
  await page.screenshot({ path: 'screenshots/real-network-before-cascade.png' });
  const before = new Set(await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))));
  await page.locator('.svelte-flow__node[data-id="operator:op001"] .name').click();
  await page.locator('button[data-fault="buggy-slasher"]').filter({ hasText: 'EigenDA' }).click();
  // it plays on its own: once at its end, step back to its first step and through it again, one step at a time
  const progress = page.getByTestId('cascade-progress');
  await expect(progress).toHaveText(/Step (\d+) of \1$/, { timeout: 60_000 });
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
  for (let i = total; i > 1; i--) await page.getByRole('button', { name: BACK }).click();
  let drawn = before.size;
  for (let step = 1; step <= total; step++) {
    await expect(page.getByTestId('cascade-progress')).toContainText(`Step ${step} of`, { timeout: 15_000 });
    // no member of any group is touched by the step shown: each touched card is drawn on its own
    await expect(page.locator('.svelte-flow__node[data-id^="group:"] .node:not([data-hit="0"])')).toHaveCount(0);
    const now = await cards.count();
    expect(now).toBeGreaterThanOrEqual(drawn);
    drawn = now;
    if (step < total) await page.getByRole('button', { name: 'Next step' }).click();
  }
  const after = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  const brought = after.filter((id) => !before.has(id));
  console.log(`[realNetworkCascade] ${total} steps; ${brought.length} cards came out of their groups`);
  expect(brought.length).toBeGreaterThan(0);
  await page.screenshot({ path: 'screenshots/real-network-after-cascade.png' });
  // Resetting the layout puts them back, but for the operators now slashed (a slashed operator is never grouped).
  await page.getByRole('button', { name: 'Reset the layout' }).click();
  await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeLessThan(after.length);
});
