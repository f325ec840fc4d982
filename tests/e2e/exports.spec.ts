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

test('the timeline exports a one-page PDF and MS Project XML, and imports that XML back as the plan after a review', async ({ app }, testInfo) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });
  await openTimeline(page, 'Germany launch');
  const forecast = (await page.getByRole('heading', { name: /^Forecast readiness/ }).textContent()) ?? '';
  const dialog = page.getByRole('dialog', { name: 'Export the readiness timeline' });

  // PDF fitted to one page.
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: /Fit to one page/ }).check();
  await page.screenshot({ path: 'test-results/screens/export-dialog-fit.png' });
  const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  const pdfPath = testInfo.outputPath(pdf.suggestedFilename());
  await pdf.saveAs(pdfPath);
  expect(execFileSync('pdfinfo', [pdfPath]).toString()).toMatch(/Pages:\s+1\n/);
  expect(execFileSync('pdftotext', [pdfPath, '-']).toString().replace(/\s+/g, ' ')).toMatch(/fitted to one page, smallest type [\d.]+ pt/);

  // MS Project XML.
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: /MS Project XML/ }).check();
  const [xml] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  expect(xml.suggestedFilename()).toMatch(/^landfall-germany-launch-timeline-\d{4}-\d{2}-\d{2}\.xml$/);
  const xmlPath = testInfo.outputPath(xml.suggestedFilename());
  await xml.saveAs(xmlPath);
  const content = fs.readFileSync(xmlPath, 'utf8');
  expect(content).toContain('<Project xmlns="http://schemas.microsoft.com/project">');
  expect(content).toContain('<Name>Operational readiness</Name>');

  // Import it back: the review shows what the plan would hold; replacing keeps the forecast.
  await page.getByLabel('Import MS Project XML file').setInputFiles(xmlPath);
  const review = page.getByRole('alertdialog', { name: 'Review the MS Project import' });
  await expect(review).toBeVisible();
  await expect(review.getByRole('heading', { name: /^Tasks in the file/ })).toBeVisible();
  await expect(review).toContainText('becomes the readiness milestone');
  await page.screenshot({ path: 'test-results/screens/mspdi-import-review.png' });
  await review.getByRole('button', { name: 'Replace the plan' }).click();
  await expect(review).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Imported \d+ tasks; forecast readiness/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Forecast readiness/ })).toHaveText(forecast);

  // A broken file is reviewed with its errors and cannot be applied.
  const broken = testInfo.outputPath('broken.xml');
  fs.writeFileSync(broken, '<Project xmlns="http://schemas.microsoft.com/project">\n<Tasks>\n<Task><UID>1</UID><Name>Build</Name><Duration>PT4X</Duration></Task>\n</Tasks>\n</Project>');
  await page.getByLabel('Import MS Project XML file').setInputFiles(broken);
  await expect(review).toContainText('Line 3');
  await expect(review).toContainText('"PT4X" is not a duration.');
  await expect(review.getByRole('button', { name: 'Replace the plan' })).toBeDisabled();
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();
});
