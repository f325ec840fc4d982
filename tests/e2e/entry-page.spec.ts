import { test, expect } from './fixtures';
import { createEntry, openEntry, SCREENS } from './market-entry-steps';

/** The entries in this spec are branches selling to businesses. */
const B2B_BRANCH = { mode: 'Branch', customers: 'Businesses (B2B)' } as const;

/** A local calendar date `days` from today, as the date input takes it. */
function localDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

test('progress is counted from today: in the window, before the start and past the target', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Japan launch', country: 'Japan', start: localDate(-10), status: 'Active', ...B2B_BRANCH });
  await createEntry(page, { name: 'Brazil launch', country: 'Brazil', start: localDate(12), ...B2B_BRANCH });
  await createEntry(page, { name: 'Kenya launch', country: 'Kenya', start: '2025-06-01', status: 'Active', ...B2B_BRANCH });

  await expect(page.getByRole('row', { name: /Kenya launch/ })).toContainText('Late');
  await expect(page.getByRole('row', { name: /Japan launch/ }).getByRole('cell').nth(8)).toHaveText('80');

  await openEntry(page, 'Japan launch');
  const progress = page.getByRole('region', { name: 'Progress' });
  await expect(progress).toContainText('Day 10 of 90');
  await expect(progress).toContainText('10 days elapsed');
  await expect(progress).toContainText('80 days left');

  await page.getByRole('link', { name: 'Portfolio' }).first().click();
  await openEntry(page, 'Brazil launch');
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText('Starts in 12 days');

  await page.getByRole('link', { name: 'Portfolio' }).first().click();
  await openEntry(page, 'Kenya launch');
  // 1 Jun 2025 + 90 days = 30 Aug 2025.
  await expect(page.getByRole('region', { name: 'Plan' })).toContainText('30 Aug 2025');
  await expect(page.getByRole('region', { name: 'Progress' })).toContainText(/\d+ days past the target date/);
});

test('a region adds its own holidays, and a country without data says so', async ({ app }) => {
  const { page } = app;
  await createEntry(page, {
    name: 'Munich office',
    country: 'Germany',
    region: 'Bayern',
    start: '2027-01-02',
    days: 30,
    manager: 'Lena Fischer',
    ...B2B_BRANCH,
  });
  await createEntry(page, { name: 'Phnom Penh sales', country: 'Cambodia', start: '2027-02-01', manager: 'Dara Sok', ...B2B_BRANCH });
  await expect(page.getByRole('row', { name: /Munich office/ })).toContainText('Germany · Bayern');

  await openEntry(page, 'Munich office');
  await expect(page.getByRole('group', { name: 'Location and status' })).toContainText('Germany · Bayern');
  const holidays = page.getByRole('list', { name: /public holidays? falls? in this window/ });
  await expect(holidays.getByRole('listitem').filter({ hasText: 'Epiphany' })).toContainText('6 Jan 2027');

  await page.getByRole('link', { name: 'Portfolio' }).first().click();
  await openEntry(page, 'Phnom Penh sales');
  const calendar = page.getByRole('region', { name: 'Calendar in the window' });
  await expect(calendar).toContainText('No holiday data for this country');
  await expect(calendar).not.toContainText(/\b0 public holidays/);
  await page.screenshot({ path: `${SCREENS}/entry-page-no-holiday-data.png` });
});

test('archived rows are marked when shown, and a Friday–Saturday weekend is named', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', status: 'Active', manager: 'Jonas Weber', ...B2B_BRANCH });
  await createEntry(page, { name: 'Riyadh office', country: 'Saudi Arabia', start: localDate(-30), status: 'Active', manager: 'Omar Aziz', ...B2B_BRANCH });
  await createEntry(page, { name: 'Kenya launch', country: 'Kenya', start: '2025-06-01', status: 'On hold', manager: 'Grace Otieno', ...B2B_BRANCH });
  await createEntry(page, { name: 'Singapore hub', country: 'Singapore', start: '2026-01-05', status: 'Ready', manager: 'Wei Ling Tan', ...B2B_BRANCH });
  await createEntry(page, { name: 'Brazil pilot', country: 'Brazil', start: localDate(20), manager: 'Ana Souza', ...B2B_BRANCH });
  await openEntry(page, 'Brazil pilot');
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();
  await page.getByRole('link', { name: 'Portfolio' }).first().click();
  await page.getByLabel('Show archived').check();
  await expect(page.getByRole('row', { name: /Brazil pilot/ })).toContainText('Archived');
  await page.screenshot({ path: `${SCREENS}/portfolio-busy.png` });
  await openEntry(page, 'Riyadh office');
  await expect(page.getByText('Weekend: Friday and Saturday')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/entry-page-in-window.png`, fullPage: true });
});
