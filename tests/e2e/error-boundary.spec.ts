import { test, expect } from './fixtures';
import { createEntry, SCREENS } from './market-entry-steps';

const SENTENCE = 'Something went wrong on this screen. Your data is safe; reload to continue.';

test('a tab that fails to draw says so in one sentence, logs the error, and the rest of the app keeps working', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });

  // The plan arrives in a shape the timeline cannot draw, as a renderer bug would meet it.
  await page.route('**/rpc/plan.get', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, value: {} }) }));
  const logged = page.waitForRequest('**/rpc/app.logRendererError');
  await page.getByRole('link', { name: 'Germany launch', exact: true }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();

  const timeline = page.getByRole('tabpanel', { name: 'Timeline' });
  await expect(timeline.getByRole('alert')).toContainText(SENTENCE);
  await expect(timeline.getByRole('button', { name: 'Reload' })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/error-boundary-tab.png` });
  // The error went to the backend's log, named by where it happened.
  const request = await logged;
  const report = request.postDataJSON() as { message: string; stack?: string; where: string };
  expect(report.where).toBe('Entry · Timeline tab');
  expect(report.message).toMatch(/^TypeError: /);
  expect(report.stack).toContain('Component stack:');
  expect(await (await request.response())!.json()).toEqual({ ok: true, value: null });

  // Only the tab failed: the entry's header and its other tabs still work.
  await expect(page.getByRole('heading', { level: 1, name: 'Germany launch' })).toBeVisible();
  await page.getByRole('tab', { name: /Checklist/ }).click();
  await expect(page.getByRole('heading', { name: /^Readiness/ })).toBeVisible();
  await expect(page.getByText(SENTENCE)).toHaveCount(0);

  // Once the cause is gone, Reload brings the screen back.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(timeline.getByRole('alert')).toContainText(SENTENCE);
  await page.unroute('**/rpc/plan.get');
  await timeline.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { name: /^Forecast readiness/ })).toBeVisible();
  await expect(page.getByText(SENTENCE)).toHaveCount(0);
});
