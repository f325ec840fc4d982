/** The timeline store against a fake api: the plan shown, baselines, proposals and refused changes. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanView } from '../../../shared/plan-schema';
import { ApiClientError } from '../../../renderer/src/api/client';
import { useTimeline } from '../../../renderer/src/stores/timeline-store';
import { answer, callsOf, refuse, resetFakeApi } from './fake-api';
import { planView, TASKS } from './plan-fixture';

vi.mock('../../../renderer/src/api/client', async (importOriginal) => (await import('./fake-api')).fakeClientModule(importOriginal));

const ENTRY = 'entry-de';
const approved = { id: 'bl-approved', name: 'Approved', createdAt: '2027-02-15T10:00:00.000Z', finish: '2027-04-02' };
const later = { id: 'bl-later', name: 'Later', createdAt: '2027-02-20T10:00:00.000Z', finish: '2027-04-09' };

beforeEach(() => {
  resetFakeApi();
  useTimeline.setState(useTimeline.getInitialState(), true);
  answer('plan.syncProposal', () => ({ add: [], retire: [] }));
  answer('plan.calendarDrift', () => ({ added: [], removed: [] }));
});

describe('timeline store', () => {
  it("loads an entry's plan with its proposals, starting in weeks", async () => {
    answer('plan.get', () => planView());
    answer('plan.syncProposal', () => ({ add: [{ itemId: 'i1', itemTitle: 'DPO', taskTitle: 'Appoint DPO', workstream: 'regulatory_legal', durationDays: 5 }], retire: [] }));
    await useTimeline.getState().load(ENTRY);
    expect(useTimeline.getState()).toMatchObject({ entryId: ENTRY, view: planView(), zoom: 'week', loading: false, error: null, drift: { added: [], removed: [] } });
    expect(useTimeline.getState().sync?.add).toHaveLength(1);
    expect(callsOf('plan.get')).toEqual([{ entryId: ENTRY, baselineId: null }]);
  });

  it('still shows the plan when a proposal cannot be computed', async () => {
    answer('plan.get', () => planView());
    refuse('plan.calendarDrift', new ApiClientError({ code: 'internal', message: 'No holiday data.' }));
    await useTimeline.getState().load(ENTRY);
    expect(useTimeline.getState()).toMatchObject({ view: planView(), drift: null, sync: { add: [], retire: [] } });
  });

  it('says why when the plan cannot be loaded', async () => {
    refuse('plan.get', new ApiClientError({ code: 'not_found', message: 'That market entry no longer exists.' }));
    await useTimeline.getState().load(ENTRY);
    expect(useTimeline.getState()).toMatchObject({ view: null, loading: false, error: 'That market entry no longer exists.' });
  });

  it('compares with a chosen baseline, hides the comparison on "none", and falls back to the latest when the chosen one is gone', async () => {
    let available = [approved, later];
    answer('plan.get', ({ baselineId }) => {
      const chosen = available.find((b) => b.id === baselineId) ?? available[available.length - 1] ?? null;
      return planView({ baselines: available, baselineId: chosen?.id ?? null });
    });
    await useTimeline.getState().load(ENTRY);
    await useTimeline.getState().chooseBaseline('bl-approved');
    expect(useTimeline.getState()).toMatchObject({ compareWith: 'bl-approved', hideBaseline: false, view: { baselineId: 'bl-approved' } });
    await useTimeline.getState().chooseBaseline('none');
    expect(useTimeline.getState()).toMatchObject({ hideBaseline: true, compareWith: 'bl-approved' });
    available = [later];
    await useTimeline.getState().chooseBaseline('bl-approved');
    expect(useTimeline.getState()).toMatchObject({ compareWith: null, view: { baselineId: 'bl-later' } });
    expect(callsOf('plan.get').slice(-2)).toEqual([
      { entryId: ENTRY, baselineId: 'bl-approved' },
      { entryId: ENTRY, baselineId: null },
    ]);
  });

  it('shows the rescheduled plan a change answers with', async () => {
    answer('plan.get', () => planView());
    await useTimeline.getState().load(ENTRY);
    const rescheduled: PlanView = planView({ forecastFinish: '2027-04-12', businessDaysPastTarget: -34 });
    answer('plan.updateTask', () => rescheduled);
    await expect(useTimeline.getState().updateTaskInline(TASKS.register.id, { durationDays: 15 })).resolves.toBe(true);
    expect(useTimeline.getState()).toMatchObject({ view: rescheduled, actionError: null });
    expect(callsOf('plan.updateTask')).toEqual([{ taskId: TASKS.register.id, version: TASKS.register.version, patch: { durationDays: 15 } }]);
  });

  it('keeps the plan on screen and says why when an inline edit is refused', async () => {
    answer('plan.get', () => planView());
    await useTimeline.getState().load(ENTRY);
    refuse('plan.updateTask', new ApiClientError({ code: 'invalid_input', message: 'This change would make a loop: Register company → Register company.' }));
    await expect(useTimeline.getState().updateTaskInline(TASKS.register.id, { durationDays: 15 })).resolves.toBe(false);
    expect(useTimeline.getState()).toMatchObject({ view: planView(), actionError: 'This change would make a loop: Register company → Register company.', actionStale: false });
  });

  it('marks an inline edit another window overtook as stale, so the tab offers Reload', async () => {
    answer('plan.get', () => planView());
    await useTimeline.getState().load(ENTRY);
    const sentence = 'Someone changed this task at 10:42 since you opened it; your changes are kept in the form — reload to see theirs.';
    refuse('plan.updateTask', new ApiClientError({ code: 'conflict', message: sentence, field: 'version' }));
    await expect(useTimeline.getState().updateTaskInline(TASKS.register.id, { owner: 'Ana' })).resolves.toBe(false);
    // Refused in place, the cell shows the stored value again: no form keeps what was typed.
    expect(useTimeline.getState()).toMatchObject({ view: planView(), actionError: 'Someone changed this task at 10:42 since you opened it; reload to see theirs.', actionStale: true });
    useTimeline.getState().setActionError(null);
    expect(useTimeline.getState()).toMatchObject({ actionError: null, actionStale: false });
  });

  it('refuses plan changes before an entry is open', async () => {
    await expect(useTimeline.getState().mutate('plan.setStatusDate', { entryId: ENTRY, version: 1, statusDate: null })).rejects.toMatchObject({ message: 'Open a market entry first.' });
    await expect(async () => useTimeline.getState().previewWhatIf({ startShiftDays: 5, durations: [] })).rejects.toMatchObject({ message: 'Open a market entry first.' });
    expect(callsOf('plan.setStatusDate')).toEqual([]);
  });

  it('compares with a baseline just saved', async () => {
    answer('plan.get', ({ baselineId }) => planView({ baselines: [approved, later], baselineId: baselineId ?? later.id }));
    await useTimeline.getState().load(ENTRY);
    await useTimeline.getState().chooseBaseline('bl-approved');
    const withNew = planView({ baselines: [approved, later, { ...later, id: 'bl-new', name: 'Signed' }], baselineId: 'bl-new' });
    answer('plan.saveBaseline', () => withNew);
    await useTimeline.getState().saveBaseline('Signed');
    expect(useTimeline.getState()).toMatchObject({ compareWith: null, view: withNew });
    expect(callsOf('plan.saveBaseline')).toEqual([{ entryId: ENTRY, name: 'Signed' }]);
  });

  it('applies the checklist sync and asks again what is proposed', async () => {
    answer('plan.get', () => planView());
    await useTimeline.getState().load(ENTRY);
    answer('plan.applySync', () => planView({ tasks: [TASKS.register, TASKS.readiness] }));
    await useTimeline.getState().applySync();
    expect(useTimeline.getState().view?.tasks).toHaveLength(2);
    expect(callsOf('plan.syncProposal')).toHaveLength(2);
    expect(callsOf('plan.calendarDrift')).toHaveLength(2);
  });
});
