import { test, expect } from './fixtures';
import { goTo, saveSettings, SCREENS } from './market-entry-steps';

test('display name and role are saved and shown in the shell', async ({ app }) => {
  const { page } = app;
  await goTo(page, 'Settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText('Roles are self-declared in an offline app')).toBeVisible();
  const sidebar = page.getByRole('complementary');
  await expect(sidebar).toContainText('Role not set');

  await saveSettings(page, 'Amira Haddad', 'Legal');
  await expect(sidebar).toContainText('Amira Haddad');
  await expect(sidebar).toContainText('Legal');
  await page.screenshot({ path: `${SCREENS}/settings.png` });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue('Amira Haddad');
  await expect(page.getByLabel('Role')).toHaveValue('legal');
  await expect(sidebar).toContainText('Amira Haddad');
});
