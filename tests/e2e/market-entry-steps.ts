/**
 * Steps every e2e spec shares, done like a person would: creating a market entry through
 * the dialog, opening it (and its tabs), moving between screens, saving settings.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { GERMANY_LAUNCH } from '../fixtures/entry';
import { sampleProfile } from '../fixtures/profile';
import { expect, type AppFixture } from './fixtures';

/** Screenshots to look at; SCREENS_DIR overrides it (another run may be clearing test-results meanwhile). */
export const SCREENS = process.env.SCREENS_DIR ?? 'test-results/screens';

export interface EntrySpec {
  name: string;
  country: string;
  start: string;
  /** Readiness target in days (90 unless given). */
  days?: number;
  /** Home market (Netherlands unless given). */
  home?: string;
  region?: string;
  status?: string;
  manager?: string;
  mode?: 'Subsidiary' | 'Branch' | 'Employer of record';
  customers?: 'Businesses (B2B)' | 'Consumers (B2C)' | 'Both';
  personalData?: boolean;
  localStaff?: boolean;
}

/** An entry as the API takes it (specs create their background entries this way): a German B2B launch unless overridden. */
export function apiEntry(overrides: Record<string, unknown>) {
  return {
    ...GERMANY_LAUNCH,
    profile: sampleProfile({ dataSubjects: '10k_to_100k' }),
    ...overrides,
  };
}

/** Calls an API method over browser mode's HTTP transport, with the page's token; throws on a refusal. */
export async function apiCall<T>(app: AppFixture, method: string, input: unknown): Promise<T> {
  const token = /token=([A-Za-z0-9_-]+)/.exec(app.url)![1]!;
  const res = await app.page.request.post(new URL(`/rpc/${method}`, app.url).toString(), { headers: { Authorization: `Bearer ${token}` }, data: input });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}

/** Screenshots of what the page shows now at 1024, 1280 and 1440 px wide: `<SCREENS>/<name>-<width>.png`. */
export async function shootWidths(page: Page, name: string) {
  for (const width of [1024, 1280, 1440]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SCREENS, `${name}-${width}.png`) });
  }
}

/** Fills and submits the New market entry dialog. */
export async function createEntry(page: Page, e: EntrySpec) {
  await page.getByRole('button', { name: 'New market entry' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New market entry' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name', { exact: true }).fill(e.name);
  await dialog.getByLabel('Target country').selectOption({ label: e.country });
  if (e.region) await dialog.getByLabel('Region within the country').selectOption({ label: e.region });
  await dialog.getByLabel('Home market').selectOption({ label: e.home ?? 'Netherlands' });
  await dialog.getByLabel('Start date').fill(e.start);
  await dialog.getByLabel('Readiness target (days)').fill(String(e.days ?? 90));
  if (e.manager) await dialog.getByLabel('Program manager').fill(e.manager);
  if (e.status) await dialog.getByLabel('Status').selectOption({ label: e.status });
  await dialog.getByRole('radio', { name: e.mode ?? 'Branch' }).check();
  await dialog.getByRole('radio', { name: e.customers ?? 'Both' }).check();
  if (e.personalData) {
    await dialog.getByLabel('Processes personal data of local residents').check();
    await dialog.getByLabel('Roughly how many people').selectOption({ label: '10,000 to 100,000 people' });
  }
  if (e.localStaff) await dialog.getByLabel('Will employ local staff').check();
  await dialog.getByRole('button', { name: 'Create entry' }).click();
  await expect(dialog).toBeHidden();
}

/** The app's main navigation (the sidebar). */
export function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Goes to a screen through the main navigation: 'Portfolio', 'Library', 'Settings', /^Review/. */
export async function goTo(page: Page, screen: string | RegExp) {
  await mainNav(page).getByRole('link', { name: screen }).click();
}

/** Saves the display name and role in Settings. */
export async function saveSettings(page: Page, displayName: string, role: string) {
  await goTo(page, 'Settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Display name').fill(displayName);
  await page.getByLabel('Role').selectOption({ label: role });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
}

/** Declares the Legal role in Settings: importing packs, adding requirements and approving are Legal's. */
export async function actAsLegal(page: Page, displayName = 'Amira Haddad') {
  await saveSettings(page, displayName, 'Legal');
}

/** Opens the entry from the portfolio (its overview). */
export async function openEntry(page: Page, name: string) {
  // Each role opens on its own home (Legal on the review queue): go to the Portfolio first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Portfolio', exact: true }).click();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Opens the entry from the portfolio and shows its Checklist tab. */
export async function openChecklist(page: Page, name: string) {
  await openEntry(page, name);
  await page.getByRole('tab', { name: /Checklist/ }).click();
  await expect(page.getByRole('heading', { name: /^Readiness/ })).toBeVisible();
}

/** Opens the entry from the portfolio and shows its Timeline tab. */
export async function openTimeline(page: Page, name: string) {
  await openEntry(page, name);
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: /^Forecast readiness/ })).toBeVisible();
  await dismissNotice(page);
}

/** Closes the confirmation toast so it does not cover what comes next. */
export async function dismissNotice(page: Page) {
  const dismiss = page.getByRole('status').getByRole('button', { name: 'Dismiss' });
  // The toast also fades by itself after a few seconds: it may go between the check and the click.
  if (await dismiss.isVisible()) await dismiss.click({ timeout: 2_000 }).catch(() => undefined);
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
