import { test, expect } from './fixtures';
import { createEntry, goTo, SCREENS } from './market-entry-steps';

/** The entries in this spec are subsidiaries, without the personal-data questions answered. */
const SUBSIDIARY = { mode: 'Subsidiary' } as const;

test('a Germany entry is created, listed, kept across a reload and shows its holidays', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'No market entries yet — create your first' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/portfolio-empty.png` });

  await page.getByRole('button', { name: 'New market entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'New market entry' });
  await expect(dialog.getByLabel('Target country')).toContainText('Germany');
  await page.screenshot({ path: `${SCREENS}/new-entry-dialog-top.png` });
  await dialog.getByLabel('Name', { exact: true }).fill('Germany launch');
  await dialog.getByLabel('Target country').selectOption({ label: 'Germany' });
  await dialog.getByLabel('Home market').selectOption({ label: 'Netherlands' });
  await dialog.getByLabel('Start date').fill('2027-03-01');
  await dialog.getByLabel('Readiness target (days)').fill('90');
  // The derived target date is shown while typing: start + 90 days.
  await expect(dialog.getByText('Target readiness date: 30 May 2027')).toBeVisible();
  await dialog.getByLabel('Program manager').fill('Jonas Weber');
  await dialog.getByRole('radio', { name: 'Subsidiary' }).check();
  await dialog.getByRole('radio', { name: 'Both' }).check();
  await dialog.getByLabel('Processes personal data of local residents').check();
  await dialog.getByLabel('Roughly how many people').selectOption({ label: '10,000 to 100,000 people' });
  await dialog.getByLabel('Payment data').check();
  await dialog.getByRole('group', { name: 'Regulated sectors' }).getByLabel('Finance').check();
  const revenue = dialog.getByRole('group', { name: /Expected annual revenue in the market/ });
  await revenue.getByLabel('Amount').fill('2,500,000');
  await page.screenshot({ path: `${SCREENS}/new-entry-dialog.png` });
  await dialog.getByRole('button', { name: 'Create entry' }).click();
  await expect(dialog).toBeHidden();

  // Still on the portfolio, with the new row.
  const row = page.getByRole('row', { name: /Germany launch/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Germany', exact: true })).toBeVisible();
  await expect(row.getByText('1 Mar 2027')).toBeVisible();
  await expect(row.getByText('30 May 2027')).toBeVisible();
  await expect(row.getByText('Planning')).toBeVisible();
  await expect(row.getByText('Jonas Weber')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('row', { name: /Germany launch/ })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/portfolio-rows.png` });

  await page.getByRole('link', { name: 'Germany launch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Germany launch' })).toBeVisible();
  await expect(page.getByText('Weekend: Saturday and Sunday')).toBeVisible();
  const holidays = page.getByRole('list', { name: /public holidays fall in this window/ });
  await expect(holidays.getByRole('listitem').filter({ hasText: 'Good Friday' })).toContainText('26 Mar 2027');
  await expect(holidays.getByRole('listitem').filter({ hasText: 'Easter Monday' })).toContainText('29 Mar 2027');
  await expect(holidays.getByRole('listitem').filter({ hasText: 'Labour Day' })).toContainText('1 May 2027');
  const profile = page.getByRole('region', { name: 'Applicability profile' });
  await expect(profile).toContainText('Personal data of local residents');
  await expect(profile).toContainText('Yes — 10,000 to 100,000 people');
  await expect(profile).toContainText('EUR 2,500,000');
  await page.screenshot({ path: `${SCREENS}/entry-page.png`, fullPage: true });

  // A reload on the entry's address reopens the entry.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Germany launch' })).toBeVisible();
});

test('an empty name is refused next to the field and nothing is created', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New market entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'New market entry' });
  await dialog.getByLabel('Target country').selectOption({ label: 'Germany' });
  await dialog.getByRole('button', { name: 'Create entry' }).click();

  const name = dialog.getByLabel('Name', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Enter a name for the entry');
  await expect(name).toBeFocused();
  // The other missing answers are named too.
  await expect(dialog.getByLabel('Home market')).toHaveAccessibleDescription(/Choose a country/);
  await expect(dialog.getByRole('group', { name: 'Entry mode' })).toHaveAccessibleDescription('Choose how you will enter the market');
  await page.screenshot({ path: `${SCREENS}/new-entry-dialog-errors.png` });

  // Typing a name clears its message.
  await name.fill('Berlin office');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');

  // Cancel over a typed name asks before discarding it.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('alertdialog', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
  // Focus goes back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'New market entry' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No market entries yet — create your first' })).toBeVisible();
});

test('a start more than a year in the past is warned about, a date outside 1900–2199 is refused', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'New market entry' }).click();
  const dialog = page.getByRole('dialog', { name: 'New market entry' });
  const start = dialog.getByLabel('Start date');
  await start.fill('1900-01-01');
  await expect(start).toHaveAccessibleDescription(/1 Jan 1900 is more than a year before today/);
  await start.fill('9999-12-31');
  await dialog.getByRole('button', { name: 'Create entry' }).click();
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription(/Use a date from 1 Jan 1900 to 31 Dec 2199/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('an entry can be edited, archived, shown again, restored and deleted', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Saudi Arabia pilot', country: 'Saudi Arabia', start: '2027-01-10', ...SUBSIDIARY });
  await page.getByRole('link', { name: 'Saudi Arabia pilot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saudi Arabia pilot' })).toBeVisible();
  await expect(page.getByText('Weekend: Friday and Saturday')).toBeVisible();
  const summary = page.getByRole('group', { name: 'Location and status' });
  await expect(summary).toContainText('Saudi Arabia');
  await expect(summary.getByText('Planning', { exact: true })).toBeVisible();

  // Edit
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit market entry' });
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue('Saudi Arabia pilot');
  await dialog.getByLabel('Name', { exact: true }).fill('Riyadh office');
  await dialog.getByLabel('Status').selectOption({ label: 'Active' });
  await dialog.getByLabel('Readiness target (days)').fill('120');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Edit' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Riyadh office' })).toBeVisible();
  await expect(summary.getByText('Active', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Plan' })).toContainText('10 May 2027'); // 10 Jan 2027 + 120 days
  await expect(page.getByRole('cell', { name: /Edited: Name, Readiness target \(days\), Status/ })).toBeVisible();

  // Archive: hidden from the portfolio until "Show archived".
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(summary.getByText('Archived', { exact: true })).toBeVisible();
  await goTo(page, 'Portfolio');
  await expect(page.getByRole('heading', { name: 'No active market entries' })).toBeVisible();
  await page.getByRole('button', { name: 'Show archived' }).click();
  const row = page.getByRole('row', { name: /Riyadh office/ });
  await expect(row).toBeVisible();
  await expect(row.getByText('Archived')).toBeVisible();
  await expect(page.getByLabel('Show archived')).toBeChecked();
  // Unticking hides the only (archived) row, and with it the checkbox: click, then check what the user sees.
  await page.getByLabel('Show archived').click();
  await expect(row).toBeHidden();
  await expect(page.getByText('1 archived entry is hidden.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Show archived' }).click();

  // Restore keeps the status it had.
  await row.getByRole('link', { name: 'Riyadh office' }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await expect(summary.getByText('Archived', { exact: true })).toBeHidden();
  await expect(summary.getByText('Active', { exact: true })).toBeVisible();

  // Delete after confirming.
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Riyadh office?' });
  await expect(confirm).toContainText('This cannot be undone. Its audit history is kept.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Riyadh office' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete' }).click();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Riyadh office/ })).toBeHidden();
  // Going back to the deleted entry's address says so in one sentence.
  await page.goBack();
  await expect(page.getByRole('alert')).toHaveText('That market entry no longer exists.');
  await page.getByRole('link', { name: 'Portfolio' }).first().click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No market entries yet — create your first' })).toBeVisible();
});

test('the portfolio sorts and filters', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', ...SUBSIDIARY });
  await createEntry(page, { name: 'Japan launch', country: 'Japan', start: '2027-01-15', ...SUBSIDIARY });
  await createEntry(page, { name: 'Brazil launch', country: 'Brazil', start: '2027-06-01', ...SUBSIDIARY });
  const bodyRows = page.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(bodyRows).toHaveCount(3);

  const nameHeader = page.getByRole('columnheader', { name: 'Name' });
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(bodyRows.first()).toContainText('Brazil launch');
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(bodyRows.first()).toContainText('Japan launch');

  const startHeader = page.getByRole('columnheader', { name: 'Start' });
  await startHeader.getByRole('button').click();
  await expect(startHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
  await expect(bodyRows.first()).toContainText('Japan launch');

  await page.getByLabel('Search').fill('germ');
  await expect(bodyRows).toHaveCount(1);
  await expect(page.getByText('Showing 1 of 3 entries')).toBeVisible();
  await page.getByLabel('Search').fill('');

  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Brazil' });
  await expect(bodyRows).toHaveCount(1);
  await expect(bodyRows.first()).toContainText('Brazil launch');
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'All countries' });

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'On hold' });
  await expect(page.getByText('No market entries match these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(bodyRows).toHaveCount(3);

  // Enter on a row's link opens the entry.
  await page.getByRole('link', { name: 'Japan launch' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Japan launch' })).toBeVisible();
});

test('entries survive a restart of the app', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', ...SUBSIDIARY });
  await expect(page.getByRole('row', { name: /Germany launch/ })).toBeVisible();
  await app.restart();
  await expect(page.getByRole('row', { name: /Germany launch/ })).toBeVisible();
  await page.getByRole('link', { name: 'Germany launch' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Germany launch' })).toBeVisible();
});
