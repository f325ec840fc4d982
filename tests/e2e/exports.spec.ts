import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { test, expect } from './fixtures';
import { createEntry, openTimeline } from './market-entry-steps';

test('the timeline exports a PDF and an ICS file that download with names that say what they are', async ({ app }, testInfo) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });
  await openTimeline(page, 'Germany launch');
  const forecast = (await page.getByRole('heading', { name: /^Forecast readiness/ }).textContent()) ?? '';
  const forecastDate = /Forecast readiness (\d{1,2} \w{3} \d{4})/.exec(forecast)?.[1];
  expect(forecastDate).toBeTruthy();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the readiness timeline' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'A3 landscape' }).check();
  await page.screenshot({ path: 'test-results/screens/export-dialog.png' });
  const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^landfall-germany-launch-timeline-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdfPath = testInfo.outputPath(pdf.suggestedFilename());
  await pdf.saveAs(pdfPath);
  expect(fs.readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  expect(execFileSync('pdfinfo', [pdfPath]).toString()).toMatch(/Page size:\s+1190\.55 x 841\.89/);
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdfPath, '-']).toString();
  expect(text).toContain('Germany launch');
  expect(text).toContain(`Forecast: ${forecastDate}`);
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: 'Calendar (ICS)' }).check();
  const [ics] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(ics.suggestedFilename()).toMatch(/^landfall-germany-launch-timeline-\d{4}-\d{2}-\d{2}\.ics$/);
  const icsPath = testInfo.outputPath(ics.suggestedFilename());
  await ics.saveAs(icsPath);
  const calendar = fs.readFileSync(icsPath, 'utf8');
  expect(calendar).toContain('BEGIN:VCALENDAR');
  expect(calendar).toMatch(/SUMMARY:Germany launch: Operational readiness/);
});
