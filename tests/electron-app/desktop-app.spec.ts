/**
 * The real desktop app: launch Electron on the built app with a fresh data folder,
 * create a market entry through the UI, quit, launch again and find it. Also checks
 * what the page can reach: `window.landfall` has one function and Node is not there.
 * Run with `npm run test:electron` (not part of `npm test`: Electron's binary is needed).
 */
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCREENS = path.join(root, 'test-results', 'screens');

async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    args: [root, '--data-dir', dataDir],
    cwd: root,
    env: { ...process.env, LANDFALL_NATIVE_DIR: process.env.LANDFALL_NATIVE_DIR ?? path.join(root, 'dist', 'native') } as Record<string, string>,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

test('an entry created in the desktop app is still there after a restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-electron-'));

  let { app, page } = await launch(dataDir);
  expect(page.url()).toBe('app://landfall/index.html');
  await expect(page.getByRole('heading', { name: 'No market entries yet — create your first' })).toBeVisible();

  // The page sees one bridge function and no Node.
  expect(await page.evaluate(() => Object.keys((window as unknown as { landfall: object }).landfall))).toEqual(['invoke']);
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');

  await page.getByRole('button', { name: 'New market entry' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New market entry' });
  await dialog.getByLabel('Name', { exact: true }).fill('Desktop Germany launch');
  await dialog.getByLabel('Target country').selectOption({ label: 'Germany' });
  await dialog.getByLabel('Home market').selectOption({ label: 'Netherlands' });
  await dialog.getByLabel('Start date').fill('2027-03-01');
  await dialog.getByLabel('Readiness target (days)').fill('90');
  await dialog.getByRole('radio', { name: 'Subsidiary' }).check();
  await dialog.getByRole('radio', { name: 'Both' }).check();
  await dialog.getByRole('button', { name: 'Create entry' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Desktop Germany launch/ })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENS, 'desktop-portfolio.png') });

  // Quitting lets the backend close the database; the lock file goes with it.
  await app.close();
  expect(fs.existsSync(path.join(dataDir, 'landfall.lock'))).toBe(false);
  expect(fs.existsSync(path.join(dataDir, 'logs', 'landfall.log'))).toBe(true);

  ({ app, page } = await launch(dataDir));
  await expect(page.getByRole('row', { name: /Desktop Germany launch/ })).toBeVisible();
  await app.close();
});

test('the window does not navigate away from the app', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-electron-'));
  const { app, page } = await launch(dataDir);
  await expect(page.getByRole('button', { name: 'New market entry' }).first()).toBeVisible();
  await page.evaluate(() => {
    window.location.href = 'file:///etc/hosts';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/landfall\//);
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
  await app.close();
});
