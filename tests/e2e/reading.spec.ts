/**
 * Reading on a laptop: a long description folds to its first lines, each screen scrolls in
 * one place with its headers sticky (the Gantt's date header included), the review queue,
 * checklist and library fit 1024 px with their key columns, and generated task titles say
 * their category once, with the full title on hover and in the editor.
 */
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, type AppFixture } from './fixtures';
import { apiCall, apiEntry, goTo, openEntry, SCREENS, shootWidths } from './market-entry-steps';

const LONG = Array.from({ length: 400 }, (_, i) => `Paragraph ${i + 1}: the Berlin subsidiary, its people, its contracts and its hosting, in detail.`)
  .join('\n')
  .slice(0, 20_000);

async function seed(app: AppFixture) {
  const entry = await apiCall<{ id: string }>(app, 'entries.create', apiEntry({ name: 'Germany launch', description: LONG }));
  await apiCall(app, 'settings.update', { displayName: 'Amira Haddad', role: 'legal' });
  const view = await apiCall<{ items: { id: string; version: number }[] }>(app, 'checklist.get', { entryId: entry.id });
  await apiCall(app, 'checklist.bulkUpdate', { items: view.items.slice(0, 12).map((i) => ({ itemId: i.id, version: i.version })), patch: { status: 'in_review' } });
  await app.page.reload();
  return entry;
}

/** Elements inside the main pane that scroll sideways (the Gantt's chart is meant to). */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => !el.closest('.gantt') && el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
      .map((el) => `${el.tagName}.${el.className}`),
  );
}

/** The page itself never scrolls: only the main pane does. */
async function expectOneScroller(page: Page) {
  const doc = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, view: window.innerHeight, top: document.scrollingElement?.scrollTop ?? 0 }));
  expect(doc.height).toBeLessThanOrEqual(doc.view + 1);
  expect(doc.top).toBe(0);
}

async function scrollMain(page: Page, by: number) {
  await page.locator('#main').evaluate((el, by) => el.scrollBy(0, by), by);
  await page.waitForTimeout(100);
}

async function expectWithin(locator: Locator, width: number) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

function shoot(page: Page, name: string) {
  return shootWidths(page, `reading-${name}`);
}

test('a 20,000-character description folds to its first lines and the tabs stay in the first screenful', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  await seed(app);
  await openEntry(page, 'Germany launch');
  const more = page.getByRole('button', { name: /^Show more/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const tabs = page.getByRole('tablist', { name: 'Entry sections' });
  const box = (await tabs.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(768);
  await shoot(page, 'entry-overview');
  await page.setViewportSize({ width: 1024, height: 768 });

  // Keyboard: the button is reachable and unfolds the whole text.
  await more.focus();
  await page.keyboard.press('Enter');
  const less = page.getByRole('button', { name: /^Show less/ });
  await expect(less).toHaveAttribute('aria-expanded', 'true');
  expect((await tabs.boundingBox())!.y).toBeGreaterThan(2000);
  await less.click();
  await expect(more).toBeVisible();
  expect((await tabs.boundingBox())!.y + box.height).toBeLessThanOrEqual(768);
  await expectOneScroller(page);
});

test("the timeline scrolls in one place: the Gantt's date header and the task table's header stay on top", async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  await seed(app);
  await openEntry(page, 'Germany launch');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: /^Forecast readiness/ })).toBeVisible();
  const head = page.locator('.gantt-head-scroll');
  const mainTop = (await page.locator('#main').boundingBox())!.y;

  // Scroll until the chart's header reaches the top, then on: it stays there while rows pass under it.
  const headY = (await head.boundingBox())!.y;
  await scrollMain(page, headY - mainTop + 400);
  const after = (await head.boundingBox())!;
  expect(Math.abs(after.y - mainTop)).toBeLessThanOrEqual(2);
  await expect(page.locator('.gantt-month-label').first()).toBeInViewport();
  await expectOneScroller(page);
  await page.screenshot({ path: path.join(SCREENS, 'reading-gantt-scrolled-1280.png') });

  // Further down, the task table's header sticks the same way.
  const taskHead = page.locator('.task-table thead th').first();
  const taskHeadY = (await taskHead.boundingBox())!.y;
  await scrollMain(page, taskHeadY - mainTop + 300);
  expect(Math.abs((await taskHead.boundingBox())!.y - mainTop)).toBeLessThanOrEqual(2);
  await page.screenshot({ path: path.join(SCREENS, 'reading-task-table-scrolled-1280.png') });
});

test('at 1024 px the review queue, checklist and library show their key columns without scrolling sideways', async ({ app }) => {
  test.slow();
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  await seed(app);

  await goTo(page, /^Review/);
  const queue = page.locator('.review-table');
  for (const name of ['Requirement', 'Market', 'Due date']) await expectWithin(queue.getByRole('columnheader', { name }), 1024);
  await expectWithin(queue.getByRole('row').nth(1), 1024);
  expect(await sidewaysScrollers(page)).toEqual([]);
  await expectOneScroller(page);
  // What narrow windows leave out comes back on request.
  await expect(queue.getByRole('columnheader', { name: 'Source' })).toHaveCount(0);
  await page.getByLabel('Show every column').check();
  await expect(queue.getByRole('columnheader', { name: 'Source' })).toBeVisible();
  await page.getByLabel('Show every column').uncheck();
  await shoot(page, 'review');
  await page.setViewportSize({ width: 1024, height: 768 });

  await goTo(page, 'Portfolio');
  await shoot(page, 'portfolio');
  await page.setViewportSize({ width: 1024, height: 768 });
  await openEntry(page, 'Germany launch');
  await page.getByRole('tab', { name: /Checklist/ }).click();
  const checklist = page.locator('.checklist-table');
  for (const name of ['Requirement', 'Status', 'Due']) await expectWithin(checklist.getByRole('columnheader', { name, exact: true }), 1024);
  expect(await sidewaysScrollers(page)).toEqual([]);
  await expectOneScroller(page);
  // The first click on Due puts the soonest first.
  await checklist.getByRole('button', { name: 'Due', exact: true }).click();
  await expect(checklist.getByRole('columnheader', { name: 'Due', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  await shoot(page, 'entry-checklist');
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: /^Forecast readiness/ })).toBeVisible();
  await shoot(page, 'entry-timeline');
  await page.setViewportSize({ width: 1024, height: 768 });
  await scrollMain(page, 900);
  await page.screenshot({ path: path.join(SCREENS, 'reading-gantt-scrolled-1024.png') });

  await goTo(page, 'Library');
  const library = page.locator('.library-table');
  for (const name of ['Requirement', 'Jurisdiction', 'Category', 'Verification']) await expectWithin(library.getByRole('columnheader', { name }), 1024);
  expect(await sidewaysScrollers(page)).toEqual([]);
  await expectOneScroller(page);
  await shoot(page, 'library');
  await page.setViewportSize({ width: 1024, height: 768 });
  await library.getByRole('row').nth(3).scrollIntoViewIfNeeded();
  await scrollMain(page, 300);
  await page.screenshot({ path: path.join(SCREENS, 'reading-library-table-1024.png') });
});

test("a generated task's title leaves out its category, which shows once as a tag; the full title is on hover and in the editor", async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const entry = await seed(app);
  const plan = await apiCall<{ tasks: { title: string; category: string | null }[] }>(app, 'plan.get', { entryId: entry.id });
  const generated = plan.tasks.filter((t) => t.category !== null);
  expect(generated.length).toBeGreaterThan(5);
  for (const t of generated) expect(t.title).not.toMatch(/^(AI governance|Appoint or register|Register|File|Employment|Breach-notification procedure): /);
  const dpo = generated.find((t) => t.category === 'representative_dpo') ?? generated[0]!;

  await openEntry(page, 'Germany launch');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  // In the Gantt, a generated task's label carries its category tag and its full title on hover.
  const tagged = page.locator('.gantt-row-label', { has: page.locator('.task-category-tag') }).first();
  const shown = (await tagged.locator('.gantt-row-title').textContent())!;
  await expect(tagged.locator('.gantt-row-title')).toHaveAttribute('title', shown);
  expect(generated.map((t) => t.title)).toContain(shown);

  const row = page.locator('.task-table').getByRole('row').filter({ has: page.getByRole('button', { name: dpo.title, exact: true }) });
  const title = row.getByRole('button', { name: dpo.title, exact: true });
  await title.scrollIntoViewIfNeeded();
  await expect(title).toHaveAttribute('title', dpo.title);
  await expect(row.locator('.task-category-tag')).toHaveText('Representative / DPO');
  await title.click();
  const editor = page.getByRole('dialog', { name: dpo.title });
  await expect(editor.getByLabel('Title')).toHaveValue(dpo.title);
});

test("the item and library panels show a shipped requirement's summary whole; review notes fold", async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1280, height: 800 });
  const entry = await seed(app);
  const view = await apiCall<{ items: { id: string; version: number; title: string }[] }>(app, 'checklist.get', { entryId: entry.id });
  const first = view.items[0]!;
  await apiCall(app, 'checklist.updateItem', { itemId: first.id, version: first.version, patch: { notes: LONG.slice(0, 5000) } });

  await openEntry(page, 'Germany launch');
  await page.getByRole('tab', { name: /Checklist/ }).click();
  await page.getByRole('button', { name: first.title, exact: true }).click();
  const sheet = page.getByRole('dialog', { name: first.title });
  await expect(sheet.locator('.requirement-summary')).toBeVisible();
  await expect(sheet.getByRole('button', { name: /^Show more of the requirement's summary/ })).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENS, 'reading-item-panel-1280.png') });
  await page.keyboard.press('Escape');

  await goTo(page, /^Review/);
  await page.getByRole('row').filter({ hasText: first.title }).click();
  const decision = page.getByRole('dialog');
  await expect(decision.getByRole('button', { name: 'Show more of the notes' })).toHaveAttribute('aria-expanded', 'false');
  await page.screenshot({ path: path.join(SCREENS, 'reading-review-decision-1280.png') });
  await page.keyboard.press('Escape');

  await goTo(page, 'Library');
  await page.locator('.library-table .item-title').first().click();
  await expect(page.getByRole('dialog').locator('.requirement-summary')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('button', { name: /^Show more/ })).toHaveCount(0);
  await page.screenshot({ path: path.join(SCREENS, 'reading-library-panel-1280.png') });
});
