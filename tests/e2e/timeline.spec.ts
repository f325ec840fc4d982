import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { createEntry, dismissNotice, openEntry, openTimeline, SCREENS } from './market-entry-steps';


const forecast = (page: Page) => page.getByRole('heading', { name: /^Forecast readiness/ });
const durationOf = (page: Page, task: string) => page.getByRole('spinbutton', { name: `Duration of ${task} (business days)` });

const HIRING = 'Recruit and onboard the first local team';
const ENTRY_DECISION = 'Confirm entry mode and legal entity';
const LOCALIZE = 'Localize the product: language, currency, formats';

test('the timeline shows the plan, reschedules on a changed duration and tracks slippage against a baseline', async ({ app }) => {
  // Full-page screenshots of a long page: give it room on a busy machine.
  test.slow();
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });
  await openTimeline(page, 'Germany launch');

  // The Gantt shows the plan: the readiness milestone and the template's tasks, by workstream.
  const chart = page.getByRole('group', { name: /^Tasks in the chart/ });
  await expect(chart.getByRole('button', { name: /^Operational readiness: milestone on 5 May 2027, critical/ })).toBeVisible();
  await expect(chart.getByRole('button', { name: `${ENTRY_DECISION}: 1 Mar 2027 to 5 Mar 2027, critical, 0 % done` })).toBeVisible();
  await expect(page.locator('.gantt-lane-name')).toHaveText(['Regulatory & legal', 'Infrastructure & technology', 'Team & operations']);
  // Hand-worked: the plan runs to 4 May, so readiness is 5 May; the target is 1 Mar + 90 days = 30 May (a Sunday):
  // 5 May to 30 May is 15 business days in Germany (Ascension 6 May and Whit Monday 17 May are holidays).
  await expect(forecast(page)).toHaveText('Forecast readiness 5 May 2027: 15 business days before the target (30 May 2027)');
  await expect(page.locator('.forecast-health')).toHaveText('On track');
  // Non-working days are shaded; hovering one names it.
  await expect(page.locator('.gantt-body-svg title', { hasText: 'Good Friday (public holiday), Fri 26 Mar 2027' })).toHaveCount(1);
  await dismissNotice(page);
  // Weeks first (a 90-day plan fits on one screen), days for the detail.
  await expect(page.getByRole('radio', { name: 'Weeks' })).toBeChecked();
  await page.screenshot({ path: `${SCREENS}/timeline-weeks-page.png`, fullPage: true });
  await page.locator('.gantt-panel').screenshot({ path: `${SCREENS}/timeline-weeks.png` });
  await page.getByRole('radio', { name: 'Days' }).check();
  await expect(page.getByRole('radio', { name: 'Days' })).toBeChecked();
  await expect(page.locator('.gantt-day').first()).toBeVisible();
  await page.locator('.gantt-panel').screenshot({ path: `${SCREENS}/timeline-days.png` });

  // Hiring is on the critical path: 30 → 40 business days moves its finish from 30 Apr to 18 May
  // (skipping Ascension and Whit Monday), then the FF rota, the 2-day go / no-go, and readiness on 21 May.
  await durationOf(page, HIRING).fill('40');
  await durationOf(page, HIRING).press('Enter');
  await expect(forecast(page)).toHaveText('Forecast readiness 21 May 2027: 5 business days before the target (30 May 2027)');
  await expect(page.locator('.forecast-health')).toHaveText('On track');
  await expect(durationOf(page, HIRING)).toHaveValue('40');

  // Save a baseline, then lengthen the task again: slippage shows against it.
  await page.getByRole('button', { name: 'Save baseline…' }).click();
  const save = page.getByRole('dialog', { name: 'Save baseline' });
  await save.getByLabel('Baseline name').fill('Approved');
  await save.getByRole('button', { name: 'Save baseline' }).click();
  await expect(save).toBeHidden();
  await expect(page.getByLabel('Compare with baseline')).toHaveValue(/.+/);
  await expect(page.getByText('The same date as baseline Approved')).toBeVisible();

  await durationOf(page, HIRING).fill('44');
  await durationOf(page, HIRING).press('Enter');
  await expect(page.getByText('4 business days later than baseline Approved')).toBeVisible();
  await expect(forecast(page)).toHaveText('Forecast readiness 27 May 2027: 1 business day before the target (30 May 2027)');
  await expect(page.locator('.forecast-health')).toHaveText('At risk');
  await expect(page.getByRole('row', { name: new RegExp(HIRING) }).getByText('+4 later')).toBeVisible();
  await expect(chart.getByRole('button', { name: new RegExp(`^${HIRING}: .*4 business days later than the baseline`) })).toBeVisible();
  await dismissNotice(page);
  await page.screenshot({ path: `${SCREENS}/timeline-baseline.png`, fullPage: true });
});

test('a what-if previews the readiness date and critical-path changes; Discard changes nothing, Apply saves it', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });
  await openTimeline(page, 'Germany launch');
  const planned = 'Forecast readiness 5 May 2027: 15 business days before the target (30 May 2027)';
  await expect(forecast(page)).toHaveText(planned);

  await page.getByRole('button', { name: 'What-if…' }).click();
  const whatIf = page.getByRole('dialog', { name: 'What-if' });
  const preview = whatIf.getByRole('region', { name: 'What-if preview' });
  // Two weeks later: 14 calendar days are 10 business days, so readiness moves from 5 May to 21 May.
  await whatIf.getByLabel('Shift start by (days)').fill('14');
  await whatIf.getByRole('button', { name: 'Preview' }).click();
  await expect(preview).toContainText('21 May 2027');
  await expect(preview).toContainText('10 business days later');
  await expect(preview).toContainText('The critical path stays the same.');

  // Localization taking 40 days instead of 20 takes over the critical path from hiring.
  await whatIf.getByLabel('Shift start by (days)').fill('0');
  await expect(preview).toBeHidden();
  await whatIf.getByRole('button', { name: 'Add a duration change' }).click();
  await whatIf.getByLabel('Task', { exact: true }).selectOption({ label: LOCALIZE });
  await whatIf.getByLabel('New duration (business days)').fill('40');
  await whatIf.getByRole('button', { name: 'Preview' }).click();
  await expect(preview).toContainText('25 May 2027');
  await expect(preview).toContainText('12 business days later');
  await expect(preview).toContainText('3 business days before the target (30 May 2027)');
  await expect(preview.getByRole('list').first()).toContainText(LOCALIZE);
  await expect(preview.getByRole('list').last()).toContainText(HIRING);
  await page.screenshot({ path: `${SCREENS}/timeline-whatif.png` });

  await whatIf.getByRole('button', { name: 'Discard' }).click();
  await expect(whatIf).toBeHidden();
  await expect(forecast(page)).toHaveText(planned);
  await expect(durationOf(page, LOCALIZE)).toHaveValue('20');
  await page.reload();
  await expect(forecast(page)).toHaveText(planned);

  // Applied, the scenario becomes the plan.
  await page.getByRole('button', { name: 'What-if…' }).click();
  await whatIf.getByLabel('Shift start by (days)').fill('14');
  await expect(whatIf.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await whatIf.getByRole('button', { name: 'Preview' }).click();
  await expect(preview).toContainText('21 May 2027');
  await whatIf.getByRole('button', { name: 'Apply' }).click();
  await expect(whatIf).toBeHidden();
  await expect(forecast(page)).toHaveText('Forecast readiness 21 May 2027: 5 business days before the target (30 May 2027)');
});

test('a refused change shows why in one sentence and the value stays as it was', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });
  await openTimeline(page, 'Germany launch');
  const text = await forecast(page).textContent();

  await durationOf(page, ENTRY_DECISION).fill('-3');
  await durationOf(page, ENTRY_DECISION).press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    `${ENTRY_DECISION}: the duration must be a whole number of business days, 0 or more (it is -3).`,
  );
  await expect(durationOf(page, ENTRY_DECISION)).toHaveValue('5');
  await expect(forecast(page)).toHaveText(text ?? '');
  await page.reload();
  await expect(durationOf(page, ENTRY_DECISION)).toHaveValue('5');
});

test('the task editor opens from the chart by keyboard and records progress and dependencies', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });
  await openTimeline(page, 'Germany launch');

  // The status date: moved to 10 Mar (7 business days into the plan) with no progress recorded, the forecast
  // slips 7 business days, from 5 May to 18 May (Ascension and Whit Monday skipped); "Today" puts it back.
  const planned = await forecast(page).textContent();
  await page.getByLabel('Status date').fill('2027-03-10');
  await page.getByLabel('Status date').press('Enter');
  await expect(forecast(page)).toHaveText(/^Forecast readiness 18 May 2027: /);
  await page.getByRole('button', { name: 'Today', exact: true }).click();
  await expect(forecast(page)).toHaveText(planned ?? '');
  await page.getByLabel('Status date').fill('2027-03-10');
  await page.getByLabel('Status date').press('Enter');
  await expect(forecast(page)).toHaveText(/^Forecast readiness 18 May 2027: /);

  // Tab into the chart's rows, move with the arrow keys, open with Enter.
  const chart = page.getByRole('group', { name: /^Tasks in the chart/ });
  const first = chart.getByRole('button', { name: new RegExp(`^${ENTRY_DECISION}:`) });
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(chart.getByRole('button').nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(chart.getByRole('button', { name: /^Operational readiness:/ })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: ENTRY_DECISION });
  await expect(editor).toBeVisible();
  await expect(editor.getByText('Scheduled 10 Mar 2027 to 16 Mar 2027')).toBeVisible();

  // Progress: 40 % done, started on the 1st, before the status date.
  await editor.getByLabel('% done').fill('40');
  await editor.getByLabel('Actual start').fill('2027-03-01');
  await editor.getByLabel('Owner').fill('Ana Ruiz');
  await page.screenshot({ path: `${SCREENS}/timeline-task-editor.png` });
  // A dependency waits for Save like every other field; one that would close a cycle is refused
  // then, with the tasks named, and nothing of the edit is saved.
  await editor.getByLabel('Predecessor').selectOption({ label: 'Go / no-go review with leadership' });
  await editor.getByRole('button', { name: 'Add dependency' }).click();
  await expect(editor.getByRole('button', { name: 'Remove the link after Go / no-go review with leadership' })).toBeVisible();
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor.getByRole('alert')).toContainText(/loop/i);
  await expect(editor.getByLabel('% done')).toHaveValue('40');
  await page.screenshot({ path: `${SCREENS}/timeline-task-editor-dependencies.png` });
  await editor.getByRole('button', { name: 'Remove the link after Go / no-go review with leadership' }).click();
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor).toBeHidden();

  // 60 % of 5 days remain: 3 business days from the status date, 10 to 12 Mar; readiness moves 2 business days earlier.
  await expect(chart.getByRole('button', { name: `${ENTRY_DECISION}: 1 Mar 2027 to 12 Mar 2027, critical, 40 % done` })).toBeVisible();
  await expect(forecast(page)).toHaveText(/^Forecast readiness 13 May 2027: /);
  await page.getByRole('radio', { name: 'Days' }).check();
  await page.locator('.gantt-panel').screenshot({ path: `${SCREENS}/timeline-progress.png` });
  await expect(page.getByLabel(`Owner of ${ENTRY_DECISION}`)).toHaveValue('Ana Ruiz');
  await expect(page.getByRole('row', { name: new RegExp(ENTRY_DECISION) }).getByText('actual')).toBeVisible();

  // A task of the team's own joins the chart after its predecessor; deleting it takes it out again.
  await page.getByRole('button', { name: 'Add task' }).click();
  const addTask = page.getByRole('dialog', { name: 'Add task' });
  await addTask.getByLabel('Title').fill('Open a local bank account');
  await addTask.getByLabel('Workstream').selectOption({ label: 'Team & operations' });
  await addTask.getByLabel('Duration (business days)').fill('6');
  await addTask.getByLabel('Starts after').selectOption({ label: 'Hiring plan and employer set-up' });
  await page.screenshot({ path: `${SCREENS}/timeline-add-task.png` });
  await addTask.getByRole('button', { name: 'Add task' }).click();
  await expect(addTask).toBeHidden();
  const bank = chart.getByRole('button', { name: /^Open a local bank account: / });
  await expect(bank).toBeVisible();
  await bank.click();
  const bankEditor = page.getByRole('dialog', { name: 'Open a local bank account' });
  await bankEditor.getByRole('button', { name: 'Delete task' }).click();
  await page.getByRole('alertdialog', { name: 'Delete Open a local bank account?' }).getByRole('button', { name: 'Delete task' }).click();
  await expect(bankEditor).toBeHidden();
  await expect(bank).toHaveCount(0);
});

test('a Saudi plan has a Friday–Saturday weekend, estimated Eid dates the user can set, and shutdown days', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Saudi launch', country: 'Saudi Arabia', start: '2027-03-01', mode: 'Subsidiary' });
  await openTimeline(page, 'Saudi launch');

  const calendar = page.getByRole('region', { name: 'Working calendar' });
  await expect(calendar.getByText('Weekend: Friday and Saturday')).toBeVisible();
  const holidays = calendar.getByRole('list', { name: /Public holidays/ });
  const eid = holidays.getByRole('listitem').filter({ hasText: '9 Mar 2027' });
  await expect(eid).toContainText('End of Ramadan (Eid al-Fitr)');
  await expect(eid).toContainText('estimated');

  // The announced date replaces the estimate: 9 Mar becomes a working day, 14 Mar (a Sunday, a working day there) a holiday.
  await eid.getByRole('button', { name: /^Set actual date of End of Ramadan/ }).click();
  await eid.getByLabel('Announced date').fill('2027-03-14');
  await eid.getByRole('button', { name: 'Save date' }).click();
  const moved = holidays.getByRole('listitem').filter({ hasText: 'moved from 9 Mar 2027' });
  await expect(moved).toContainText('14 Mar 2027');
  await expect(moved).not.toContainText('estimated');

  // A shutdown day on the critical path pushes readiness one business day later; removing it undoes that.
  const text = await forecast(page).textContent();
  await calendar.getByLabel('Add shutdown day').fill('2027-03-02');
  await calendar.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(calendar.getByRole('list', { name: 'Shutdown days' })).toContainText('2 Mar 2027');
  await expect(forecast(page)).not.toHaveText(text ?? '');
  await dismissNotice(page);
  await page.locator('.gantt-panel').screenshot({ path: `${SCREENS}/timeline-saudi.png` });
  await calendar.screenshot({ path: `${SCREENS}/timeline-calendar.png` });
  await calendar.getByRole('button', { name: 'Remove shutdown day 2 Mar 2027' }).click();
  await expect(calendar.getByRole('list', { name: 'Shutdown days' })).toHaveCount(0);
  await expect(forecast(page)).toHaveText(text ?? '');
});

test('when the checklist gains an item the plan proposes its task, and adds it only once confirmed', async ({ app }) => {
  const { page } = app;
  await createEntry(page, { name: 'Germany launch', country: 'Germany', start: '2027-03-01', mode: 'Subsidiary' });
  await openTimeline(page, 'Germany launch');
  await expect(page.getByRole('region', { name: 'Checklist changes' })).toBeHidden();

  await page.getByRole('tab', { name: /Checklist/ }).click();
  await page.getByRole('button', { name: 'Add item' }).click();
  const add = page.getByRole('dialog', { name: 'Add a checklist item' });
  await add.getByLabel('Title').fill('Sign the office lease in Berlin');
  await add.getByLabel('Category').selectOption({ label: 'Company registration' });
  await add.getByLabel('Workstream').selectOption({ label: 'Regulatory & legal' });
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(add).toBeHidden();

  await page.getByRole('tab', { name: 'Timeline' }).click();
  const notice = page.getByRole('region', { name: 'Checklist changes' });
  await expect(notice).toHaveText(/The checklist changed: 1 task to add\./);
  const chart = page.getByRole('group', { name: /^Tasks in the chart/ });
  await expect(chart.getByRole('button', { name: /^Sign the office lease in Berlin:/ })).toHaveCount(0);

  await notice.getByRole('button', { name: 'Review' }).click();
  const review = page.getByRole('alertdialog', { name: 'Update the plan from the checklist?' });
  await expect(review).toContainText('Sign the office lease in Berlin');
  await expect(review).toContainText('Regulatory & legal · 15 business days');
  await review.getByRole('button', { name: 'Not now' }).click();
  await expect(chart.getByRole('button', { name: /^Sign the office lease in Berlin:/ })).toHaveCount(0);

  await notice.getByRole('button', { name: 'Review' }).click();
  await review.getByRole('button', { name: 'Apply changes' }).click();
  await expect(review).toBeHidden();
  await expect(chart.getByRole('button', { name: /^Sign the office lease in Berlin:/ })).toBeVisible();
  await expect(notice).toBeHidden();
});

test("India's DPDP duties are due by 13 May 2027, and the Overview counts the plan's shutdown days", async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 1000 });
  await createEntry(page, { name: 'India launch', country: 'India', start: '2026-12-01', mode: 'Subsidiary', personalData: true });
  await openEntry(page, 'India launch');

  const businessDays = page.getByRole('region', { name: 'Calendar in the window' }).locator('dt:text-is("Business days") + dd');
  await expect(businessDays).toHaveText(/^\d+$/);
  const before = Number(await businessDays.textContent());
  await page.screenshot({ path: `${SCREENS}/overview-india-1440.png`, fullPage: true });

  await page.getByRole('tab', { name: /Checklist/ }).click();
  const dpdp = page.getByRole('row').filter({ hasText: 'DPDP' });
  await expect(dpdp.first()).toBeVisible();
  const count = await dpdp.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const due = await dpdp.nth(i).locator('time').first().getAttribute('datetime');
    expect(due, await dpdp.nth(i).textContent() ?? '').not.toBeNull();
    expect(due! <= '2027-05-13', `${await dpdp.nth(i).textContent()} is due ${due}`).toBe(true);
  }
  // An item with a plan task says so, and the link opens the task.
  await expect(dpdp.getByRole('button', { name: /^Due with its task/ }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/checklist-india-1440.png` });
  await dpdp.filter({ has: page.getByRole('button', { name: /^Due with its task/ }) }).first().getByRole('button').filter({ hasText: /^DPDP/ }).click();
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('button', { name: /^Due with its task/ })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/item-due-with-task-1440.png` });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.screenshot({ path: `${SCREENS}/checklist-india-1024.png` });
  await dpdp.getByRole('button', { name: /^Due with its task/ }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/task-from-item-1024.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: /^Forecast readiness/ })).toBeVisible();
  await dismissNotice(page);

  const calendar = page.getByRole('region', { name: 'Working calendar' });
  await calendar.getByLabel('Add shutdown day').fill('2026-12-02');
  await calendar.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(calendar.getByRole('list', { name: 'Shutdown days' })).toContainText('2 Dec 2026');

  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(businessDays).toHaveText(String(before - 1));
  await expect(page.getByRole('region', { name: 'Calendar in the window' }).locator('dt:text-is("Shutdown days") + dd')).toHaveText('1');
  await page.screenshot({ path: `${SCREENS}/overview-india-1024.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('heading', { name: /^Forecast readiness/ })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/timeline-india-1440.png` });
});
