import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { createEntry, goTo, LGPD, openChecklist, openEntry, PERSONAL_DATA_REASON, SCREENS } from './market-entry-steps';

const BRAZIL = { name: 'Brazil launch', country: 'Brazil', start: '2027-03-01', personalData: true, localStaff: true } as const;

function itemRow(page: Page, title: string) {
  return page.getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });
}

test('a Brazil entry gets its LGPD items, each saying why it applies', async ({ app }) => {
  const { page } = app;
  await createEntry(page, BRAZIL);
  await openChecklist(page, BRAZIL.name);

  await expect(page.getByText('Planning support, not legal advice.')).toBeVisible();
  for (const title of Object.values(LGPD)) {
    await expect(itemRow(page, title)).toContainText(PERSONAL_DATA_REASON);
  }
  // Grouped by workstream, then category.
  await expect(page.getByRole('button', { name: /^Regulatory & legal/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('button', { name: /^Breach notification/ })).toBeVisible();
  // Readiness starts at 0 % of the applicable items; nothing is signed off from here.
  await expect(page.getByRole('heading', { name: /^Readiness 0 %/ })).toContainText('0 of 13 applicable items signed off');
  // A requirement not yet checked against its source says so.
  await expect(itemRow(page, LGPD.programme)).toContainText('Unverified');
  await expect(itemRow(page, LGPD.incidents)).not.toContainText('Unverified');
  // Filters: by category, then by text.
  await page.getByLabel('Category').selectOption({ label: 'Breach notification' });
  await expect(page.getByText('Showing 1 of 13 items')).toBeVisible();
  await page.getByLabel('Category').selectOption({ label: 'All categories' });
  await page.getByLabel('Search').fill('encarregado');
  await expect(itemRow(page, LGPD.dpo)).toBeVisible();
  await expect(itemRow(page, LGPD.transfers)).toBeHidden();
  await page.getByLabel('Search').fill('');
  await page.screenshot({ path: `${SCREENS}/checklist-tab.png` });

  // What the packs looked for in Brazil and found no rule for: folded under one line, opened on demand.
  const notice = page.getByText(/^What we looked for and found no rule for in Brazil/);
  await expect(notice).toContainText('(3 topics)');
  await expect(page.getByText('No data-localization law known', { exact: false })).toBeHidden();
  await notice.click();
  await page.getByText(/^No data-localization law known — reviewed/).click();
  await expect(page.getByText(/No general data-localization law known for private companies in Brazil/)).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/checklist-none-known.png` });
  await notice.click();

  // An item of the team's own: field messages first, then it joins its group.
  await page.getByRole('button', { name: 'Add item' }).click();
  const add = page.getByRole('dialog', { name: 'Add a checklist item' });
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(add.getByLabel('Title')).toHaveAccessibleDescription('Enter a title');
  await expect(add.getByLabel('Category')).toHaveAccessibleDescription('Choose a category');
  await expect(add.getByLabel('Workstream')).toHaveAccessibleDescription('Choose a workstream');
  await page.screenshot({ path: `${SCREENS}/add-item-errors.png` });
  await add.getByLabel('Title').fill('Sign the office lease in São Paulo');
  await add.getByLabel('Category').selectOption({ label: 'Company registration' });
  await add.getByLabel('Workstream').selectOption({ label: 'Team & operations' });
  await add.getByLabel('Due date').fill('2027-04-15');
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(add).toBeHidden();
  // It joins the last group, below the fold of the virtualised table: find it as a user would.
  await page.getByLabel('Search').fill('office lease');
  const custom = itemRow(page, 'Sign the office lease in São Paulo');
  await expect(custom).toContainText('Custom item');
  await expect(custom).toContainText('15 Apr 2027');
  await page.getByLabel('Search').fill('');
  await expect(page.getByRole('heading', { name: /^Readiness 0 %/ })).toContainText('0 of 14 applicable items signed off');

  // The portfolio shows readiness and overdue counts.
  await goTo(page, 'Portfolio');
  const row = page.getByRole('row', { name: /Brazil launch/ });
  await expect(row.getByRole('cell').nth(10)).toHaveText('0 %');
  await expect(row.getByRole('cell').nth(11)).toHaveText('0');
});

test('evidence is attached to an item, and a file over 25 MB is refused before upload', async ({ app }) => {
  // Handing a 25 MB file to the browser takes a while on a busy machine.
  test.slow();
  const { page } = app;
  await createEntry(page, BRAZIL);
  await openChecklist(page, BRAZIL.name);

  await page.getByRole('button', { name: LGPD.dpo, exact: true }).click();
  const panel = page.getByRole('dialog', { name: LGPD.dpo });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Planning support, not legal advice.');
  const source = panel.getByRole('link', { name: /opens in a new tab/ }).first();
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(panel).toContainText('Evidence expected');

  await panel.getByLabel('Attach file').setInputFiles({
    name: 'dpo-appointment.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4 DPO appointment letter'),
  });
  const evidence = panel.getByRole('list', { name: 'Evidence' });
  await expect(evidence.getByRole('listitem').filter({ hasText: 'dpo-appointment.pdf' })).toContainText('31 bytes');
  await expect(evidence.getByRole('listitem')).toContainText('SHA-256');
  await expect(evidence.getByRole('button', { name: 'Download dpo-appointment.pdf' })).toBeVisible();

  // Downloading offers the stored bytes back (never opens them).
  const [download] = await Promise.all([page.waitForEvent('download'), evidence.getByRole('button', { name: 'Download dpo-appointment.pdf' }).click()]);
  expect(download.suggestedFilename()).toBe('dpo-appointment.pdf');

  await panel.getByLabel('Attach file').setInputFiles({
    name: 'huge-scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(25 * 1024 * 1024 + 1, 1),
  });
  await expect(panel.getByRole('alert')).toHaveText('huge-scan.pdf is 25.0 MB; evidence files can be at most 25.0 MB.');
  await expect(evidence).not.toContainText('huge-scan.pdf');
  await expect(evidence.getByRole('listitem')).toHaveCount(1);

  // A link as evidence.
  await panel.getByRole('button', { name: 'Add link' }).click();
  await panel.getByLabel('Link name').fill('DPO register entry');
  await panel.getByLabel('Web address').fill('https://intranet.example.com/dpo');
  await panel.getByRole('button', { name: 'Add link' }).click();
  await expect(evidence.getByRole('link', { name: /DPO register entry/ })).toHaveAttribute('target', '_blank');

  // Work on the item: status, owner, notes.
  await panel.getByLabel('Owner').fill('Ana Souza');
  await panel.getByLabel('Status').selectOption({ label: 'In progress' });
  await panel.getByLabel('Notes').fill('Letter signed by the board; waiting for the ANPD publication.');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/item-detail-evidence.png` });

  await panel.getByRole('button', { name: 'Close' }).click();
  const row = itemRow(page, LGPD.dpo);
  // The panel was opened from the item's title: focus returns there.
  await expect(row.getByRole('button', { name: LGPD.dpo, exact: true })).toBeFocused();
  await expect(row).toContainText('Ana Souza');
  await expect(row.getByRole('combobox', { name: `Status of ${LGPD.dpo}` })).toHaveValue('in_progress');
  await expect(row.getByRole('cell').last()).toHaveText('2');
});

test('owners are set on several items at once; with nothing selected the bulk actions say why they are off', async ({ app }) => {
  const { page } = app;
  await createEntry(page, BRAZIL);
  await openChecklist(page, BRAZIL.name);

  const setOwner = page.getByRole('button', { name: 'Set owner…' });
  await expect(setOwner).toBeDisabled();
  await expect(setOwner).toHaveAccessibleDescription('Select items with the checkboxes to change several at once.');
  await expect(page.getByText('Select items with the checkboxes to change several at once.')).toBeVisible();

  const chosen = [LGPD.programme, LGPD.incidents, LGPD.transfers];
  for (const title of chosen) await page.getByRole('checkbox', { name: `Select ${title}` }).check();
  await expect(page.getByRole('group', { name: 'Change selected items' })).toContainText('3 items selected');
  await expect(setOwner).toBeEnabled();
  await page.screenshot({ path: `${SCREENS}/bulk-bar.png` });

  await setOwner.click();
  const dialog = page.getByRole('dialog', { name: 'Set owner for 3 items' });
  await dialog.getByLabel('Owner').fill('Privacy team (Ana Souza)');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toBeHidden();
  for (const title of chosen) await expect(itemRow(page, title)).toContainText('Privacy team (Ana Souza)');
  await expect(itemRow(page, LGPD.dpo)).toContainText('Unassigned');

  // Not applicable asks for a reason first.
  await page.getByRole('button', { name: 'Set status…' }).click();
  const status = page.getByRole('dialog', { name: 'Set status for 3 items' });
  await status.getByLabel('Status').selectOption({ label: 'Not applicable' });
  await status.getByRole('button', { name: 'Apply' }).click();
  await expect(status.getByText('Write why this does not apply')).toBeVisible();
  await status.getByLabel('Why it does not apply').fill('Handled by the group privacy programme');
  await status.getByRole('button', { name: 'Apply' }).click();
  await expect(status).toBeHidden();
  await expect(page.getByRole('heading', { name: /^Readiness 0 %/ })).toContainText('0 of 10 applicable items signed off');

  // Select all visible, then filter by owner.
  await page.getByRole('checkbox', { name: 'Select all visible items' }).check();
  await expect(page.getByRole('group', { name: 'Change selected items' })).toContainText('13 items selected');
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByLabel('Owner').selectOption({ label: 'Privacy team (Ana Souza)' });
  await expect(page.getByText('Showing 3 of 13 items')).toBeVisible();
});

test('a profile change lists what it adds and removes before anything changes; items with evidence stay as not applicable', async ({ app }) => {
  const { page } = app;
  await createEntry(page, BRAZIL);
  await openChecklist(page, BRAZIL.name);

  // Evidence on one item: it must survive the profile change.
  await page.getByRole('button', { name: LGPD.programme, exact: true }).click();
  const panel = page.getByRole('dialog', { name: LGPD.programme });
  await panel.getByLabel('Attach file').setInputFiles({ name: 'ropa.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('records of processing') });
  await expect(panel.getByRole('list', { name: 'Evidence' })).toContainText('ropa.xlsx');
  await panel.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit market entry' });
  await dialog.getByLabel('Processes personal data of local residents').uncheck();
  await dialog.getByRole('button', { name: 'Save changes' }).click();

  const removed = dialog.getByRole('region', { name: /^Will be removed/ });
  await expect(removed).toContainText(LGPD.incidents);
  await expect(removed).toContainText(LGPD.dpo);
  await expect(removed).toContainText(LGPD.transfers);
  const excluded = dialog.getByRole('region', { name: /^Will become not applicable \(it holds evidence or history\)/ });
  await expect(excluded).toContainText(LGPD.programme);
  await page.screenshot({ path: `${SCREENS}/profile-change-confirm.png` });

  // Back keeps the form; nothing has changed yet.
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByLabel('Processes personal data of local residents')).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toBeHidden();

  await expect(itemRow(page, LGPD.incidents)).toHaveCount(0);
  await expect(itemRow(page, LGPD.dpo)).toHaveCount(0);
  const kept = itemRow(page, LGPD.programme);
  const select = kept.getByRole('combobox', { name: `Status of ${LGPD.programme}` });
  await expect(select).toHaveValue('not_applicable');
  await expect(select.locator('option:checked')).toHaveText('Not applicable (profile changed)');
  await expect(kept.getByRole('cell').last()).toHaveText('1');
});

test('hundreds of items stay fast: only rows near the viewport are in the page', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Big checklist', country: 'Germany', start: '2027-03-01', personalData: true });
  await openEntry(page, 'Big checklist');
  await expect(page.getByRole('heading', { level: 1, name: 'Big checklist' })).toBeVisible();
  const entryId = /#\/entries\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(entryId).toBeTruthy();
  // Setup through the API (typing 400 items would prove nothing more): custom items in every category.
  await page.evaluate(async (id) => {
    const token = sessionStorage.getItem('landfall.token') ?? '';
    const categories = ['data_protection', 'employment', 'tax_vat_gst', 'consumer_platform'];
    for (let i = 0; i < 400; i++) {
      const res = await fetch('/rpc/checklist.addCustomItem', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          entryId: id,
          title: `Local task ${String(i + 1).padStart(3, '0')}`,
          category: categories[i % categories.length],
          workstream: 'team_operations',
          owner: '',
          dueDate: null,
          notes: '',
        }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
    }
  }, entryId);
  await page.getByRole('tab', { name: /Checklist/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^4\d\d items$/ })).toBeVisible();
  const rows = page.locator('.checklist-table tbody tr');
  expect(await rows.count()).toBeLessThan(100);

  // Scrolling brings later rows in; the total stays small.
  await page.locator('#main').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(page.getByRole('button', { name: 'Local task 400', exact: true })).toBeVisible();
  expect(await rows.count()).toBeLessThan(100);
  // Search still reaches every item.
  await page.getByLabel('Search').fill('Local task 007');
  await expect(page.getByRole('button', { name: 'Local task 007', exact: true })).toBeVisible();
});
