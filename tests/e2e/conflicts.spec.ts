import { test, expect } from './fixtures';
import { createEntry, openEntry, SCREENS } from './market-entry-steps';

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
