/** Guard rails of everyday use: "Ready" against the figures asks first; archiving offers Undo. */
import { test, expect } from './fixtures';
import { createEntry, dismissNotice, openEntry, SCREENS } from './market-entry-steps';

/** A local calendar date `days` from today, as the date input takes it. */
function localDate(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shown = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

test('setting Ready before the start with nothing signed off asks first, stating the figures; Cancel changes nothing', async ({ app }) => {
  const { page } = app;
  const start = localDate(30);
  await createEntry(page, { name: 'Brazil launch', country: 'Brazil', start, personalData: true });
  await openEntry(page, 'Brazil launch');
  await dismissNotice(page);
  const summary = page.getByRole('group', { name: 'Location and status' });

  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit market entry' });
  await dialog.getByLabel('Status').selectOption({ label: 'Ready' });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Mark “Brazil launch” as Ready?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(new RegExp(`^.*0 of \\d+ requirements signed off \\(0 %\\); the entry starts on ${shown(start)}\\.`));
  await page.screenshot({ path: `${SCREENS}/ready-confirm.png` });

  // Cancel: back in the form, nothing saved.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog.getByLabel('Status')).toHaveValue('ready');
  await dialog.getByRole('button', { name: 'Close' }).click();
  const discard = page.getByRole('alertdialog');
  if (await discard.isVisible()) await discard.getByRole('button', { name: /Discard/ }).click();
  await expect(dialog).toBeHidden();
  await expect(summary.getByText('Planning', { exact: true })).toBeVisible();

  // Confirm proceeds.
  await page.getByRole('button', { name: 'Edit' }).click();
  await dialog.getByLabel('Status').selectOption({ label: 'Ready' });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await confirm.getByRole('button', { name: 'Mark as Ready' }).click();
  await expect(dialog).toBeHidden();
  await expect(summary.getByText('Ready', { exact: true })).toBeVisible();

  // Already Ready: saving another edit does not ask again.
  await page.getByRole('button', { name: 'Edit' }).click();
  await dialog.getByLabel('Program manager').fill('Ana Souza');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(confirm).toBeHidden();
});

test('archiving offers Undo in its notice; an Undo the entry has moved past is refused with the sentence', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Kenya launch', country: 'Kenya', start: '2027-03-01' });
  await openEntry(page, 'Kenya launch');
  await dismissNotice(page);
  const summary = page.getByRole('group', { name: 'Location and status' });
  const notice = page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss' }) });

  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(notice).toContainText('Archived “Kenya launch”. It is hidden from the portfolio until you restore it.');
  await expect(summary.getByText('Archived', { exact: true })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/undo-notice.png` });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toContainText('Undone: “Kenya launch” is back in the portfolio.');
  await expect(summary.getByText('Archived', { exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();

  // Archived again; meanwhile another tab renames it: this Undo no longer applies.
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(notice.getByRole('button', { name: 'Undo' })).toBeVisible();
  const other = await page.context().newPage();
  await other.goto(app.url);
  await other.getByRole('button', { name: 'Show archived' }).click();
  await other.getByRole('link', { name: 'Kenya launch' }).click();
  await other.getByRole('button', { name: 'Edit' }).click();
  const edit = other.getByRole('dialog', { name: 'Edit market entry' });
  await edit.getByLabel('Name', { exact: true }).fill('Kenya launch (Nairobi)');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await other.close();

  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toContainText(/^Someone changed this entry at \d{2}:\d{2} since you opened it/);
  await expect(notice.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(summary.getByText('Archived', { exact: true })).toBeVisible();
});

test('browser mode: a refused token offers to paste the address; a new token pasted into the address is taken without a manual reload', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Kenya launch', country: 'Kenya', start: '2027-03-01' });
  const good = /token=([A-Za-z0-9_-]+)/.exec(app.url)![1]!;

  // This tab's token goes out of date (as after a restart): the next call is refused and the prompt offers to reconnect.
  await page.evaluate(() => sessionStorage.setItem('landfall.token', 'out-of-date-token-0000000000'));
  await page.getByRole('link', { name: 'Library' }).click();
  const prompt = page.getByRole('dialog', { name: 'Reconnect to Landfall' });
  await expect(prompt).toBeVisible();
  await prompt.getByLabel('Address or token').fill('not an address');
  await prompt.getByRole('button', { name: 'Reconnect' }).click();
  await expect(prompt.getByLabel('Address or token')).toHaveAccessibleDescription(/^Paste the whole address Landfall printed/);
  await page.screenshot({ path: `${SCREENS}/token-prompt.png` });
  await prompt.getByLabel('Address or token').fill(app.url);
  await prompt.getByRole('button', { name: 'Reconnect' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Requirements library' })).toBeVisible();

  // Out of date again; the printed address pasted into the tab's address bar (only the fragment changes) is taken.
  await page.evaluate(() => sessionStorage.setItem('landfall.token', 'out-of-date-token-0000000000'));
  await page.evaluate((t) => (window.location.hash = `#token=${t}`), good);
  await page.getByRole('link', { name: 'Portfolio' }).first().click();
  await expect(page.getByRole('link', { name: 'Kenya launch' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Reconnect to Landfall' })).toBeHidden();
  expect(await page.evaluate(() => sessionStorage.getItem('landfall.token'))).toBe(good);
});
