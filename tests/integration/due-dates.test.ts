import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { EntryCalendar } from '../../shared/contract';
import type { ChecklistItem, ChecklistView } from '../../shared/checklist-schema';
import type { Entry } from '../../shared/entry-schema';
import type { PlanView } from '../../shared/plan-schema';
import { sampleProfile } from '../fixtures/profile';
import { backendsForTests, ok, validEntry } from './helpers';

const backends = backendsForTests();

async function setup(overrides: Parameters<typeof validEntry>[0] = {}) {
  const b = await backends.start();
  const entry = await ok<Entry>(b.router.call('entries.create', validEntry(overrides)));
  const checklist = () => ok<ChecklistView>(b.router.call('checklist.get', { entryId: entry.id }));
  const plan = () => ok<PlanView>(b.router.call('plan.get', { entryId: entry.id }));
  const calendar = () => ok<EntryCalendar>(b.router.call('entries.calendar', { id: entry.id }));
  const storedDue = (itemId: string) => {
    const db = new Database(b.dbFile, { readonly: true });
    try {
      return (db.prepare('SELECT due_date FROM checklist_items WHERE id = ?').get(itemId) as { due_date: string | null }).due_date;
    } finally {
      db.close();
    }
  };
  return { b, entry, checklist, plan, calendar, storedDue, call: (m: string, input: Record<string, unknown>) => b.router.call(m, input) };
}

const india = { name: 'India launch', targetCountry: 'IN', startDate: '2026-12-01', profile: sampleProfile() };
const taskOf = (p: PlanView, item: ChecklistItem) => p.tasks.find((t) => t.linkedItemIds.includes(item.id));

describe('due dates that mean "ready by"', () => {
  it("India's DPDP duties (applying 13 May 2027) are due on or before that day, and so are their plan tasks", async () => {
    const { checklist, plan, storedDue } = await setup(india);
    const items = (await checklist()).items.filter((i) => i.requirementId?.startsWith('in.dpdp.'));
    expect(items.length).toBeGreaterThanOrEqual(3);
    const p = await plan();
    let withTask = 0;
    for (const item of items) {
      expect(item.appliesFrom).toBe('2027-05-13');
      expect(item.dueDate! <= '2027-05-13', `${item.title} due ${item.dueDate}`).toBe(true);
      expect(storedDue(item.id)).toBe(item.dueDate);
      const task = taskOf(p, item);
      if (task) {
        withTask++;
        expect(task.schedule.earlyFinish <= '2027-05-13').toBe(true);
        expect(item.dueDate).toBe(task.schedule.earlyFinish);
        expect(item.dueWith).toEqual({ taskId: task.id, taskTitle: task.title });
      } else {
        expect(item.dueWith).toBeNull();
      }
    }
    expect(withTask).toBeGreaterThan(0);
    // Without a task, the core duties are due 60 business days before they apply (not 5 Aug 2027 as before).
    const core = items.find((i) => i.requirementId === 'in.dpdp.core-obligations')!;
    expect(core.dueWith).toBeNull();
    expect(core.dueDate! < '2027-05-13').toBe(true);
    expect(core.dueDate! > '2026-12-01').toBe(true);
  });

  it('the EU AI Act Annex I item (applies 2 Aug 2028) is due by then, shown as a later duty and left out of readiness', async () => {
    const { b, checklist } = await setup({ profile: sampleProfile({ aiInProduct: true }) });
    const view = await checklist();
    const annexI = view.items.find((i) => i.requirementId === 'eu.ai-act.high-risk-annex-i')!;
    expect(annexI.appliesFrom).toBe('2028-08-02');
    expect(annexI.dueDate! <= '2028-08-02').toBe(true);
    expect(annexI.laterDuty).toBe(true);
    const later = view.items.filter((i) => i.laterDuty && i.status !== 'not_applicable').length;
    const applicable = view.items.filter((i) => i.status !== 'not_applicable').length;
    expect(view.readiness.applicable).toBe(applicable - later);
    const summary = await ok<{ entryId: string; applicable: number }[]>(b.router.call('portfolio.summary', { today: '2027-03-01' }));
    expect(summary.find((s) => s.entryId === view.entryId)!.applicable).toBe(view.readiness.applicable);
  });

  it('an item with a plan task is due when the task finishes; moving the task moves the due date', async () => {
    const { checklist, plan, call, storedDue } = await setup();
    const item = (await checklist()).items.find((i) => i.category === 'company_registration')!;
    const task = taskOf(await plan(), item)!;
    expect(item.dueDate).toBe(task.schedule.earlyFinish);
    expect(item.dueWith?.taskTitle).toBe(task.title);

    const moved = await ok<PlanView>(call('plan.updateTask', { taskId: task.id, version: task.version, patch: { durationDays: task.durationDays + 5 } }));
    const newFinish = moved.tasks.find((t) => t.id === task.id)!.schedule.earlyFinish;
    expect(newFinish > task.schedule.earlyFinish).toBe(true);
    const after = (await checklist()).items.find((i) => i.id === item.id)!;
    expect(after.dueDate).toBe(newFinish);
    expect(storedDue(item.id)).toBe(newFinish);

    // Moving its due date by hand is refused, pointing to the task; nothing changes.
    const r = await call('checklist.updateItem', { itemId: item.id, version: after.version, patch: { dueDate: '2027-04-01' } });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.field).toBe('dueDate');
      expect(r.error.message).toContain(`due with its plan task "${task.title}"`);
    }
    const bulk = await call('checklist.bulkUpdate', { items: [{ itemId: item.id, version: after.version }], patch: { dueDate: '2027-04-01' } });
    expect(bulk.ok).toBe(false);
    expect(storedDue(item.id)).toBe(newFinish);

    // Deleting the task gives the item its own date back.
    await ok(call('plan.deleteTask', { taskId: task.id }));
    const own = (await checklist()).items.find((i) => i.id === item.id)!;
    expect(own.dueWith).toBeNull();
    expect(own.dueDate).not.toBe(newFinish);
  });

  it('a due date set by hand on a weekend or holiday is kept, with the day named', async () => {
    const { checklist, call } = await setup();
    const item = (await checklist()).items.find((i) => i.category === 'data_protection' && !i.dueWith)!;
    const sat = await ok<ChecklistItem>(call('checklist.updateItem', { itemId: item.id, version: item.version, patch: { dueDate: '2027-04-03' } }));
    expect(sat.dueDate).toBe('2027-04-03');
    expect(sat.dueDayOff).toEqual({ kind: 'weekend', weekday: 6 });
    const goodFriday = await ok<ChecklistItem>(call('checklist.updateItem', { itemId: item.id, version: sat.version, patch: { dueDate: '2027-03-26' } }));
    expect(goodFriday.dueDayOff).toEqual({ kind: 'holiday', name: 'Good Friday' });
  });
});

describe("the Overview's calendar is the plan's", () => {
  it('counts the shutdown days and moved holidays of the plan', async () => {
    const { entry, calendar, call, plan } = await setup();
    const before = await calendar();
    expect(before.shutdowns).toEqual([]);
    const shutdown = await ok<PlanView>(call('plan.setShutdowns', { entryId: entry.id, version: (await plan()).version, dates: ['2027-03-03'] }));
    const after = await calendar();
    expect(after.businessDays).toBe(before.businessDays - 1);
    expect(after.shutdowns).toEqual(['2027-03-03']);
    // Good Friday marked as not a day off this time: one business day more, and gone from the list.
    expect(after.holidays!.some((h) => h.date === '2027-03-26')).toBe(true);
    await ok(call('plan.overrideHoliday', { entryId: entry.id, version: shutdown.version, date: '2027-03-26', newDate: null }));
    const moved = await calendar();
    expect(moved.businessDays).toBe(after.businessDays + 1);
    expect(moved.holidays!.some((h) => h.date === '2027-03-26')).toBe(false);
  });

  it('says when the target is not a working day, and the forecast compares like with like', async () => {
    // 1 Mar 2027 + 90 days = Sunday 30 May 2027.
    const { calendar, plan } = await setup();
    expect((await calendar()).targetDayOff).toEqual({ dayOff: { kind: 'weekend', weekday: 0 }, lastWorkingDay: '2027-05-28' });
    expect((await plan()).targetDayOff?.lastWorkingDay).toBe('2027-05-28');
  });

  it('a task with an actual finish is 100 % done', async () => {
    const { entry, plan, call } = await setup();
    await ok(call('plan.setStatusDate', { entryId: entry.id, version: (await plan()).version, statusDate: '2027-03-10' }));
    const first = (await plan()).tasks.find((t) => !t.isReadiness)!;
    const p = await ok<PlanView>(call('plan.updateTask', { taskId: first.id, version: first.version, patch: { actualStart: '2027-03-01', actualFinish: '2027-03-05', percentComplete: 40 } }));
    expect(p.tasks.find((t) => t.id === first.id)!.percentComplete).toBe(100);
  });
});
