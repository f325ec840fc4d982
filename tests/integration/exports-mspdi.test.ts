import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/entry-schema';
import type { ExportFile } from '../../shared/export-schema';
import type { MspdiImportPreview } from '../../shared/mspdi-schema';
import type { PlanView } from '../../shared/plan-schema';
import { parseXml, type XmlElement } from '../../electron/backend/export/xml-read';
import { backendsForTests, countAudit, ok, validEntry } from './helpers';

const backends = backendsForTests();
const GOLDEN = path.join(import.meta.dirname, '../fixtures/mspdi/germany-launch.xml');

/**
 * Element order of mspdi_pj12.xsd (Project 2007 XML Data Interchange Schema), copied by hand
 * from the schema's sequences for the elements Landfall writes. Each list is the full
 * sequence order (optional elements included), so "written in schema order" means: the
 * children appear as a subsequence of it.
 */
const SCHEMA_ORDER: Record<string, string[]> = {
  Project: ['SaveVersion', 'UID', 'Name', 'Title', 'Subject', 'Category', 'Company', 'Manager', 'Author', 'CreationDate', 'Revision', 'LastSaved', 'ScheduleFromStart', 'StartDate', 'FinishDate', 'FYStartDate', 'CriticalSlackLimit', 'CurrencyDigits', 'CurrencySymbol', 'CurrencyCode', 'CurrencySymbolPosition', 'CalendarUID', 'DefaultStartTime', 'DefaultFinishTime', 'MinutesPerDay', 'MinutesPerWeek', 'DaysPerMonth', 'DefaultTaskType', 'DefaultFixedCostAccrual', 'DefaultStandardRate', 'DefaultOvertimeRate', 'DurationFormat', 'WorkFormat', 'EditableActualCosts', 'HonorConstraints', 'EarnedValueMethod', 'InsertedProjectsLikeSummary', 'MultipleCriticalPaths', 'NewTasksEffortDriven', 'NewTasksEstimated', 'SplitsInProgressTasks', 'SpreadActualCost', 'SpreadPercentComplete', 'TaskUpdatesResource', 'FiscalYearStart', 'WeekStartDay', 'MoveCompletedEndsBack', 'MoveRemainingStartsBack', 'MoveRemainingStartsForward', 'MoveCompletedEndsForward', 'BaselineForEarnedValue', 'AutoAddNewResourcesAndTasks', 'StatusDate', 'CurrentDate', 'MicrosoftProjectServerURL', 'Autolink', 'NewTaskStartDate', 'DefaultTaskEVMethod', 'ProjectExternallyEdited', 'ExtendedCreationDate', 'ActualsInSync', 'RemoveFileProperties', 'AdminProject', 'OutlineCodes', 'WBSMasks', 'ExtendedAttributes', 'Calendars', 'Tasks', 'Resources', 'Assignments'],
  Calendar: ['UID', 'Name', 'IsBaseCalendar', 'IsBaselineCalendar', 'BaseCalendarUID', 'WeekDays', 'Exceptions', 'WorkWeeks'],
  WeekDay: ['DayType', 'DayWorking', 'TimePeriod', 'WorkingTimes'],
  TimePeriod: ['FromDate', 'ToDate'],
  WorkingTime: ['FromTime', 'ToTime'],
  Exception: ['EnteredByOccurrences', 'TimePeriod', 'Occurrences', 'Name', 'Type', 'Period', 'DaysOfWeek', 'MonthItem', 'MonthPosition', 'Month', 'MonthDay', 'DayWorking', 'WorkingTimes'],
  Task: ['UID', 'ID', 'Name', 'Type', 'IsNull', 'CreateDate', 'Contact', 'WBS', 'WBSLevel', 'OutlineNumber', 'OutlineLevel', 'Priority', 'Start', 'Finish', 'Duration', 'DurationFormat', 'Work', 'Stop', 'Resume', 'ResumeValid', 'EffortDriven', 'Recurring', 'OverAllocated', 'Estimated', 'Milestone', 'Summary', 'Critical', 'IsSubproject', 'IsSubprojectReadOnly', 'SubprojectName', 'ExternalTask', 'ExternalTaskProject', 'EarlyStart', 'EarlyFinish', 'LateStart', 'LateFinish', 'StartVariance', 'FinishVariance', 'WorkVariance', 'FreeSlack', 'TotalSlack', 'FixedCost', 'FixedCostAccrual', 'PercentComplete', 'PercentWorkComplete', 'Cost', 'OvertimeCost', 'OvertimeWork', 'ActualStart', 'ActualFinish', 'ActualDuration', 'ActualCost', 'ActualOvertimeCost', 'ActualWork', 'ActualOvertimeWork', 'RegularWork', 'RemainingDuration', 'RemainingCost', 'RemainingWork', 'RemainingOvertimeCost', 'RemainingOvertimeWork', 'ACWP', 'CV', 'ConstraintType', 'CalendarUID', 'ConstraintDate', 'Deadline', 'LevelAssignments', 'LevelingCanSplit', 'LevelingDelay', 'LevelingDelayFormat', 'PreLeveledStart', 'PreLeveledFinish', 'Hyperlink', 'HyperlinkAddress', 'HyperlinkSubAddress', 'IgnoreResourceCalendar', 'Notes', 'HideBar', 'Rollup', 'BCWS', 'BCWP', 'PhysicalPercentComplete', 'EarnedValueMethod', 'PredecessorLink', 'ActualWorkProtected', 'ActualOvertimeWorkProtected', 'ExtendedAttribute', 'Baseline', 'OutlineCode', 'IsPublished', 'StatusManager', 'CommitmentStart', 'CommitmentFinish', 'CommitmentType', 'TimephasedData'],
  PredecessorLink: ['PredecessorUID', 'Type', 'CrossProject', 'CrossProjectName', 'LinkLag', 'LagFormat'],
  Baseline: ['TimephasedData', 'Number', 'Interim', 'Start', 'Finish', 'Duration', 'DurationFormat', 'EstimatedDuration', 'Work', 'Cost', 'BCWS', 'BCWP'],
};
/** Elements that may repeat: their siblings of the same name sit together. */
const REPEATED = new Set(['PredecessorLink', 'Baseline', 'ExtendedAttribute', 'OutlineCode', 'TimephasedData']);

function checkOrder(el: XmlElement, problems: string[]): void {
  const order = SCHEMA_ORDER[el.local];
  if (order) {
    let at = -1;
    let prev = '';
    for (const c of el.children) {
      const i = order.indexOf(c.local);
      if (i < 0) problems.push(`line ${c.line}: <${c.local}> is not a child of <${el.local}> in the schema`);
      else if (i < at || (i === at && !(REPEATED.has(c.local) && prev === c.local))) problems.push(`line ${c.line}: <${c.local}> is out of schema order in <${el.local}>`);
      at = Math.max(at, i);
      prev = c.local;
    }
  }
  for (const c of el.children) checkOrder(c, problems);
}

async function start() {
  const b = await backends.start();
  const create = (name: string, country = 'DE') => ok<Entry>(b.router.call('entries.create', validEntry({ name, targetCountry: country, startDate: '2027-03-01' })));
  const exportXml = async (entryId: string) => {
    const f = await ok<ExportFile>(b.router.call('export.timeline', { entryId, format: 'mspdi' }));
    return { ...f, text: Buffer.from(f.contentBase64, 'base64').toString('utf8') };
  };
  const planOf = (entryId: string) => ok<PlanView>(b.router.call('plan.get', { entryId }));
  return { b, create, exportXml, planOf };
}

/** The schedule as a user reads it, by task title: what a round trip must keep. */
function scheduleOf(p: PlanView) {
  const title = new Map(p.tasks.map((t) => [t.id, t.title]));
  return {
    projectStart: p.projectStart,
    forecastFinish: p.forecastFinish,
    shutdowns: p.calendar.shutdowns,
    tasks: p.tasks
      .map((t) => ({
        title: t.title,
        workstream: t.workstream,
        durationDays: t.durationDays,
        percentComplete: t.percentComplete,
        actualStart: t.actualStart,
        actualFinish: t.actualFinish,
        startNoEarlierThan: t.startNoEarlierThan,
        isReadiness: t.isReadiness,
        start: t.schedule.earlyStart,
        finish: t.schedule.earlyFinish,
        critical: t.schedule.critical,
      }))
      .sort((a, b) => a.title.localeCompare(b.title)),
    links: p.dependencies.map((d) => `${title.get(d.predecessorId)} -> ${title.get(d.successorId)} ${d.type} ${d.lagDays}`).sort(),
  };
}

describe('MS Project XML (MSPDI)', () => {
  it('writes the golden file for a default German plan, in schema order', async () => {
    const { create, exportXml } = await start();
    const entry = await create('Germany launch');
    const f = await exportXml(entry.id);
    expect(f.fileName).toMatch(/^landfall-germany-launch-timeline-2027-02-15\.xml$/);
    expect(f.mimeType).toBe('application/vnd.ms-project+xml');
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, f.text);
    expect(f.text).toBe(fs.readFileSync(GOLDEN, 'utf8'));
    const problems: string[] = [];
    const root = parseXml(f.text);
    expect(root.attributes['xmlns']).toBe('http://schemas.microsoft.com/project');
    checkOrder(root, problems);
    expect(problems).toEqual([]);
    const calName = /<Calendar>\s*<UID>1<\/UID>\s*<Name>([^<]*)<\/Name>/.exec(f.text)![1]!;
    expect([...calName].length).toBeLessThanOrEqual(51);
    // Germany's public holidays in the window are exceptions of the project calendar.
    expect(f.text).toMatch(/<Name>Good Friday<\/Name>/);
    expect(f.text).toMatch(/<DayType>0<\/DayType>\s*<DayWorking>0<\/DayWorking>\s*<TimePeriod>\s*<FromDate>2027-03-26T00:00:00<\/FromDate>/);
  });

  it('keeps a long market name within 51 characters as the calendar name', async () => {
    const { create, exportXml } = await start();
    const entry = await create('Bosnia launch', 'BA');
    const f = await exportXml(entry.id);
    const calName = /<Calendar>\s*<UID>1<\/UID>\s*<Name>([^<]*)<\/Name>/.exec(f.text)![1]!;
    expect(calName.startsWith('Landfall Bosnia')).toBe(true);
    expect([...calName].length).toBeLessThanOrEqual(51);
  });

  it('round-trips: export, then import into another entry, gives the same schedule', async () => {
    const { b, create, exportXml, planOf } = await start();
    const source = await create('Germany launch');
    let p = await planOf(source.id);
    const [a, c, d] = p.tasks.filter((t) => t.durationDays > 0);
    await ok(b.router.call('plan.updateTask', { taskId: a!.id, version: a!.version, patch: { percentComplete: 40, durationDays: 13 } }));
    await ok(b.router.call('plan.updateTask', { taskId: c!.id, version: c!.version, patch: { startNoEarlierThan: '2027-03-22' } }));
    await ok(b.router.call('plan.addDependency', { entryId: source.id, predecessorId: a!.id, successorId: d!.id, type: 'SS', lagDays: 2, version: d!.version }));
    await ok(b.router.call('plan.setShutdowns', { entryId: source.id, version: p.version, dates: ['2027-04-09'] }));
    const done = p.tasks.find((t) => t.durationDays > 0 && t.id !== a!.id && t.id !== c!.id && t.id !== d!.id)!;
    await ok(b.router.call('plan.setStatusDate', { entryId: source.id, version: p.version + 1, statusDate: '2027-03-20' }));
    p = await ok<PlanView>(b.router.call('plan.updateTask', { taskId: done.id, version: done.version, patch: { actualStart: p.tasks.find((t) => t.id === done.id)!.schedule.earlyStart } }));
    await ok(b.router.call('plan.saveBaseline', { entryId: source.id, name: 'Approved' }));
    const xml = await exportXml(source.id);
    expect(xml.text).toMatch(/<Baseline>\s*<Number>0<\/Number>/);
    expect(xml.text).toMatch(/<Type>3<\/Type>\s*<CrossProject>0<\/CrossProject>\s*<LinkLag>9600<\/LinkLag>\s*<LagFormat>7<\/LagFormat>/);

    const target = await create('Germany launch (imported)');
    await ok(b.router.call('plan.setStatusDate', { entryId: target.id, version: (await planOf(target.id)).version, statusDate: '2027-03-20' }));
    const input = { entryId: target.id, fileName: xml.fileName, content: xml.text };
    const preview = await ok<MspdiImportPreview>(b.router.call('plan.previewMspdiImport', input));
    expect(preview.errors).toEqual([]);
    expect(preview.tasks.filter((t) => t.readiness).map((t) => t.name)).toEqual(['Operational readiness']);
    expect(preview.shutdownDays).toEqual(['2027-04-09']);
    const auditBefore = countAudit(b.dbFile, 'plan');
    const imported = await ok<PlanView>(b.router.call('plan.importMspdi', input));
    expect(countAudit(b.dbFile, 'plan')).toBe(auditBefore + 1);
    const want = scheduleOf(await planOf(source.id));
    expect(scheduleOf(imported)).toEqual(want);
    expect(preview.forecastFinish).toBe(want.forecastFinish);
    // And again: the imported plan exports to the same tasks and links.
    const again = await exportXml(target.id);
    const strip = (s: string) => s.replace(/<(Name|Title|CreationDate|CurrentDate)>[^<]*<\/\1>/g, '').replace(/<Baseline>[\s\S]*?<\/Baseline>\s*/g, '');
    expect(strip(again.text).replace(/\s+/g, '')).toBe(strip(xml.text).replace(/\s+/g, ''));
  });

  it('previews without writing and names the line and task of every problem', async () => {
    const { b, create, planOf } = await start();
    const entry = await create('Germany launch');
    const before = await planOf(entry.id);
    const content = `<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <MinutesPerDay>480</MinutesPerDay>
  <Tasks>
    <Task><UID>1</UID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Duration>PT40H0M0S</Duration></Task>
    <Task><UID>2</UID><Name>Test</Name><OutlineLevel>1</OutlineLevel><Duration>PT4X</Duration>
      <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>2</Type><LinkLag>0</LinkLag></PredecessorLink>
      <PredecessorLink><PredecessorUID>9</PredecessorUID><Type>1</Type></PredecessorLink>
    </Task>
    <Task><UID>3</UID><Name></Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><PercentComplete>140</PercentComplete></Task>
  </Tasks>
</Project>`;
    const preview = await ok<MspdiImportPreview>(b.router.call('plan.previewMspdiImport', { entryId: entry.id, fileName: 'broken.xml', content }));
    const issues = preview.errors.map((e) => `${e.line}|${e.where}|${e.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^6\|Task UID 2 "Test", Duration\|"PT4X" is not a duration\.$/),
        expect.stringMatching(/^7\|Task UID 2 "Test", PredecessorLink to UID 1, Type\|Start-to-finish links are not supported/),
        expect.stringMatching(/^8\|Task UID 2 "Test", PredecessorLink to UID 9\|No task in the file has that UID\.$/),
        expect.stringMatching(/^10\|Task UID 3\|The task has no name\.$/),
      ]),
    );
    const refused = await b.router.call('plan.importMspdi', { entryId: entry.id, fileName: 'broken.xml', content });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'content', message: expect.stringMatching(/^broken\.xml, line \d+ \(/) } });
    expect(scheduleOf(await planOf(entry.id))).toEqual(scheduleOf(before));

    const malformed = await ok<MspdiImportPreview>(b.router.call('plan.previewMspdiImport', { entryId: entry.id, fileName: 'cut.xml', content: '<Project>\n  <Tasks>\n    <Task><UID>1</UID>\n  </Tasks>\n</Project>' }));
    expect(malformed.errors).toEqual([{ line: 4, where: 'file', message: expect.stringMatching(/^This is not well-formed XML: <\/Tasks> closes <Task> \(opened on line 3\)/) }]);
    const notProject = await ok<MspdiImportPreview>(b.router.call('plan.previewMspdiImport', { entryId: entry.id, fileName: 'x.xml', content: '<Workbook/>' }));
    expect(notProject.errors[0]!.message).toMatch(/root element is <Workbook>/);
    const doctype = await ok<MspdiImportPreview>(b.router.call('plan.previewMspdiImport', { entryId: entry.id, fileName: 'x.xml', content: '<!DOCTYPE p [<!ENTITY a "b">]><Project/>' }));
    expect(doctype.errors[0]!.message).toMatch(/DOCTYPE/);
  });

  it('imports a file from another tool: summary tasks become workstreams, a loop is refused naming its tasks', async () => {
    const { b, create } = await start();
    const entry = await create('Germany launch');
    const task = (uid: number, name: string, level: number, extra = '') => `<Task><UID>${uid}</UID><ID>${uid}</ID><Name>${name}</Name><OutlineLevel>${level}</OutlineLevel>${extra}</Task>`;
    const file = (loop: boolean) => `<Project xmlns="http://schemas.microsoft.com/project"><StartDate>2027-03-08T09:00:00</StartDate><Tasks>
      ${task(0, 'Whole project', 0, '<Summary>1</Summary>')}
      ${task(1, 'Legal &amp; compliance', 1, '<Summary>1</Summary>')}
      ${task(2, 'Register company', 2, '<Duration>PT80H0M0S</Duration>')}
      ${task(3, 'IT', 1, '<Summary>1</Summary>')}
      ${task(4, 'Set up laptops', 2, `<Duration>PT24H0M0S</Duration><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>1</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink>${loop ? '<PredecessorLink><PredecessorUID>5</PredecessorUID><Type>1</Type></PredecessorLink>' : ''}`)}
      ${task(5, 'Go live', 1, '<Duration>PT0H0M0S</Duration><Milestone>1</Milestone><PredecessorLink><PredecessorUID>4</PredecessorUID><Type>1</Type></PredecessorLink>')}
    </Tasks></Project>`;
    const looped = await ok<MspdiImportPreview>(b.router.call('plan.previewMspdiImport', { entryId: entry.id, fileName: 'loop.xml', content: file(true) }));
    expect(looped.errors.map((e) => e.message).join(' ')).toMatch(/Set up laptops.*Go live|Go live.*Set up laptops/);
    const good = { entryId: entry.id, fileName: 'other.xml', content: file(false) };
    const preview = await ok<MspdiImportPreview>(b.router.call('plan.previewMspdiImport', good));
    expect(preview.errors).toEqual([]);
    expect(preview.tasks.map((t) => [t.name, t.workstream, t.durationDays])).toEqual([
      ['Register company', 'regulatory_legal', 10],
      ['Set up laptops', 'infrastructure_technology', 3],
      ['Go live', 'team_operations', 0],
    ]);
    const plan = await ok<PlanView>(b.router.call('plan.importMspdi', good));
    expect(plan.projectStart).toBe('2027-03-08');
    expect(plan.tasks.map((t) => t.title).sort()).toEqual(['Go live', 'Operational readiness', 'Register company', 'Set up laptops']);
    const byTitle = new Map(plan.tasks.map((t) => [t.title, t]));
    // 10 days from Mon 8 Mar end Fri 19 Mar; FS with a one-day lag: laptops start Tue 23 Mar.
    expect(byTitle.get('Register company')!.schedule.earlyFinish).toBe('2027-03-19');
    expect(byTitle.get('Set up laptops')!.schedule.earlyStart).toBe('2027-03-23');
    expect(plan.forecastFinish).toBe(byTitle.get('Operational readiness')!.schedule.earlyFinish);
    expect(plan.dependencies.some((d) => d.predecessorId === byTitle.get('Go live')!.id && d.successorId === byTitle.get('Operational readiness')!.id)).toBe(true);
  });
});
