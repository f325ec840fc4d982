/** Steps the checklist and library specs share: creating a market entry through the dialog, like a person would. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const SCREENS = 'test-results/screens';

export interface EntrySpec {
  name: string;
  country: string;
  start: string;
  mode?: 'Subsidiary' | 'Branch' | 'Employer of record';
  personalData?: boolean;
  localStaff?: boolean;
}

export async function createEntry(page: Page, e: EntrySpec) {
  await page.getByRole('button', { name: 'New market entry' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New market entry' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name', { exact: true }).fill(e.name);
  await dialog.getByLabel('Target country').selectOption({ label: e.country });
  await dialog.getByLabel('Home market').selectOption({ label: 'Netherlands' });
  await dialog.getByLabel('Start date').fill(e.start);
  await dialog.getByLabel('Readiness target (days)').fill('90');
  await dialog.getByRole('radio', { name: e.mode ?? 'Branch' }).check();
  await dialog.getByRole('radio', { name: 'Both' }).check();
  if (e.personalData) {
    await dialog.getByLabel('Processes personal data of local residents').check();
    await dialog.getByLabel('Roughly how many people').selectOption({ label: '10,000 to 100,000 people' });
  }
  if (e.localStaff) await dialog.getByLabel('Will employ local staff').check();
  await dialog.getByRole('button', { name: 'Create entry' }).click();
  await expect(dialog).toBeHidden();
}

/** Opens the entry from the portfolio and shows its Checklist tab. */
export async function openChecklist(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('tab', { name: /Checklist/ }).click();
  await expect(page.getByRole('heading', { name: /^Readiness/ })).toBeVisible();
}

/** Opens the entry from the portfolio and shows its Timeline tab. */
export async function openTimeline(page: Page, name: string) {
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: /^Forecast readiness/ })).toBeVisible();
  await dismissNotice(page);
}

/** Closes the confirmation toast so it does not cover what comes next. */
export async function dismissNotice(page: Page) {
  const dismiss = page.getByRole('status').getByRole('button', { name: 'Dismiss' });
  if (await dismiss.isVisible()) await dismiss.click();
  await expect(dismiss).toBeHidden();
}

/** The titles of the LGPD items in resources/requirements/br.json. */
export const LGPD = {
  programme: 'LGPD: build the Brazilian data-protection programme; ANPD is the regulator',
  incidents: 'LGPD: report security incidents to the ANPD and data subjects within 3 business days',
  dpo: 'LGPD: appoint a DPO (encarregado) unless a small processing agent',
  transfers: 'LGPD: use ANPD standard contractual clauses (or another mechanism) for transfers abroad',
} as const;

export const PERSONAL_DATA_REASON = 'applies because: Brazil; processes personal data of residents';
