import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { actAsLegal, createEntry, goTo, LGPD, openChecklist, saveSettings, SCREENS } from './market-entry-steps';

async function openLibrary(page: Page) {
  await goTo(page, 'Library');
  await expect(page.getByRole('heading', { level: 1, name: 'Requirements library' })).toBeVisible();
  await expect(packRow(page, 'Brazil — national requirements')).toBeVisible();
}

function packRow(page: Page, name: string) {
  return page.getByRole('region', { name: 'Packs' }).getByRole('row', { name, exact: true });
}

/** "79 requirements in 7 packs · …": the library's size as the page states it. */
async function librarySize(page: Page): Promise<string> {
  const subtitle = await page.locator('.page-subtitle').innerText();
  return /^[\d,]+ requirements in [\d,]+ packs/.exec(subtitle)?.[0] ?? subtitle;
}

async function exportBrazilPack(page: Page): Promise<{ fileName: string; pack: { version: string; requirements: Array<Record<string, unknown>> } & Record<string, unknown> }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export Brazil — national requirements' }).click(),
  ]);
  const file = await download.path();
  return { fileName: download.suggestedFilename(), pack: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

test('the library lists packs with what they verified, and search finds a requirement with its full detail', async ({ app }) => {
  const { page } = app;
  await openLibrary(page);
  await expect(page.getByText('Planning support, not legal advice.')).toBeVisible();

  const brazil = packRow(page, 'Brazil — national requirements');
  await expect(brazil.getByRole('cell').nth(1)).toHaveText('1.2.0');
  await expect(brazil.getByRole('cell').nth(2)).toHaveText('17');
  await expect(brazil).toContainText('5 of 17 verified');
  await expect(packRow(page, 'Brazil — national requirements: looked for, none known').getByRole('list', { name: 'Looked for and not found' })).toContainText(
    'No data-localization law known — reviewed 29 Nov 2026',
  );

  await page.getByLabel('Search requirements').fill('encarregado');
  await expect(page.getByRole('status').filter({ hasText: /^Showing 1 of \d+ requirements$/ })).toBeVisible();
  const row = page.getByRole('row', { name: /appoint a DPO \(encarregado\)/ });
  await expect(row).toContainText('Brazil');
  await expect(row).toContainText('Representative / DPO');
  await expect(row).toContainText('Verified');
  await page.screenshot({ path: `${SCREENS}/library.png`, fullPage: true });

  await row.getByRole('button', { name: LGPD.dpo }).click();
  const detail = page.getByRole('dialog', { name: LGPD.dpo });
  await expect(detail).toContainText('Planning support, not legal advice.');
  await expect(detail).toContainText('Applies when the entry processes personal data of residents.');
  await expect(detail).toContainText('Typical lead time');
  await expect(detail.getByRole('link', { name: /opens in a new tab/ }).first()).toHaveAttribute('rel', 'noopener noreferrer');
  await page.screenshot({ path: `${SCREENS}/library-requirement.png` });
  await detail.getByRole('button', { name: 'Close' }).click();

  // Filters: unverified requirements of one pack.
  await page.getByLabel('Search requirements').fill('');
  await page.getByLabel('Pack', { exact: true }).selectOption({ label: 'Brazil — national requirements' });
  await page.getByLabel('Verification').selectOption({ label: 'Unverified' });
  await expect(page.getByRole('status').filter({ hasText: /^Showing 12 of \d+ requirements$/ })).toBeVisible();
});

test('a broken pack file is refused with one sentence naming file, requirement and field; the library is unchanged', async ({ app }) => {
  const { page } = app;
  await actAsLegal(page);
  await openLibrary(page);
  const before = await librarySize(page);
  const { pack } = await exportBrazilPack(page);

  // A rule on a profile field that does not exist.
  const unknownField = structuredClone(pack);
  unknownField.version = '1.2.0';
  unknownField.requirements[0]!.appliesWhen = { field: 'hasRobots', is: true };
  await page.getByLabel('Import pack file').setInputFiles({
    name: 'brazil-broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(unknownField)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The pack was not imported; the library is unchanged.');
  await expect(alert).toContainText('brazil-broken.json');
  await expect(alert).toContainText(`requirement ${String(pack.requirements[0]!.id)}`);
  await expect(alert).toContainText('field appliesWhen.field');
  await expect(alert).toContainText('hasRobots');
  await page.screenshot({ path: `${SCREENS}/import-error.png` });
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The same id twice.
  const duplicate = structuredClone(pack);
  duplicate.version = '1.2.0';
  duplicate.requirements.push(structuredClone(duplicate.requirements[1]!));
  await page.getByLabel('Import pack file').setInputFiles({
    name: 'brazil-duplicate.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(duplicate)),
  });
  await expect(alert).toContainText(`brazil-duplicate.json, requirement ${String(pack.requirements[1]!.id)}`);
  await expect(alert).toContainText('appears more than once');

  // Not JSON at all.
  await page.getByLabel('Import pack file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(alert).toContainText('notes.json: this is not valid JSON');

  expect(await librarySize(page)).toBe(before);
  await expect(packRow(page, 'Brazil — national requirements').getByRole('cell').nth(1)).toHaveText('1.2.0');
});

test('an updated pack shows its diff and the entries it touches before it is applied', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Brazil launch', country: 'Brazil', start: '2027-03-01', personalData: true });
  await actAsLegal(page);
  await openLibrary(page);
  const { fileName, pack } = await exportBrazilPack(page);
  expect(fileName).toBe('landfall-pack-br-1.2.0.json');

  pack.version = '1.2.1';
  const dpo = pack.requirements.find((r) => r.id === 'br.anpd.res18-2024-encarregado')!;
  dpo.summary = `${String(dpo.summary)} Publish the DPO's identity and contact details on the website.`;
  await page.getByLabel('Import pack file').setInputFiles({
    name: 'landfall-pack-br-1.2.1.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pack, null, 2)),
  });

  const review = page.getByRole('alertdialog', { name: 'Review the import' });
  await expect(review).toContainText('version 1.2.0 → 1.2.1');
  await expect(review.getByRole('definition').nth(1)).toHaveText('1'); // Changed
  const changed = review.getByRole('region', { name: /^Changed/ });
  await expect(changed).toContainText(LGPD.dpo);
  await expect(changed).toContainText('Changed: Summary');
  await expect(changed.getByRole('list', { name: 'Entries affected' })).toContainText('Brazil launch');
  await page.screenshot({ path: `${SCREENS}/import-diff.png` });

  // Cancel changes nothing; then import it for real.
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(packRow(page, 'Brazil — national requirements').getByRole('cell').nth(1)).toHaveText('1.2.0');
  await page.getByLabel('Import pack file').setInputFiles({
    name: 'landfall-pack-br-1.2.1.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(pack, null, 2)),
  });
  await review.getByRole('button', { name: 'Apply import' }).click();
  await expect(review).toBeHidden();
  await expect(packRow(page, 'Brazil — national requirements').getByRole('cell').nth(1)).toHaveText('1.2.1');

  // The entry's item now says its requirement was updated.
  await goTo(page, 'Portfolio');
  await openChecklist(page, 'Brazil launch');
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: LGPD.dpo, exact: true }) });
  await expect(row).toContainText('Requirement updated');
});

test('a requirement of your own is checked field by field, then added to the library and to matching entries', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Brazil launch', country: 'Brazil', start: '2027-03-01', personalData: true });
  await actAsLegal(page);
  await openLibrary(page);
  await page.getByRole('button', { name: 'Add requirement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a requirement' });
  await dialog.getByLabel('Id', { exact: true }).fill('Acme BR vendor register');
  await dialog.getByRole('button', { name: 'Add requirement' }).click();
  await expect(dialog.getByText('Use lower-case words joined by dots or hyphens')).toBeVisible();
  await expect(dialog.getByText('Enter at least one country code (such as BR) or EU / EEA')).toBeVisible();
  await expect(dialog.getByLabel('Category')).toHaveAccessibleDescription('Choose a category');
  await page.screenshot({ path: `${SCREENS}/add-requirement-errors.png` });

  await dialog.getByLabel('Id', { exact: true }).fill('acme.br.vendor-register');
  await dialog.getByLabel('Title').fill('Keep a register of Brazilian data processors');
  await dialog.getByLabel('Summary').fill('List every processor that handles personal data of Brazilian residents, with its contract and transfer basis.');
  await dialog.getByLabel('Jurisdiction').fill('BR');
  await dialog.getByLabel('Category').selectOption({ label: 'Data protection' });
  await dialog.getByLabel('Applies when').selectOption({ label: 'When the entry processes personal data of residents' });
  await dialog.getByLabel('Applies from').fill('2026-01-01');
  await dialog.getByLabel('Law').fill('Acme policy');
  await dialog.getByLabel('Article or section').fill('§ 4.2');
  await dialog.getByLabel('Source link').fill('https://intranet.example.com/policies/privacy');
  await dialog.getByLabel('Workstream').selectOption({ label: 'Regulatory & legal' });
  await dialog.getByLabel('Owner role').selectOption({ label: 'Privacy' });
  await dialog.getByLabel('Evidence expected').fill('Processor register\nSigned DPAs');
  await dialog.getByRole('button', { name: 'Add requirement' }).click();
  await expect(dialog).toBeHidden();

  await expect(packRow(page, 'Your own requirements')).toContainText('0 of 1 verified');
  await page.getByLabel('Search requirements').fill('vendor-register');
  await expect(page.getByRole('row', { name: /Keep a register of Brazilian data processors/ })).toContainText('Unverified');

  await goTo(page, 'Portfolio');
  await openChecklist(page, 'Brazil launch');
  await expect(page.getByRole('button', { name: 'Keep a register of Brazilian data processors', exact: true })).toBeVisible();
});

test('importing a pack and adding a requirement are Legal\'s: other roles see them off with the reason, until they switch role', async ({ app }) => {
  const { page } = app;
  await saveSettings(page, 'Pat Manager', 'Program manager');
  await openLibrary(page);
  const importButton = page.getByRole('button', { name: 'Import pack…' });
  const addButton = page.getByRole('button', { name: 'Add requirement' });
  await expect(importButton).toBeDisabled();
  const reason = 'Only Legal can import packs and add or edit requirements: switch your role in Settings. Roles are self-declared on this machine.';
  await expect(importButton).toHaveAccessibleDescription(reason);
  await expect(addButton).toBeDisabled();
  await expect(addButton).toHaveAccessibleDescription(reason);
  await expect(page.getByLabel('Import pack file')).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/library-not-legal.png` });

  // The Settings link in the note; the role's help says roles are self-declared.
  await page.getByRole('note').getByRole('link', { name: 'Open Settings' }).click();
  await expect(page.getByLabel('Role')).toHaveAccessibleDescription(/Roles are self-declared on this machine\./);
  await page.screenshot({ path: `${SCREENS}/settings-role-help.png` });
  await actAsLegal(page);
  await openLibrary(page);
  await expect(addButton).toBeEnabled();
  await expect(page.getByLabel('Import pack file')).toBeEnabled();
  await expect(page.getByRole('note')).toHaveCount(0);
});
