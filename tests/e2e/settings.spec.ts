import { test, expect } from './fixtures';

test('display name and role are saved and shown in the shell', async ({ app }) => {
  const { page } = app;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByText('Roles are self-declared in an offline app')).toBeVisible();
  const sidebar = page.getByRole('complementary');
  await expect(sidebar).toContainText('Role not set');

  await page.getByLabel('Display name').fill('Amira Haddad');
  await page.getByLabel('Role').selectOption({ label: 'Legal' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expect(sidebar).toContainText('Amira Haddad');
  await expect(sidebar).toContainText('Legal');
  await page.screenshot({ path: 'test-results/screens/settings.png' });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Display name')).toHaveValue('Amira Haddad');
  await expect(page.getByLabel('Role')).toHaveValue('legal');
  await expect(sidebar).toContainText('Amira Haddad');
});
