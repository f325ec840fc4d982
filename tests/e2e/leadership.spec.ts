import type { Download, Page } from '@playwright/test';
import fs from 'node:fs';
import { test, expect } from './fixtures';
import { createEntry, dismissNotice, goTo, openChecklist, openTimeline, saveSettings, SCREENS } from './market-entry-steps';

const GERMANY = { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' } as const;
const FRANCE = { name: 'France launch', country: 'France', start: '2027-03-08', mode: 'Subsidiary', personalData: true } as const;
const HIRING = 'Recruit and onboard the first local team';

async function openDashboard(page: Page) {
  await goTo(page, 'Dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio dashboard' })).toBeVisible();
  await expect(page.getByTestId('tile-compliance-figure')).toBeVisible();
}

/** Counsel sends the market's first item to review and opens its decision from the queue. */
async function sendFirstItemToReview(page: Page, market: string) {
  await goTo(page, 'Portfolio');
  await openChecklist(page, market);
  const status = page.getByRole('combobox', { name: /^Status of / }).first();
  const title = (await status.getAttribute('aria-label'))!.replace(/^Status of /, '');
  await status.selectOption({ label: 'In review' });
  await goTo(page, /^Review/);
  await page.getByRole('row').filter({ hasText: title }).first().click();
  return { title, decision: page.getByRole('dialog', { name: title }) };
}

const figure = (page: Page, tile: string) => page.getByTestId(`tile-${tile}-figure`);
const missing = (page: Page, tile: string) => page.getByTestId(`tile-${tile}-missing`);
const marketRow = (page: Page, name: string) => page.getByRole('table', { name: /Markets against the targets/ }).getByRole('row').filter({ hasText: name });

test('leadership opens on the dashboard; the tiles follow an approval and a plan slip; the pack exports', async ({ app }) => {
  // Two entries, two role switches, an approval and a slip through the UI: give it room on a busy machine.
  test.setTimeout(240_000);
  const { page } = app;
  await goTo(page, 'Portfolio');
  await createEntry(page, GERMANY);
  await createEntry(page, FRANCE);
  await saveSettings(page, 'Lee Leader', 'Leadership');

  // Leadership's home is the dashboard: the app opens there.
  await page.goto(app.url.replace(/#.*$/, '#/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio dashboard' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('button', { name: 'Leadership pack…' })).toHaveClass(/btn-primary/);

  // Nothing approved yet: compliance 0 %, both markets miss it; no measurements are shown as such.
  await expect(figure(page, 'compliance')).toHaveText('0 %');
  await expect(missing(page, 'compliance')).toContainText('France launch (0 %)');
  await expect(missing(page, 'compliance')).toContainText('Germany launch (0 %)');
  await expect(figure(page, 'efficiency')).toHaveText('No measurements');
  await expect(marketRow(page, 'Germany launch')).toContainText('On track');
  await expect(marketRow(page, 'Germany launch')).toContainText('no risks recorded');
  const daysBefore = await figure(page, 'readiness').textContent();
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: `${SCREENS}/dashboard-${width}.png`, fullPage: true });
  }
  await page.locator('.dashboard-timeline').screenshot({ path: `${SCREENS}/dashboard-timeline.png` });
  await page.getByRole('button', { name: 'Calendar dates' }).click();
  await page.locator('.dashboard-timeline').screenshot({ path: `${SCREENS}/dashboard-timeline-calendar.png` });
  await page.setViewportSize({ width: 1440, height: 1000 });

  // Counsel records an approval on Germany's checklist …
  await saveSettings(page, 'Amira Haddad', 'Legal');
  const { decision } = await sendFirstItemToReview(page, GERMANY.name);
  await decision.getByRole('radio', { name: 'Approve', exact: true }).check();
  await decision.getByLabel('Comment').fill('Articles of association and register entry checked.');
  await decision.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(decision).toBeHidden();

  // … and leadership's compliance tile moves off 0 %, Germany no longer at 0 %.
  await saveSettings(page, 'Lee Leader', 'Leadership');
  await openDashboard(page);
  await expect(figure(page, 'compliance')).not.toHaveText('0 %');
  await expect(figure(page, 'compliance')).toHaveText(/^\d+(\.\d)? %$/);
  await expect(missing(page, 'compliance')).not.toContainText('Germany launch (0 %)');

  // Germany's plan slips: hiring takes 90 business days, past the target.
  await goTo(page, 'Portfolio');
  await openTimeline(page, GERMANY.name);
  const duration = page.getByRole('spinbutton', { name: `Duration of ${HIRING} (business days)` });
  await duration.fill('90');
  await duration.press('Enter');
  await expect(page.locator('.forecast-health')).toHaveText('Late');
  await dismissNotice(page);

  await openDashboard(page);
  await expect(figure(page, 'readiness')).not.toHaveText(daysBefore!);
  await expect(missing(page, 'readiness')).toContainText('Germany launch');
  await expect(marketRow(page, 'Germany launch')).toContainText('Late');
  // The Portfolio table says the same: health and forecast beside the days left.
  await goTo(page, 'Portfolio');
  const portfolioRow = page.getByRole('row').filter({ hasText: GERMANY.name });
  await expect(portfolioRow).toContainText('Late');
  await openDashboard(page);

  // The pack: every market, three files.
  await page.getByRole('button', { name: 'Leadership pack…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leadership pack' });
  await expect(dialog.getByRole('checkbox', { name: /Germany launch/ })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: /France launch/ })).toBeChecked();
  await page.screenshot({ path: `${SCREENS}/leadership-pack-dialog.png` });
  // No market chosen: refused with a sentence, nothing saved.
  await dialog.getByRole('button', { name: 'Select none' }).click();
  await dialog.getByRole('button', { name: 'Export pack' }).click();
  await expect(dialog).toContainText('choose at least one market for the pack');
  await dialog.getByRole('button', { name: 'Select all' }).click();
  // Today (the default) is before either market starts: nothing to show yet, said on the date.
  await dialog.getByRole('button', { name: 'Export pack' }).click();
  await expect(dialog.getByLabel('As of')).toHaveAccessibleDescription(/nothing to show yet — no chosen market has started by/);
  await dialog.getByLabel('As of').fill('2027-03-15');
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByRole('button', { name: 'Export pack' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Saved the leadership pack' })).toBeVisible();
  await expect.poll(() => downloads.length).toBe(3);
  const names = downloads.map((d) => d.suggestedFilename()).sort();
  expect(names[0]).toBe('landfall-portfolio-leadership-pack-2027-03-15.ics');
  expect(names[1]).toMatch(/\.pdf$/);
  expect(names[2]).toMatch(/\.xlsx$/);
  const pdf = downloads.find((d) => d.suggestedFilename().endsWith('.pdf'))!;
  const file = `${SCREENS}/leadership-pack.pdf`;
  await pdf.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
});

test('counsel opens on the review queue and a program manager on the Portfolio table; a bad target is refused in Settings', async ({ app }) => {
  const { page } = app;
  await saveSettings(page, 'Amira Haddad', 'Legal');
  await page.goto(app.url.replace(/#.*$/, '#/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  // Nothing is hidden: the dashboard and the portfolio stay in the navigation.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' })).toBeVisible();

  await saveSettings(page, 'Pat Manager', 'Program manager');
  await page.goto(app.url.replace(/#.*$/, '#/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();

  await goTo(page, 'Settings');
  const days = page.getByLabel('Days to operational readiness');
  await expect(days).toHaveValue('90');
  await days.fill('800');
  await page.getByRole('button', { name: 'Save targets' }).click();
  await expect(days).toHaveAccessibleDescription(/Days to operational readiness: enter a whole number of days from 1 to 730\./);
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: `${SCREENS}/settings-targets-${width}.png`, fullPage: true });
  }
  await days.fill('120');
  await page.getByRole('button', { name: 'Save targets' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Targets saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Days to operational readiness')).toHaveValue('120');
});

test('counsel sees a conditional approval expiring in 20 days under its tab and on leadership’s dashboard, and revokes it from the tab', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await goTo(page, 'Portfolio');
  await createEntry(page, GERMANY);
  await saveSettings(page, 'Amira Haddad', 'Legal');
  const { title, decision } = await sendFirstItemToReview(page, GERMANY.name);
  await decision.getByRole('radio', { name: 'Approve with condition' }).check();
  await decision.getByLabel('Condition', { exact: true }).fill('Renew the processor agreement');
  const expires = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  await decision.getByLabel('Expires on').fill(expires);
  await decision.getByLabel('Comment').fill('Processor agreement seen; renewal is the condition.');
  await decision.getByRole('button', { name: 'Approve with condition' }).click();
  await expect(decision).toBeHidden();

  // Leadership's dashboard counts it as expiring within 30 days.
  await saveSettings(page, 'Lee Leader', 'Leadership');
  await openDashboard(page);
  const row = marketRow(page, GERMANY.name);
  await expect(row.getByRole('cell').filter({ hasText: /^1$/ }).first()).toBeVisible();
  await expect(row.locator('[title^="1 conditional approvals"]')).toBeVisible();

  // Counsel's home is the review queue; the conditional tab lists it by expiry, and revoking there takes it off.
  await saveSettings(page, 'Amira Haddad', 'Legal');
  await page.goto(app.url.replace(/#.*$/, '#/'));
  await expect(page.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
  await page.getByRole('tab', { name: /^Conditional approvals/ }).click();
  const conditional = page.locator('.review-table tbody tr[data-index]').first();
  await expect(conditional).toContainText('in 20 days');
  await expect(conditional).toContainText(title);
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SCREENS}/leadership-counsel-expiring-${width}.png` });
  }
  await conditional.click();
  const sheet = page.getByRole('dialog');
  await sheet.getByLabel('Reason for revoking').fill('The processor changed');
  await sheet.getByRole('button', { name: 'Revoke approval' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Revoked the approval/ })).toBeVisible();
  await expect(page.locator('.review-table tbody tr[data-index]').filter({ hasText: title })).toHaveCount(0);
});
