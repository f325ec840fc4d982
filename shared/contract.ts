/**
 * The API: every method once, with its input and output schema.
 * The browser-mode host, the IPC bridge and the renderer's client are all derived
 * from this object; nothing else lists the methods.
 */
import { z } from 'zod';
import { entry, entryFields, isoDate, uuid, ROLES, countryCode } from './entry-schema';

const holiday = z.object({ date: isoDate, name: z.string(), estimated: z.boolean() });

const country = z.object({
  code: z.string(),
  name: z.string(),
  region: z.string(),
  eu: z.boolean(),
  eea: z.boolean(),
  holidayData: z.boolean(),
});

const settings = z.object({
  displayName: z.string(),
  role: z.enum(ROLES).nullable(),
  osUser: z.string(),
  /** The name audit rows are written with: the display name, else the OS user. */
  actor: z.string(),
});

const auditRow = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  osUser: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});

const entryCalendar = z.object({
  entryId: z.string(),
  country: z.string(),
  windowStart: isoDate,
  windowEnd: isoDate,
  calendarDays: z.number().int(),
  businessDays: z.number().int(),
  weekendDays: z.array(isoDate),
  weekendRule: z.array(z.number().int()),
  holidays: z.array(holiday).nullable(),
});

const byId = z.object({ id: uuid });
const nothing = z.object({}).strict();

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) {
  return { input, output, summary };
}

export const contract = {
  'entries.list': method(
    z.object({ includeArchived: z.boolean().default(false) }).strict(),
    z.array(entry),
    'Market entries, newest first; archived ones only when asked for.',
  ),
  'entries.get': method(byId, entry, 'One market entry.'),
  'entries.create': method(entryFields, entry, 'Create a market entry; its target date is start + target days.'),
  'entries.update': method(z.object({ id: uuid, fields: entryFields }), entry, 'Replace the editable fields of an entry.'),
  'entries.archive': method(byId, entry, 'Hide an entry from the portfolio; its status is kept.'),
  'entries.restore': method(byId, entry, 'Bring an archived entry back with the status it had.'),
  'entries.delete': method(byId, z.object({ id: z.string() }), 'Delete an entry for good (its audit history stays).'),
  'entries.calendar': method(byId, entryCalendar, 'Business days, weekends and public holidays inside the entry window.'),
  'entries.history': method(byId, z.array(auditRow), 'Audit rows for one entry, newest first.'),
  'reference.countries': method(nothing, z.array(country), 'Every ISO 3166-1 country with region, EU/EEA membership today and holiday data.'),
  'reference.subdivisions': method(
    z.object({ country: countryCode }).strict(),
    z.array(z.object({ code: z.string(), name: z.string() })),
    'Subdivisions (states, regions) with their own holidays.',
  ),
  'settings.get': method(nothing, settings, 'Display name, declared role and the OS user.'),
  'settings.update': method(
    z.object({
      displayName: z.string().trim().max(200, 'Display name must be at most 200 characters'),
      role: z.enum(ROLES, { error: 'Choose a role' }).nullable(),
    }).strict(),
    settings,
    'Set the display name and declared role.',
  ),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

export const methodNames = Object.keys(contract) as MethodName[];

export type Country = z.infer<typeof country>;
export type Settings = z.infer<typeof settings>;
export type AuditRow = z.infer<typeof auditRow>;
export type EntryCalendar = z.infer<typeof entryCalendar>;
