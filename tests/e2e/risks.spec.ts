import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { createEntry, dismissNotice, goTo, openEntry, saveSettings, SCREENS } from './market-entry-steps';

const REGISTRATION = 'Company registration delayed by the authority';

async function openRisks(page: Page) {
  await page.getByRole('tab', { name: 'Risks' }).click();
  await expect(page.getByRole('heading', { name: /^Risk register/ })).toBeVisible();
}

async function shoot(page: Page, name: string, locator?: ReturnType<Page['locator']>) {
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    // Let the resized layout settle (the table and the grid re-measure) before the picture.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.waitForTimeout(250);
    if (locator) await locator.screenshot({ path: `${SCREENS}/${name}-${width}.png` });
    else await page.screenshot({ path: `${SCREENS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1360, height: 860 });
}

test('a suggested risk is accepted, scored, found in its heat-map cell, accepted by legal, and P50/P80 sit beside the readiness date; it holds after a reload', async ({ app }) => {
  test.slow();
  const { page } = app;
  await saveSettings(page, 'Lee Counsel', 'Legal');
  await goTo(page, 'Portfolio');
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary', personalData: true, localStaff: true });
  await openEntry(page, 'Germany launch');
  await dismissNotice(page);
  await openRisks(page);

  // The new entry is offered risks that fit it; add the registration one.
  const suggestions = page.getByRole('region', { name: /Suggested risks/ });
  await expect(suggestions.getByText(REGISTRATION)).toBeVisible();
  await suggestions.getByRole('button', { name: `Add “${REGISTRATION}” to the register` }).click();
  const register = page.getByRole('table', { name: 'Risk register' });
  await expect(register.getByRole('button', { name: REGISTRATION, exact: true })).toBeVisible();
  await expect(suggestions.getByText(REGISTRATION)).toHaveCount(0);

  // Score it: current 4 × 4 (High), residual 2 × 3 (Medium).
  await register.getByRole('button', { name: REGISTRATION, exact: true }).click();
  const form = page.getByRole('dialog', { name: `Risk: ${REGISTRATION}` });
  await form.getByLabel('Current likelihood').selectOption('4');
  await form.getByLabel('Current impact').selectOption('4');
  await form.getByLabel('Residual likelihood').selectOption('2');
  await form.getByLabel('Residual impact').selectOption('3');
  await expect(form.getByTestId('level-current')).toHaveText('High');
  await expect(form.getByTestId('level-residual')).toHaveText('Medium');
  await shoot(page, 'risk-form', form);
  await form.getByRole('group', { name: /^Scores on/ }).scrollIntoViewIfNeeded();
  await form.screenshot({ path: `${SCREENS}/risk-form-scores-1360.png` });
  // Bad input is refused on its field and nothing is stored.
  await form.getByLabel('Minimum (working days)').fill('30');
  await form.getByRole('button', { name: 'Save risk' }).click();
  await expect(form.getByText(/the minimum \(30\) exceeds the maximum \(25\) working days/)).toBeVisible();
  await form.getByLabel('Minimum (working days)').fill('5');
  await form.getByRole('button', { name: 'Save risk' }).click();
  await expect(form).toBeHidden();
  await dismissNotice(page);

  // It sits in the High cell likelihood 4 × impact 4, having moved down from inherent 3 × 4 to residual 2 × 3.
  const cell = page.locator('.heatmap-cell[data-likelihood="4"][data-impact="4"]');
  await expect(cell.getByRole('button', { name: REGISTRATION, exact: true })).toBeVisible();
  await expect(cell).toContainText('3×4 → 2×3');
  await expect(cell).toContainText('High');
  await shoot(page, 'risk-register');
  await shoot(page, 'risk-entry-heatmap', page.getByRole('region', { name: 'Heat map' }));

  // Accept it as legal counsel, with a rationale and an expiry.
  await register.getByRole('button', { name: `Accept ${REGISTRATION}…` }).click();
  const accept = page.getByRole('dialog', { name: `Accept “${REGISTRATION}”` });
  await accept.getByRole('button', { name: 'Accept risk' }).click();
  await expect(accept.getByText('Write why the risk is accepted')).toBeVisible();
  await accept.getByLabel('Rationale').fill('Registered agent booked; two weeks of slack agreed with leadership.');
  await accept.getByLabel('Expiry date').fill('2027-06-30');
  await accept.getByRole('button', { name: 'Accept risk' }).click();
  await expect(accept).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'recorded in the sign-off ledger as record 1' })).toBeVisible();
  await expect(register.getByText('By Lee Counsel until 30 Jun 2027')).toBeVisible();

  // P50 / P80 beside the readiness date on the Timeline and the Overview.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: /^Forecast readiness/ })).toBeVisible();
  const line = page.getByTestId('risk-forecast');
  await expect(line).toContainText(/P50 \d+ \w+ 2027/);
  await expect(line).toContainText(/P80 \d+ \w+ 2027/);
  await expect(line).toContainText(/% chance of meeting the target/);
  const p80 = (await line.textContent())!.match(/P80 (\d+ \w+ 2027)/)![1];
  await page.locator('.forecast-panel').screenshot({ path: `${SCREENS}/risk-forecast-timeline.png` });
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByTestId('risk-forecast')).toContainText(`P80 ${p80}`);
  await shoot(page, 'risk-overview');

  // Reload: the acceptance, the score and the forecast hold.
  await page.reload();
  await openRisks(page);
  await expect(register.getByText('By Lee Counsel until 30 Jun 2027')).toBeVisible();
  await expect(page.locator('.heatmap-cell[data-likelihood="4"][data-impact="4"]').getByRole('button', { name: REGISTRATION, exact: true })).toBeVisible();
  await expect(page.getByTestId('risk-forecast')).toContainText(`P80 ${p80}`);

  // The portfolio heat map has it too, and filters by category and region.
  await goTo(page, 'Risks');
  await expect(page.getByRole('heading', { level: 1, name: 'Risks across the portfolio' })).toBeVisible();
  const portfolioCell = page.locator('.heatmap-cell[data-likelihood="4"][data-impact="4"]');
  await expect(portfolioCell.getByRole('button', { name: REGISTRATION, exact: true })).toBeVisible();
  await shoot(page, 'risk-portfolio-heatmap');
  await page.getByLabel('Category').selectOption({ label: 'Financial' });
  await expect(portfolioCell.getByRole('button', { name: REGISTRATION, exact: true })).toHaveCount(0);
  await page.getByLabel('Category').selectOption({ label: 'Regulatory & compliance' });
  await page.getByLabel('Region').selectOption({ label: 'Europe' });
  await expect(portfolioCell.getByRole('button', { name: REGISTRATION, exact: true })).toBeVisible();
});
