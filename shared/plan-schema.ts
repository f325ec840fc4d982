/**
 * Readiness plans as they cross the API.
 */
import { z } from 'zod';
import { isoDate, rowVersion, storedDate, uuid } from './entry-schema';
import { targetDayOff } from './calendar-schema';
import { safeText } from './safe-text';
import { CATEGORIES, WORKSTREAMS } from './requirements/pack-schema';

export const DEPENDENCY_TYPES = ['FS', 'SS', 'FF'] as const;

const holiday = z.object({ date: storedDate, name: z.string(), estimated: z.boolean() });

export const holidayOverride = z.object({
  /** The holiday's date in the data. */
  date: storedDate,
  /** The date it really falls on, or null when it is not a day off this time. */
  newDate: storedDate.nullable(),
});

export const scheduledTask = z.object({
  earlyStart: storedDate,
  earlyFinish: storedDate,
  lateStart: storedDate,
  lateFinish: storedDate,
  totalSlack: z.number(),
  critical: z.boolean(),
  remainingDays: z.number(),
  state: z.enum(['not_started', 'in_progress', 'done']),
});

export const planTaskView = z.object({
  id: z.string(),
  title: z.string(),
  workstream: z.enum(WORKSTREAMS),
  /** The requirement category of a task made for checklist items (shown as a tag); null for the template's and the user's own tasks. */
  category: z.enum(CATEGORIES).nullable(),
  owner: z.string(),
  durationDays: z.number().int(),
  percentComplete: z.number(),
  actualStart: storedDate.nullable(),
  actualFinish: storedDate.nullable(),
  startNoEarlierThan: storedDate.nullable(),
  isReadiness: z.boolean(),
  linkedItemIds: z.array(z.string()),
  /** True when the task is linked to checklist items and every one is signed off. */
  linkedItemsSignedOff: z.boolean(),
  /** Bumped on every change to the task or its predecessor links. */
  version: z.number().int(),
  schedule: scheduledTask,
  baseline: z.object({ start: storedDate, finish: storedDate, finishSlipDays: z.number().int() }).nullable(),
});

export const planDependencyView = z.object({
  id: z.string(),
  predecessorId: z.string(),
  successorId: z.string(),
  type: z.enum(DEPENDENCY_TYPES),
  lagDays: z.number().int(),
});

export const baselineSummary = z.object({ id: z.string(), name: z.string(), createdAt: z.string(), finish: storedDate });

export const planView = z.object({
  entryId: z.string(),
  /** The version of the plan's settings (status date, shutdown days, holiday overrides, calendar). */
  version: z.number().int(),
  projectStart: storedDate,
  statusDate: storedDate,
  statusDateIsToday: z.boolean(),
  targetDate: storedDate,
  /** Set when the target falls on a non-working day: why, and the last working day before it. */
  targetDayOff: targetDayOff.nullable(),
  forecastFinish: storedDate,
  /** Business days from the target to the forecast: positive = late, negative = early. */
  businessDaysPastTarget: z.number().int(),
  criticalPath: z.array(z.string()),
  tasks: z.array(planTaskView),
  dependencies: z.array(planDependencyView),
  calendar: z.object({
    country: z.string(),
    from: storedDate,
    to: storedDate,
    weekendDays: z.array(z.object({ from: storedDate.nullable(), days: z.array(z.number().int()) })),
    holidays: z.array(holiday).nullable(),
    overrides: z.array(holidayOverride),
    shutdowns: z.array(storedDate),
  }),
  baselines: z.array(baselineSummary),
  baselineId: z.string().nullable(),
  /** Business days the forecast has slipped against the chosen baseline's finish. */
  baselineFinishSlipDays: z.number().int().nullable(),
});

export const taskPatch = z
  .object({
    title: safeText({ label: 'Title', max: 300, name: true, min: { length: 1, message: 'Enter a title' } }).optional(),
    workstream: z.enum(WORKSTREAMS).optional(),
    owner: safeText({ label: 'Owner', max: 200, name: true }).optional(),
    durationDays: z.number({ error: 'Enter a number of business days' }).optional(),
    percentComplete: z.number({ error: 'Enter a percentage from 0 to 100' }).optional(),
    actualStart: isoDate.nullable().optional(),
    actualFinish: isoDate.nullable().optional(),
    startNoEarlierThan: isoDate.nullable().optional(),
    /** The task's predecessor links as they should be after the save (all of them), when they changed. */
    dependencies: z
      .array(
        z
          .object({
            predecessorId: uuid,
            type: z.enum(DEPENDENCY_TYPES, { error: 'Choose a dependency type' }),
            lagDays: z.number({ error: 'Enter the lag as a number of business days' }),
          })
          .strict(),
      )
      .max(500)
      .optional(),
    /** The links to tasks that wait for this one, as they should be after the save (all of them), when they changed. */
    successors: z
      .array(
        z
          .object({
            successorId: uuid,
            type: z.enum(DEPENDENCY_TYPES, { error: 'Choose a dependency type' }),
            lagDays: z.number({ error: 'Enter the lag as a number of business days' }),
          })
          .strict(),
      )
      .max(500)
      .optional(),
  })
  .strict();

export const newTask = z
  .object({
    entryId: uuid,
    title: safeText({ label: 'Title', max: 300, name: true, min: { length: 1, message: 'Enter a title' } }),
    workstream: z.enum(WORKSTREAMS, { error: 'Choose a workstream' }),
    owner: safeText({ label: 'Owner', max: 200, name: true }).default(''),
    durationDays: z.number({ error: 'Enter a number of business days' }),
    /** Optional predecessor (finish-to-start). */
    afterTaskId: uuid.nullable().default(null),
  })
  .strict();

export const newDependency = z
  .object({
    entryId: uuid,
    predecessorId: uuid,
    successorId: uuid,
    type: z.enum(DEPENDENCY_TYPES).default('FS'),
    lagDays: z.number().default(0),
    /** The successor task's version: a link is part of the task that waits for it. */
    version: rowVersion,
  })
  .strict();

const SHIFT_RANGE = 'Shift the start by a whole number of days between −365 and 365';

export const whatIfChanges = z
  .object({
    /** Move the project start by this many calendar days (e.g. 14 = two weeks later). */
    startShiftDays: z
      .number({ error: SHIFT_RANGE })
      .int(SHIFT_RANGE)
      .min(-365, SHIFT_RANGE)
      .max(365, SHIFT_RANGE)
      .default(0),
    /** New durations for some tasks. */
    durations: z
      .array(
        z
          .object({
            taskId: z.string({ error: 'Choose a task, or remove this change' }).uuid('Choose a task, or remove this change'),
            durationDays: z.number({ error: 'Enter the new duration in business days' }),
          })
          .strict(),
      )
      .max(5000)
      .default([]),
  })
  .strict();

export const whatIfResult = z.object({
  currentFinish: storedDate,
  scenarioFinish: storedDate,
  /** Business days the scenario moves the readiness date (positive = later). */
  finishDeltaDays: z.number().int(),
  scenarioBusinessDaysPastTarget: z.number().int(),
  criticalAdded: z.array(z.string()),
  criticalRemoved: z.array(z.string()),
  tasks: z.record(z.string(), z.object({ earlyStart: storedDate, earlyFinish: storedDate, critical: z.boolean() })),
});

export const planSyncProposal = z.object({
  add: z.array(z.object({ itemId: z.string(), itemTitle: z.string(), taskTitle: z.string(), workstream: z.enum(WORKSTREAMS), durationDays: z.number().int() })),
  retire: z.array(z.object({ taskId: z.string(), title: z.string(), reason: z.string() })),
});

export const calendarDrift = z.object({
  added: z.array(holiday),
  removed: z.array(holiday),
});

export type PlanView = z.infer<typeof planView>;
export type PlanTaskView = z.infer<typeof planTaskView>;
export type TaskPatch = z.infer<typeof taskPatch>;
export type NewTask = z.infer<typeof newTask>;
export type NewDependency = z.infer<typeof newDependency>;
export type WhatIfChanges = z.infer<typeof whatIfChanges>;
export type WhatIfResult = z.infer<typeof whatIfResult>;
export type PlanSyncProposal = z.infer<typeof planSyncProposal>;
export type CalendarDrift = z.infer<typeof calendarDrift>;
export type HolidayOverride = z.infer<typeof holidayOverride>;
