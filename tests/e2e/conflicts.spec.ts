import { test, expect } from './fixtures';
import { createEntry, goTo, LGPD, openChecklist, openEntry, openTimeline, saveSettings, SCREENS } from './market-entry-steps';

const CONFLICT = /^Someone changed this entry at \d{2}:\d{2} since you opened it; your changes are kept in the form — reload to see theirs\.$/;

test('two tabs: the later save of an entry is refused, keeps what was typed, and Reload shows the other tab’s description', async ({ app }) => {
  const a = app.page;
  await createEntry(a, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });
  await openEntry(a, 'Germany launch');

  // Tab B: the same browser-mode URL, the same entry.
  const b = await a.context().newPage();
  await b.goto(app.url);
  await openEntry(b, 'Germany launch');

  // Tab A opens Edit first.
  await a.getByRole('button', { name: 'Edit' }).click();
  const editA = a.getByRole('dialog', { name: 'Edit market entry' });
  await expect(editA).toBeVisible();

  // Tab B changes the description and saves.
  await b.getByRole('button', { name: 'Edit' }).click();
  const editB = b.getByRole('dialog', { name: 'Edit market entry' });
  await editB.getByLabel('Description').fill('Tab B: subsidiary in Munich, works council agreed.');
  await editB.getByRole('button', { name: 'Save changes' }).click();
  await expect(editB).toBeHidden();
  await expect(b.getByText('Tab B: subsidiary in Munich, works council agreed.')).toBeVisible();

  // Tab A saves what it typed, based on the version it opened: refused with one sentence.
  await editA.getByLabel('Description').fill('Tab A: branch first, subsidiary later.');
  await editA.getByRole('button', { name: 'Save changes' }).click();
  const alert = editA.getByRole('alert');
  await expect(alert.locator('span')).toHaveText(CONFLICT);
  // The form still holds A's text and stays open.
  await expect(editA).toBeVisible();
  await expect(editA.getByLabel('Description')).toHaveValue('Tab A: branch first, subsidiary later.');
  await a.setViewportSize({ width: 1440, height: 900 });
  await a.screenshot({ path: `${SCREENS}/conflict-entry-1440.png` });
  await a.setViewportSize({ width: 1024, height: 768 });
  await a.screenshot({ path: `${SCREENS}/conflict-entry-1024.png` });

  // What is stored is B's description (a fresh read, in a third look at the data).
  await b.reload();
  await expect(b.getByText('Tab B: subsidiary in Munich, works council agreed.')).toBeVisible();
  await expect(b.getByText('Tab A: branch first, subsidiary later.')).toHaveCount(0);

  // Reload in tab A shows theirs in the form; saving from there is based on the new version and lands.
  await alert.getByRole('button', { name: 'Reload' }).click();
  const reloaded = a.getByRole('dialog', { name: 'Edit market entry' });
  await expect(reloaded.getByLabel('Description')).toHaveValue('Tab B: subsidiary in Munich, works council agreed.');
  await expect(reloaded.getByRole('alert')).toHaveCount(0);
  await reloaded.getByLabel('Description').fill('Tab B: subsidiary in Munich, works council agreed. Tab A: bank account opened.');
  await reloaded.getByRole('button', { name: 'Save changes' }).click();
  await expect(reloaded).toBeHidden();
  await expect(a.getByText('Tab B: subsidiary in Munich, works council agreed. Tab A: bank account opened.')).toBeVisible();
});

test('Escape, Cancel, the close button and a click outside ask before discarding unsaved edits', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Japan pilot', country: 'Japan', start: '2027-04-01' });
  await openEntry(page, 'Japan pilot');

  // An untouched form closes at once.
  await page.getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit market entry' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // A dirty one asks first; Keep editing returns to the form as it was.
  await page.getByRole('button', { name: 'Edit' }).click();
  await dialog.getByLabel('Program manager').fill('Aiko Tanaka');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(ask).toBeVisible();
  await expect(dialog).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SCREENS}/discard-ask-1440.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENS}/discard-ask-1024.png` });
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(dialog.getByLabel('Program manager')).toHaveValue('Aiko Tanaka');

  // A click outside asks too; Discard closes without saving.
  await page.mouse.click(5, 5);
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Aiko Tanaka')).toHaveCount(0);

  // The task editor: a dependency change is held until Save, and Cancel asks before dropping it.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const rows = page.getByRole('group', { name: /^Tasks in the chart/ });
  await rows.getByRole('button').nth(1).click();
  const editor = page.getByRole('dialog').filter({ has: page.getByRole('heading', { name: 'Dependencies' }) });
  await expect(editor).toBeVisible();
  const comesAfter = editor.getByRole('button', { name: /^Remove the link after / });
  const links = await comesAfter.count();
  const predecessor = editor.getByLabel('Predecessor');
  const option = await predecessor.locator('option').nth(1).textContent();
  await predecessor.selectOption({ label: option! });
  await editor.getByRole('button', { name: 'Add dependency' }).click();
  await expect(comesAfter).toHaveCount(links + 1);
  await editor.getByRole('heading', { name: 'Dependencies' }).scrollIntoViewIfNeeded();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SCREENS}/task-editor-pending-link-1440.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENS}/task-editor-pending-link-1024.png` });
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(editor).toBeHidden();
  // Nothing was saved: the editor opens on the links as they were.
  await rows.getByRole('button').nth(1).click();
  await expect(editor.getByRole('button', { name: /^Remove the link after / })).toHaveCount(links);
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect(editor).toBeHidden();
});

test('evidence: the same file twice is refused; removing one asks why and sends its approval back to review; the delete dialog says the entry holds sign-offs', async ({ app }) => {
  test.slow();
  const { page } = app;
  await saveSettings(page, 'Amira Haddad', 'Legal');
  await goTo(page, 'Portfolio');
  await createEntry(page, { name: 'Brazil launch', country: 'Brazil', start: '2027-03-01', personalData: true, localStaff: true });
  await openChecklist(page, 'Brazil launch');

  await page.getByRole('button', { name: LGPD.dpo, exact: true }).click();
  const panel = page.getByRole('dialog', { name: LGPD.dpo });
  const letter = { name: 'dpo-appointment.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 DPO appointment letter') };
  await panel.getByLabel('Attach file').setInputFiles(letter);
  await expect(panel.getByRole('list', { name: 'Evidence' })).toContainText('dpo-appointment.pdf');
  await panel.getByLabel('Attach file').setInputFiles({ ...letter, name: 'dpo-appointment (1).pdf' });
  await expect(panel.getByRole('alert')).toHaveText(/^File: this file is already attached on \d{1,2} [A-Z][a-z]{2} \d{4} \(as dpo-appointment\.pdf, by Amira Haddad\)\.$/);
  await expect(panel.getByRole('list', { name: 'Evidence' }).getByRole('listitem')).toHaveCount(1);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SCREENS}/evidence-duplicate-1440.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENS}/evidence-duplicate-1024.png` });
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();

  // In review, then approved by counsel.
  await page.getByRole('combobox', { name: `Status of ${LGPD.dpo}` }).selectOption({ label: 'In review' });
  await goTo(page, /^Review/);
  await page.getByRole('row').filter({ hasText: LGPD.dpo }).click();
  const decision = page.getByRole('dialog', { name: LGPD.dpo });
  await decision.getByRole('radio', { name: 'Approve', exact: true }).check();
  await decision.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(decision).toBeHidden();

  // Removing the evidence asks why; the approval that covered it turns stale.
  await goTo(page, 'Portfolio');
  await openChecklist(page, 'Brazil launch');
  await page.getByRole('button', { name: LGPD.dpo, exact: true }).click();
  await panel.getByRole('button', { name: 'Remove dpo-appointment.pdf' }).click();
  const remove = panel.getByRole('form', { name: 'Remove dpo-appointment.pdf' });
  await remove.getByRole('button', { name: 'Remove evidence' }).click();
  await expect(remove.getByLabel('Why remove dpo-appointment.pdf?')).toHaveAccessibleDescription(/Say why this evidence is removed/);
  await remove.getByLabel('Why remove dpo-appointment.pdf?').fill('Unsigned draft uploaded by mistake');
  await expect(remove).toContainText('removing it sends the item back to legal review');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SCREENS}/evidence-remove-1440.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENS}/evidence-remove-1024.png` });
  await remove.getByRole('button', { name: 'Remove evidence' }).click();
  await expect(remove).toBeHidden();
  await expect(panel.getByText('No evidence yet.')).toBeVisible();
  await expect(panel).toContainText('evidence "dpo-appointment.pdf" was removed after the approval (Unsigned draft uploaded by mistake)');
  // The approval turning stale moved the item's version; the untouched form follows it, so saving a note is no conflict.
  await panel.getByLabel('Notes').fill('Waiting for the signed copy from the DPO.');
  await panel.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('combobox', { name: `Status of ${LGPD.dpo}` })).toHaveValue('in_review');

  // The ledger holds the approval: the delete dialog says so before Delete is pressed.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete Brazil launch?' });
  await expect(confirm).toContainText('Brazil launch holds legal sign-offs, so it cannot be deleted');
  await expect(confirm.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SCREENS}/delete-signoffs-1440.png` });
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.screenshot({ path: `${SCREENS}/delete-signoffs-1024.png` });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
});

test('two tabs on the timeline: an inline change based on an older plan is refused with Reload, and Reload shows the other tab’s', async ({ app }) => {
  const a = app.page;
  await createEntry(a, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });
  await openTimeline(a, 'Germany launch');
  const b = await a.context().newPage();
  await b.goto(app.url);
  await openTimeline(b, 'Germany launch');

  // Tab B moves the status date; tab A, still showing the plan as it was, sets another.
  await b.getByLabel('Status date').fill('2027-03-10');
  await b.getByLabel('Status date').press('Enter');
  await expect(b.getByText('Set by hand; remaining work starts no earlier')).toBeVisible();
  await a.getByLabel('Status date').fill('2027-03-17');
  await a.getByLabel('Status date').press('Enter');
  const alert = a.getByRole('alert').filter({ hasText: /^Someone changed the plan's settings/ });
  await expect(alert.locator('span')).toHaveText(
    /^Someone changed the plan's settings \(status date, shutdown days, holidays\) at \d{2}:\d{2} since you opened them; reload to see theirs\.$/,
  );
  await alert.scrollIntoViewIfNeeded();
  await a.setViewportSize({ width: 1440, height: 900 });
  await a.screenshot({ path: `${SCREENS}/conflict-timeline-1440.png` });
  await a.setViewportSize({ width: 1024, height: 768 });
  await alert.scrollIntoViewIfNeeded();
  await a.screenshot({ path: `${SCREENS}/conflict-timeline-1024.png` });
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(alert).toHaveCount(0);
  // Shown in the user's date format (en-GB here: day/month/year).
  await expect(a.getByLabel('Status date')).toHaveValue('10/03/2027');
});
