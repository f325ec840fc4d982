/**
 * Everyday use: the Portfolio fits 1024 px, dates are typed in the user's format, search
 * folds accents, an entry's History shows checklist changes and sign-offs, and a backup
 * can be made and restored.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type AppFixture } from './fixtures';
import { apiCall, apiEntry, goTo, openEntry, SCREENS, shootWidths } from './market-entry-steps';

const ENTRIES = [
  apiEntry({ name: 'São Paulo expansion with a long programme name', targetCountry: 'BR', targetSubdivision: 'BR-SP', status: 'active' }),
  apiEntry({ name: 'Germany launch', targetCountry: 'DE', status: 'planning' }),
  apiEntry({ name: 'Japan market entry', targetCountry: 'JP', status: 'on_hold', programManager: 'Kenji Sato' }),
];

async function seed(app: AppFixture) {
  const made: { id: string; name: string }[] = [];
  for (const e of ENTRIES) made.push(await apiCall<{ id: string; name: string }>(app, 'entries.create', e));
  await app.page.reload();
  return made;
}

function shoot(page: Page, name: string) {
  return shootWidths(page, `everyday-${name}`);
}

test('at 1024 px the Portfolio shows every name, status and readiness without scrolling sideways; "sao" finds São Paulo', async ({ app }) => {
  test.slow();
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 768 });
  await seed(app);
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  const table = page.getByRole('table').first();
  for (const e of ENTRIES) {
    const row = table.getByRole('row').filter({ hasText: e.name });
    await expect(row).toBeVisible();
    for (const cell of [row.getByRole('link', { name: e.name }), row.locator('td', { hasText: /Planning|Active|On hold/ }), row.locator('td', { hasText: /%/ }).first()]) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
    }
  }
  // Nothing on the page scrolls sideways: not the page, not the table's container.
  const sideways = await page.evaluate(() =>
    [...document.querySelectorAll('main, main *')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
      .map((el) => `${el.tagName}.${el.className}`),
  );
  expect(sideways).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

  await page.getByRole('searchbox').first().fill('sao');
  await expect(table.getByRole('row').filter({ hasText: 'São Paulo expansion' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Germany launch' })).toHaveCount(0);
  await page.getByRole('searchbox').first().fill('');

  fs.mkdirSync(SCREENS, { recursive: true });
  await shoot(page, 'portfolio');
  await openEntry(page, 'Germany launch');
  await shoot(page, 'entry-overview');
  await page.getByRole('tab', { name: /Checklist/ }).click();
  await shoot(page, 'entry-checklist');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await shoot(page, 'entry-timeline');
  await goTo(page, /^Review/);
  await shoot(page, 'review');
  await goTo(page, 'Library');
  await shoot(page, 'library');
  await goTo(page, 'Settings');
  await shoot(page, 'settings');
});

test('a date typed as day/month/year is stored as the right ISO date; new entries start with the home market', async ({ app }) => {
  const { page } = app;
  await goTo(page, 'Settings');
  await page.getByLabel('Date format').selectOption({ label: 'Day/month/year (31/01/2027)' });
  await page.getByLabel('Company home market').selectOption({ label: 'Germany' });
  const section = page.getByRole('form', { name: 'Dates and home market' });
  await section.getByRole('button', { name: 'Save dates and home market' }).click();
  await expect(section.getByRole('status')).toContainText('Dates are typed as DD/MM/YYYY');

  await goTo(page, 'Portfolio');
  await page.getByRole('button', { name: 'New market entry' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New market entry' });
  await expect(dialog.getByLabel('Home market')).toHaveValue('DE');
  await dialog.getByLabel('Name', { exact: true }).fill('France launch');
  await dialog.getByLabel('Target country').selectOption({ label: 'France' });
  await dialog.getByLabel('Start date').fill('03/01/2027');
  await expect(dialog.getByText('Day 0 of the window: 3 Jan 2027.')).toBeVisible();
  await dialog.getByLabel('Readiness target (days)').fill('90');
  await dialog.getByRole('radio', { name: 'Branch' }).check();
  await dialog.getByRole('radio', { name: 'Both' }).check();
  await dialog.getByRole('button', { name: 'Create entry' }).click();
  await expect(dialog).toBeHidden();
  const [entry] = await apiCall<{ name: string; startDate: string; homeCountry: string }[]>(app, 'entries.list', {});
  expect(entry).toMatchObject({ name: 'France launch', startDate: '2027-01-03', homeCountry: 'DE' });
});

test("an entry's History lists a checklist status change and a sign-off, filterable by kind", async ({ app }) => {
  const { page } = app;
  await apiCall(app, 'settings.update', { displayName: 'Amira Haddad', role: 'legal' });
  const entry = await apiCall<{ id: string }>(app, 'entries.create', apiEntry({ name: 'Brazil launch', targetCountry: 'BR' }));
  const { items } = await apiCall<{ items: { id: string; title: string; version: number }[] }>(app, 'checklist.get', { entryId: entry.id });
  await apiCall(app, 'checklist.updateItem', { itemId: items[0]!.id, version: items[0]!.version, patch: { status: 'in_review' } });
  await apiCall(app, 'review.decide', { itemId: items[0]!.id, decision: 'approve', comment: 'Reviewed the policy' });
  await page.reload();
  await openEntry(page, 'Brazil launch');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('row').filter({ hasText: 'Sign-offs' }).filter({ hasText: 'Approved' })).toContainText(items[0]!.title);
  await expect(history.getByRole('row').filter({ hasText: 'Checklist' }).filter({ hasText: 'status To do → In review' })).toContainText('Amira Haddad');
  await history.getByLabel('Show').selectOption({ label: 'Sign-offs (1)' });
  await expect(history.getByRole('row')).toHaveCount(2);
  await page.screenshot({ path: path.join(SCREENS, 'everyday-history.png') });
});

test('back up, change something, restore: the change is gone and a backup of the state before the restore exists', async ({ app }) => {
  const { page } = app;
  await apiCall(app, 'entries.create', apiEntry({ name: 'Kept launch' }));
  await page.reload();
  await goTo(page, 'Settings');
  const section = page.getByRole('region', { name: 'Backups' });
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Back up now' }).click();
  const file = path.join(app.dataDir, '..', `backup-${Date.now()}.sqlite`);
  await (await download).saveAs(file);
  await expect(section.getByText(/^Backed up to landfall-backup-.*\.sqlite: .* (KB|MB), made /)).toBeVisible();

  await apiCall(app, 'entries.create', apiEntry({ name: 'Added after the backup' }));
  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Restore from a backup…' }).click();
  await (await chooser).setFiles(file);
  const preview = section.getByRole('group', { name: /^Restore backup-/ });
  await expect(preview.getByText('Entries', { exact: true }).locator('..')).toContainText('1');
  await page.screenshot({ path: path.join(SCREENS, 'everyday-restore-preview.png') });
  await preview.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('region', { name: 'Backups' }).getByText(/^Restored backup-.*: 1 entry\. The data as it was before is kept as landfall-before-restore-/)).toBeVisible();

  await goTo(page, 'Portfolio');
  await expect(page.getByRole('link', { name: 'Kept launch', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Added after the backup', exact: true })).toHaveCount(0);
  const kept = fs.readdirSync(path.join(app.dataDir, 'backups')).filter((f) => f.startsWith('landfall-before-restore-'));
  expect(kept).toHaveLength(1);
  fs.rmSync(file, { force: true });
});
