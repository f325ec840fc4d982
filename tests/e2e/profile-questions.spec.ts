import { test, expect } from './fixtures';
import { openChecklist, SCREENS } from './market-entry-steps';

const US = { name: 'US launch', country: 'United States of America', start: '2027-03-01' } as const;

test('the optional profile questions are asked, refused with one sentence when wrong, and narrow the checklist', async ({ app }) => {
  const { page } = app;
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByRole('button', { name: 'New market entry' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New market entry' });
    await dialog.getByLabel('Target country').selectOption({ label: 'United Arab Emirates' });
    await dialog.getByText('More precise answers').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/profile-questions-${width}.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The form was changed (a country chosen), so closing asks first.
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect(dialog).toBeHidden();
  }
  await page.setViewportSize({ width: 1440, height: 900 });

  // A state outside the target country is refused next to the field, and nothing is created.
  await page.getByRole('button', { name: 'New market entry' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New market entry' });
  await dialog.getByLabel('Name', { exact: true }).fill(US.name);
  await dialog.getByLabel('Target country').selectOption({ label: US.country });
  await expect(dialog.getByLabel('UAE free zone')).toHaveCount(0);
  await dialog.getByLabel('Home market').selectOption({ label: 'Netherlands' });
  await dialog.getByLabel('Start date').fill(US.start);
  await dialog.getByRole('radio', { name: 'Subsidiary' }).check();
  await dialog.getByRole('radio', { name: 'Both' }).check();
  await dialog.getByLabel('Processes personal data of local residents').check();
  await dialog.getByLabel('Roughly how many people').selectOption({ label: '100,000 to 1 million people' });
  await dialog.getByLabel('AI role').selectOption({ label: "Uses other companies' AI" });
  const states = dialog.getByLabel('States or provinces with customers or sites');
  await states.fill('DE-BY');
  await dialog.getByRole('button', { name: 'Create entry' }).click();
  await expect(states).toHaveAccessibleDescription(/"DE-BY" is not a region of the target country/);
  await page.screenshot({ path: `${SCREENS}/profile-questions-error.png` });
  await states.fill('us-ny, US-TX');
  await dialog.getByRole('button', { name: 'Create entry' }).click();
  await expect(dialog).toBeHidden();

  await openChecklist(page, US.name);
  await page.getByLabel('Search').fill('CCPA');
  await expect(page.getByText(/Showing 0 of/)).toBeVisible();
  await page.getByLabel('Search').fill('State comprehensive privacy');
  await expect(page.getByRole('button', { name: 'State comprehensive privacy laws beyond California (by customer state)', exact: true })).toBeVisible();
  await page.getByLabel('Search').fill('');
  const notice = page.getByText(/^What we looked for and found no rule for in United States/);
  await notice.click();
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SCREENS}/checklist-none-known-${width}.png` });
  }
});
