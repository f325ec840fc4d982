/**
 * Plan templates: versioned JSON in resources/plan-templates/, in the same conventions
 * as requirement packs. A template lists the standard tasks of a readiness plan and the
 * tasks that checklist items of a category bring with them. Every task without a
 * successor feeds the "Operational readiness" milestone, which always ends the plan.
 */
import { z } from 'zod';
import { isoDate } from '../entry-schema';
import { CATEGORIES, WORKSTREAMS } from '../requirements/pack-schema';

const key = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case words joined by hyphens');

const link = z
  .object({
    key,
    type: z.enum(['FS', 'SS', 'FF']).default('FS'),
    lagDays: z.number().int().default(0),
  })
  .strict();

export const templateTask = z
  .object({
    key,
    title: z.string().min(3).max(300),
    workstream: z.enum(WORKSTREAMS),
    durationDays: z.number().int().min(0).max(500),
    after: z.array(link).default([]),
  })
  .strict();

export const itemTaskRule = z
  .object({
    category: z.enum(CATEGORIES),
    /**
     * `{item}` is replaced by the checklist item's title. The default is the item's title
     * alone: the task shows its category as a tag, so a prefix would only say it twice.
     */
    title: z.string().min(3).max(200).default('{item}'),
    workstream: z.enum(WORKSTREAMS).optional(),
    durationDays: z.number().int().min(0).max(500),
    after: z.array(link).default([]),
  })
  .strict();

export const planTemplate = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(3),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    publisher: z.string().min(2),
    publicationDate: isoDate,
    license: z.string().min(2),
    description: z.string().max(2000).optional(),
    readinessTitle: z.string().min(3).default('Operational readiness'),
    tasks: z.array(templateTask).min(1),
    itemTasks: z.array(itemTaskRule).default([]),
  })
  .strict()
  .superRefine((t, ctx) => {
    const keys = new Set<string>();
    t.tasks.forEach((task, i) => {
      if (keys.has(task.key)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'key'], message: `Task key "${task.key}" is used twice` });
      keys.add(task.key);
    });
    const check = (after: { key: string }[], path: (string | number)[]) =>
      after.forEach((a, j) => {
        if (!keys.has(a.key)) ctx.addIssue({ code: 'custom', path: [...path, 'after', j, 'key'], message: `No task has the key "${a.key}"` });
      });
    t.tasks.forEach((task, i) => check(task.after, ['tasks', i]));
    t.itemTasks.forEach((rule, i) => check(rule.after, ['itemTasks', i]));
  });

export type PlanTemplate = z.infer<typeof planTemplate>;
export type TemplateTask = z.infer<typeof templateTask>;
export type ItemTaskRule = z.infer<typeof itemTaskRule>;
