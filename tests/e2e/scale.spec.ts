/**
 * Long lists at a few hundred rows: the review queue comes one page at a time, sorted on the
 * server; the portfolio and the task table keep under 200 rows in the DOM while the user
 * scrolls through all of them; counsel's tabs show conditional approvals by expiry, with revoke.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { goTo, mainNav, SCREENS } from './market-entry-steps';

/** Calls the backend from the page, as the app does (the tab holds the launch token). */
async function rpc<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const res = await fetch(`/rpc/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('landfall.token') ?? ''}` },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      return body.value;
    },
    { method, input },
  ) as Promise<T>;
}

const PROFILE = {
  entryMode: 'subsidiary', customerType: 'both', processesPersonalData: true, dataSubjects: '100k_to_1m', sensitiveData: true, childrensData: true,
  paymentData: true, aiInProduct: true, aiInDecisionsAboutPeople: true, sellsDigitalServicesToConsumers: true, employsLocalStaff: true,
  regulatedSectors: ['finance'], expectedMarketRevenue: null, globalRevenue: null,
};

async function createEntry(page: Page, name: string, country: string, start = '2027-03-01') {
  return rpc<{ id: string }>(page, 'entries.create', {
    name, targetCountry: country, targetSubdivision: null, homeCountry: 'US', startDate: start, targetDays: 90, programManager: 'Dana Reyes', status: 'active', description: '', profile: PROFILE,
  });
}

/** The rows the table has in the DOM (spacer rows aside). */
function domRows(page: Page, table: string) {
  return page.locator(`${table} tbody tr[data-index]`);
}

test('with a few hundred items in review the queue pages and sorts on the server; a conditional approval shows under its tab and is revoked from there', async ({ app }) => {
  test.slow();
  const { page } = app;
  await rpc(page, 'settings.update', { displayName: 'Amira Haddad', role: 'legal' });
  const countries = ['DE', 'FR', 'BR', 'IN', 'ES', 'IT', 'NL', 'PL', 'GB', 'US', 'JP', 'MX'];
  let total = 0;
  let firstItem = '';
  for (const [n, country] of countries.entries()) {
    const entry = await createEntry(page, `Launch ${n + 1} ${country}`, country);
    const view = await rpc<{ items: { id: string; version: number }[] }>(page, 'checklist.get', { entryId: entry.id });
    await rpc(page, 'checklist.bulkUpdate', { items: view.items.map((i) => ({ itemId: i.id, version: i.version })), patch: { status: 'in_review' } });
    total += view.items.length;
    firstItem ||= view.items[0]!.id;
  }
  expect(total).toBeGreaterThan(200);
  // One conditional approval, expiring in 20 days.
  const expires = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await rpc(page, 'review.decide', { itemId: firstItem, decision: 'approve_conditional', comment: 'Fine for launch', conditionText: 'Renew the DPA', conditionExpires: expires });
  total -= 1;

  const queueCalls: { page?: number; pageSize?: number; sort?: { by: string; desc: boolean }; view?: string }[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/rpc/review.queue')) queueCalls.push(JSON.parse(r.postData() ?? '{}'));
  });
  await page.reload();
  await expect(mainNav(page).getByRole('link', { name: /^Review/ })).toHaveAccessibleName(`Review (${total} waiting)`);
  await goTo(page, /^Review/);
  const pager = page.getByRole('navigation', { name: 'Pages of the review queue' });
  await expect(pager).toContainText(`Showing 1–100 of ${total}`);
  expect(queueCalls.at(-1)).toMatchObject({ page: 1, pageSize: 100, view: 'pending' });
  // A page is 100 rows from the server; fewer than that are in the DOM.
  expect(await domRows(page, '.review-table').count()).toBeLessThan(100);
  await page.screenshot({ path: `${SCREENS}/review-tabs-1440.png` });

  await pager.getByRole('button', { name: 'Next page' }).click();
  await expect(pager).toContainText(`Showing 101–200 of ${total}`);
  expect(queueCalls.at(-1)).toMatchObject({ page: 2, pageSize: 100 });

  // Sorting asks the server for the order (and starts again at page 1).
  const requirementHeader = page.getByRole('columnheader', { name: 'Requirement' });
  await requirementHeader.getByRole('button').click();
  await expect(requirementHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(pager).toContainText(`Showing 1–100 of ${total}`);
  expect(queueCalls.at(-1)).toMatchObject({ page: 1, sort: { by: 'title', desc: false } });
  const sorted = await rpc<{ rows: { item: { title: string } }[] }>(page, 'review.queue', { page: 1, pageSize: 5, sort: { by: 'title', desc: false } });
  await expect(domRows(page, '.review-table').first()).toContainText(sorted.rows[0]!.item.title);
  await requirementHeader.getByRole('button').click();
  await expect(requirementHeader).toHaveAttribute('aria-sort', 'descending');
  expect(queueCalls.at(-1)).toMatchObject({ sort: { by: 'title', desc: true } });

  // Counsel's tab of conditional approvals: the one expiring in 20 days, revoked from there.
  await page.getByRole('tab', { name: /^Conditional approvals/ }).click();
  const row = domRows(page, '.review-table').first();
  await expect(row).toContainText('in 20 days');
  await page.screenshot({ path: `${SCREENS}/review-conditional-1440.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENS}/review-conditional-1024.png` });
  await row.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Approved with condition by Amira Haddad');
  await dialog.getByLabel('Reason for revoking').fill('Processor changed');
  await dialog.getByRole('button', { name: 'Revoke approval' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Revoked the approval/ })).toBeVisible();
  await expect(page.getByText('Nothing in this tab yet.')).toBeVisible();
});

test('the portfolio and the task table keep under 200 rows in the DOM while scrolling through all of them', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  const countries = ['DE', 'FR', 'BR', 'IN', 'ES', 'IT', 'NL', 'PL', 'GB', 'US'];
  const batch = async (n: number, fn: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < n; i += 10) await Promise.all(Array.from({ length: Math.min(10, n - i) }, (_, k) => fn(i + k)));
  };
  await batch(230, (n) => createEntry(page, `Market ${String(n + 1).padStart(3, '0')}`, countries[n % countries.length]!));
  const big = await createEntry(page, 'Big plan', 'DE');
  const plan = await rpc<{ tasks: { id: string }[] }>(page, 'plan.get', { entryId: big.id });
  await batch(230 - plan.tasks.length, (n) =>
    rpc(page, 'plan.addTask', { entryId: big.id, title: `Step ${n + 1}`, workstream: (['team_operations', 'regulatory_legal', 'infrastructure_technology'] as const)[n % 3], durationDays: 1 + (n % 5), afterTaskId: null }),
  );

  await page.reload();
  await goTo(page, 'Portfolio');
  await expect(page.getByRole('status').filter({ hasText: '231 entries' })).toBeVisible();
  // The main pane is the one thing that scrolls; the table's header sticks to its top.
  const scroller = page.locator('#main');
  let most = 0;
  const seen = new Set<string>();
  for (let k = 0; k <= 12; k++) {
    await scroller.evaluate((el, k) => (el.scrollTop = ((el.scrollHeight - el.clientHeight) * k) / 12), k);
    await page.waitForTimeout(60);
    const names = await domRows(page, '.portfolio-scroll').locator('td:first-child').allTextContents();
    names.forEach((n) => seen.add(n));
    most = Math.max(most, names.length);
  }
  expect(most).toBeLessThan(200);
  expect(most).toBeGreaterThan(5);
  // Scrolling reached every entry.
  expect(seen.size).toBeGreaterThanOrEqual(231);
  await page.screenshot({ path: `${SCREENS}/portfolio-virtual-1440.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENS}/portfolio-virtual-1024.png` });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto(page.url().replace(/#.*$/, '') + `#/entries/${big.id}/timeline`);
  await expect(page.locator('.task-table')).toBeVisible();
  // Every task is a row of the table (aria-rowcount counts the header row too).
  const tasks = Number(await page.locator('.task-table').getAttribute('aria-rowcount')) - 1;
  expect(tasks).toBeGreaterThan(200);
  const taskScroller = page.locator('#main');
  let mostTasks = 0;
  const seenTasks = new Set<string>();
  for (let k = 0; k <= 30; k++) {
    await taskScroller.evaluate((el, k) => (el.scrollTop = ((el.scrollHeight - el.clientHeight) * k) / 30), k);
    await page.waitForTimeout(60);
    const rows = domRows(page, '.task-table');
    const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-index') ?? ''));
    ids.forEach((i) => seenTasks.add(i));
    mostTasks = Math.max(mostTasks, ids.length);
  }
  expect(mostTasks).toBeLessThan(200);
  expect(seenTasks.size).toBe(tasks);
  // The Gantt draws only the rows in view too.
  expect(await page.locator('.gantt-labels > *').count()).toBeLessThan(200);
  await page.screenshot({ path: `${SCREENS}/timeline-virtual-1440.png`, fullPage: false });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENS}/timeline-virtual-1024.png` });
});
