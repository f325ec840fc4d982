/**
 * Efficiency against the home market, as a program manager does it: record home and
 * market values for two metrics, read the index against its 85 % target line (and its
 * inputs on hover), import a CSV from the BI tool after its dry run, see the trend, then
 * compare markets side by side.
 */
import { expect, test } from './fixtures';
import { SCREENS, createEntry, dismissNotice, goTo, openEntry } from './market-entry-steps';

async function record(page: import('@playwright/test').Page, metric: string, market: string, start: string, end: string, value: string) {
  await page.getByRole('button', { name: 'Record measurement…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a measurement' });
  await dialog.getByLabel('Metric').selectOption({ label: metric });
  await dialog.getByLabel('Market').selectOption({ label: market });
  await dialog.getByLabel('Period start').fill(start);
  await dialog.getByLabel('Period end').fill(end);
  await dialog.getByLabel(/^Value/).fill(value);
  await dialog.getByRole('button', { name: 'Record measurement' }).click();
  await expect(dialog).toBeHidden();
  await dismissNotice(page);
}

test('records home and market values, shows the index against its target, imports a CSV and shows the trend', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2026-10-01' });
  await openEntry(page, 'Germany launch');
  await page.getByRole('tab', { name: 'Efficiency' }).click();
  await expect(page.getByText('Nothing recorded yet.')).toBeVisible();

  // A value that is not a number is refused on its field and nothing is recorded.
  await page.getByRole('button', { name: 'Record measurement…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a measurement' });
  await dialog.getByLabel(/^Value/).fill('four');
  await dialog.getByRole('button', { name: 'Record measurement' }).click();
  await expect(dialog.getByText('Enter the value as a number')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/efficiency-record-dialog.png` });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Nothing recorded yet.')).toBeVisible();

  await record(page, 'First-response time (hours)', 'Home market (NL)', '2026-10-01', '2026-10-31', '4');
  await record(page, 'First-response time (hours)', 'Germany launch (this market)', '2026-10-01', '2026-10-31', '5');
  await record(page, 'Tickets resolved per agent-day (tickets)', 'Home market (NL)', '2026-10-01', '2026-10-31', '40');
  await record(page, 'Tickets resolved per agent-day (tickets)', 'Germany launch (this market)', '2026-10-01', '2026-10-31', '30');

  // (80 % + 75 %) ÷ 2, below the 85 % target; the inputs are on the figure.
  const index = page.getByTestId('efficiency-index');
  await expect(index).toHaveText('77.5 %');
  await expect(index).toHaveAttribute('title', /^77\.5 % = Σ\(weight × ratio\) ÷ 2 over 2 metrics/);
  await expect(page.getByText('below the 85 % target').first()).toBeVisible();
  await expect(page.getByRole('cell', { name: '80 % = home 4 h ÷ market 5 h, Oct 2026' }).first()).toBeVisible();
  const ratios = page.getByTestId('ratio-chart');
  await expect(ratios.locator('svg text').filter({ hasText: 'Target 85 %' })).toBeVisible();
  await expect(page.getByTestId('index-trend').locator('svg text').filter({ hasText: 'Target 85 %' })).toBeVisible();

  // Import November from the BI tool: the dry run first, then the trend moves.
  const csv = [
    'metric,market,period_start,period_end,value,source',
    'first_response_time,home,2026-11-01,2026-11-30,4,BI',
    'first_response_time,market,2026-11-01,2026-11-30,4.4,BI',
    'tickets_per_agent_day,home,2026-11-01,2026-11-30,40,BI',
    'tickets_per_agent_day,market,2026-11-01,2026-11-30,36,BI',
    'csat,market,2026-11-01,2026-11-30,92,BI',
  ].join('\n');
  await page.getByLabel('Import measurements from a CSV or XLSX file').setInputFiles({ name: 'november.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const review = page.getByRole('alertdialog', { name: 'Review the measurement import' });
  await expect(review.getByText('Measurements to import')).toBeVisible();
  await expect(review.getByRole('row')).toHaveCount(6);
  await page.screenshot({ path: `${SCREENS}/efficiency-import-preview.png` });
  await review.getByRole('button', { name: 'Import 5 measurements' }).click();
  await expect(review).toBeHidden();
  await dismissNotice(page);

  // November: (4 ÷ 4.4 + 36 ÷ 40) ÷ 2 = 90.5 %, now above target; the trend has both months.
  await expect(index).toHaveText('90.5 %');
  await expect(page.getByText('meets the 85 % target').first()).toBeVisible();
  const trend = page.getByRole('region', { name: 'Efficiency index per period (table)' });
  await expect(trend.getByRole('row', { name: /Oct 2026 77\.5 %/ })).toBeVisible();
  await expect(trend.getByRole('row', { name: /Nov 2026 90\.5 %/ })).toBeVisible();
  await expect(page.getByTestId('index-trend').locator('svg text').filter({ hasText: 'Nov 2026' })).toBeVisible();
  await expect(page.getByTestId('efficiency-satisfaction')).toHaveText('92 %');
  await expect(page.getByTestId('satisfaction-trend').locator('svg text').filter({ hasText: 'Target 90 %' })).toBeVisible();

  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENS}/efficiency-tab-${width}.png`, fullPage: true });
  }

  // The comparison: markets ranked on the index with the target line.
  await goTo(page, 'Efficiency');
  await expect(page.getByRole('heading', { level: 1, name: 'Efficiency comparison' })).toBeVisible();
  const ranked = page.getByRole('region', { name: /Efficiency index vs home by market/ });
  await expect(ranked.getByRole('row', { name: /Germany launch 90\.5 % meets the 85 % target/ })).toBeVisible();
  await expect(page.getByTestId('comparison-ranked').locator('svg text').filter({ hasText: 'Target 85 %' })).toBeVisible();
  await expect(page.getByTestId('comparison-trend').locator('svg text').filter({ hasText: 'Month 2' })).toBeVisible();
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SCREENS}/efficiency-comparison-${width}.png`, fullPage: true });
  }

  // The catalogue is the user's: a weight edited here moves every comparison.
  await page.getByRole('button', { name: 'Metric catalogue…' }).click();
  const catalogue = page.getByRole('dialog', { name: 'Metric catalogue' });
  await expect(catalogue.getByRole('row')).toHaveCount(11);
  await page.screenshot({ path: `${SCREENS}/efficiency-catalogue.png` });
  await catalogue.getByRole('button', { name: 'Edit Tickets resolved per agent-day' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Tickets resolved per agent-day' });
  await edit.getByLabel('Weight').fill('3');
  await edit.getByRole('button', { name: 'Save metric' }).click();
  await expect(page.getByRole('dialog', { name: 'Metric catalogue' }).getByRole('row', { name: /Tickets resolved per agent-day .* 3 / })).toBeVisible();
  await page.keyboard.press('Escape');
  // November with weights 1 and 3: (4 ÷ 4.4 + 3 × 36 ÷ 40) ÷ 4 = 90.2 %.
  await expect(ranked.getByRole('row', { name: /Germany launch 90\.2 %/ })).toBeVisible();
});
