/**
 * The risk register as a file and back: CSV (the shared CSV rules) or XLSX, one row per risk
 * with its id and version, so the same file re-imports (rows with an id update that risk,
 * rows without one add a risk). Words are the vocabulary's; enum keys are read too.
 */
import ExcelJS from 'exceljs';
import { csvFile, csvRow, parseCsv } from '../../export/csv';
import { CONTROL_EFFECTIVENESS, RISK_CATEGORIES, RISK_RESPONSES, RISK_STATUSES } from '../../../../shared/risks/risk-enums';
import { RISK_LEVELS } from '../../../../shared/risks/matrix-schema';
import { WORKSTREAMS } from '../../../../shared/requirements/pack-schema';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { CONTROL_EFFECTIVENESS_LABELS, RISK_CATEGORY_LABELS, RISK_LEVEL_LABELS, RISK_RESPONSE_LABELS, RISK_STATUS_LABELS } from '../../../../shared/vocabulary/risks';
import type { RiskView } from '../../../../shared/risk-schema';

type Cell = string | number | null;

interface Column {
  header: string;
  /** The field path the column fills (for errors), or null for a column only exported. */
  field: string | null;
  out(r: RiskView): Cell;
  width?: number;
}

const lines = (xs: string[]) => xs.join('\n');

export const REGISTER_COLUMNS: Column[] = [
  { header: 'ID', field: 'id', out: (r) => r.id, width: 38 },
  { header: 'Version', field: 'version', out: (r) => r.version, width: 8 },
  { header: 'Title', field: 'title', out: (r) => r.title, width: 40 },
  { header: 'Cause', field: 'cause', out: (r) => r.cause, width: 40 },
  { header: 'Event', field: 'event', out: (r) => r.event, width: 40 },
  { header: 'Effect', field: 'effect', out: (r) => r.effect, width: 40 },
  { header: 'Category', field: 'category', out: (r) => RISK_CATEGORY_LABELS[r.category], width: 24 },
  { header: 'Workstream', field: 'workstream', out: (r) => WORKSTREAM_LABELS[r.workstream], width: 24 },
  { header: 'Owner', field: 'owner', out: (r) => r.owner, width: 18 },
  { header: 'Status', field: 'status', out: (r) => RISK_STATUS_LABELS[r.status], width: 14 },
  { header: 'Inherent likelihood', field: 'inherent.likelihood', out: (r) => r.inherent.likelihood },
  { header: 'Inherent impact', field: 'inherent.impact', out: (r) => r.inherent.impact },
  { header: 'Inherent level', field: null, out: (r) => RISK_LEVEL_LABELS[r.levels.inherent] },
  { header: 'Current likelihood', field: 'current.likelihood', out: (r) => r.current.likelihood },
  { header: 'Current impact', field: 'current.impact', out: (r) => r.current.impact },
  { header: 'Current level', field: null, out: (r) => RISK_LEVEL_LABELS[r.levels.current] },
  { header: 'Residual likelihood', field: 'residual.likelihood', out: (r) => r.residual.likelihood },
  { header: 'Residual impact', field: 'residual.impact', out: (r) => r.residual.impact },
  { header: 'Residual level', field: null, out: (r) => RISK_LEVEL_LABELS[r.levels.residual] },
  { header: 'Controls', field: 'controls', out: (r) => lines(r.controls.map((c) => `${CONTROL_EFFECTIVENESS_LABELS[c.effectiveness]}: ${c.description}`)), width: 40 },
  { header: 'Response', field: 'response', out: (r) => RISK_RESPONSE_LABELS[r.response] },
  { header: 'Treatment actions', field: 'treatments', out: (r) => lines(r.treatments.map((t) => [t.action, t.owner, t.dueDate ?? '', t.taskId ?? ''].join(' | '))), width: 50 },
  { header: 'Target level', field: 'targetLevel', out: (r) => (r.targetLevel ? RISK_LEVEL_LABELS[r.targetLevel] : '') },
  { header: 'Target date', field: 'targetDate', out: (r) => r.targetDate ?? '' },
  { header: 'Early-warning indicator', field: 'earlyWarning', out: (r) => r.earlyWarning, width: 30 },
  { header: 'Schedule impact minimum (working days)', field: 'scheduleImpact.minDays', out: (r) => r.scheduleImpact?.minDays ?? '' },
  { header: 'Schedule impact most likely (working days)', field: 'scheduleImpact.likelyDays', out: (r) => r.scheduleImpact?.likelyDays ?? '' },
  { header: 'Schedule impact maximum (working days)', field: 'scheduleImpact.maxDays', out: (r) => r.scheduleImpact?.maxDays ?? '' },
  { header: 'Schedule impact task ids', field: 'scheduleImpact.taskIds', out: (r) => (r.scheduleImpact?.taskIds ?? []).join('; '), width: 38 },
  { header: 'Cost impact', field: 'costImpact.amount', out: (r) => r.costImpact?.amount ?? '' },
  { header: 'Cost impact currency', field: 'costImpact.currency', out: (r) => r.costImpact?.currency ?? '' },
  { header: 'Last review', field: 'lastReview', out: (r) => r.lastReview ?? '' },
  { header: 'Next review', field: 'nextReview', out: (r) => r.nextReview },
  { header: 'Acceptance', field: null, out: (r) => (r.acceptance ? `${r.acceptance.approverName} (${r.acceptance.approverRole}) until ${r.acceptance.expires}${r.acceptance.expired ? ', expired' : ''}` : ''), width: 30 },
];

export function registerCsv(risks: readonly RiskView[]): Buffer {
  return csvFile([csvRow(REGISTER_COLUMNS.map((c) => c.header)), ...risks.map((r) => csvRow(REGISTER_COLUMNS.map((c) => c.out(r))))]);
}

export async function registerXlsx(risks: readonly RiskView[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Landfall';
  wb.title = title;
  const sheet = wb.addWorksheet('Risks', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REGISTER_COLUMNS.map((c, i) => ({ header: c.header, key: String(i), width: c.width ?? 14 }));
  for (const r of risks) sheet.addRow(REGISTER_COLUMNS.map((c) => c.out(r)));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Undo the CSV export's formula guard ("'=x" was written for "=x"). */
function unguard(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

export interface FileRow {
  /** 1-based row of the file, the header being row 1. */
  row: number;
  cells: Map<string, string>;
}

export interface FileProblem {
  row: number;
  column: string;
  message: string;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return String(v.result ?? '');
    return '';
  }
  return String(v);
}

/** The rows of a register file, by header; a file without the ID and Title columns is one problem. */
export async function readRegisterFile(fileName: string, bytes: Buffer): Promise<{ format: 'csv' | 'xlsx'; rows: FileRow[]; problems: FileProblem[] }> {
  const xlsx = /\.xlsx$/i.test(fileName);
  let table: string[][];
  if (xlsx) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      return { format: 'xlsx', rows: [], problems: [{ row: 0, column: '', message: `${fileName} is not a readable XLSX workbook.` }] };
    }
    const sheet = wb.getWorksheet('Risks') ?? wb.worksheets[0];
    table = [];
    sheet?.eachRow({ includeEmpty: true }, (r, n) => {
      const values: string[] = [];
      for (let c = 1; c <= REGISTER_COLUMNS.length + 5; c++) values.push(cellText(r.getCell(c).value));
      table[n - 1] = values;
    });
    for (let i = 0; i < table.length; i++) table[i] ??= [];
  } else {
    const text = bytes.toString('utf8');
    if (text.includes('\uFFFD')) return { format: 'csv', rows: [], problems: [{ row: 0, column: '', message: `${fileName} is not UTF-8 text.` }] };
    table = parseCsv(text).map((r) => r.map(unguard));
  }
  const format = xlsx ? 'xlsx' : 'csv';
  const header = (table[0] ?? []).map((h) => h.trim());
  const problems: FileProblem[] = [];
  for (const need of ['ID', 'Title']) if (!header.includes(need)) problems.push({ row: 1, column: need, message: `The file has no "${need}" column; export the register to see the expected columns.` });
  const rows: FileRow[] = [];
  table.slice(1).forEach((values, i) => {
    if (values.every((v) => v.trim() === '')) return;
    rows.push({ row: i + 2, cells: new Map(header.map((h, k) => [h, values[k] ?? ''])) });
  });
  return { format, rows, problems };
}

function byWords<K extends string>(keys: readonly K[], labels: Record<K, string>) {
  return (text: string): K | undefined => {
    const t = text.trim().toLowerCase();
    return keys.find((k) => k === t || labels[k].toLowerCase() === t);
  };
}

const category = byWords(RISK_CATEGORIES, RISK_CATEGORY_LABELS);
const workstream = byWords(WORKSTREAMS, WORKSTREAM_LABELS);
const status = byWords(RISK_STATUSES, RISK_STATUS_LABELS);
const response = byWords(RISK_RESPONSES, RISK_RESPONSE_LABELS);
const level = byWords(RISK_LEVELS, RISK_LEVEL_LABELS);
const effectiveness = byWords(CONTROL_EFFECTIVENESS, CONTROL_EFFECTIVENESS_LABELS);

export const COLUMN_OF_FIELD = new Map(REGISTER_COLUMNS.filter((c) => c.field).map((c) => [c.field!, c.header]));

/**
 * A row as the input of riskFields (still to be parsed by the contract's schema) with its id
 * and version, or the problems of cells that cannot even be read.
 */
export function rowInput(r: FileRow): { id: string; version: number | null; input: Record<string, unknown>; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const get = (h: string) => (r.cells.get(h) ?? '').trim();
  const raw = (h: string) => (r.cells.get(h) ?? '').replace(/\r\n/g, '\n');
  const problem = (column: string, message: string) => problems.push({ row: r.row, column, message });
  const num = (h: string): number | null => {
    const v = get(h);
    if (v === '') return null;
    const n = Number(v);
    if (!Number.isFinite(n)) problem(h, `"${v}" is not a number.`);
    return Number.isFinite(n) ? n : null;
  };
  const word = <K>(h: string, parse: (s: string) => K | undefined, optional = false): K | string | null => {
    const v = get(h);
    if (v === '' && optional) return null;
    const k = parse(v);
    if (k === undefined) problem(h, v === '' ? 'is empty.' : `"${v}" is not one of the register's words for this column.`);
    return k ?? v;
  };
  const score = (stage: string) => ({ likelihood: num(`${stage} likelihood`), impact: num(`${stage} impact`) });
  const controls = raw('Controls')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const at = l.indexOf(':');
      const eff = at > 0 ? effectiveness(l.slice(0, at)) : undefined;
      if (!eff) problem('Controls', `"${l.trim()}" does not start with how effective the control is (such as "Effective: …").`);
      return { description: at > 0 ? l.slice(at + 1).trim() : l.trim(), effectiveness: eff ?? 'none' };
    });
  const treatments = raw('Treatment actions')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [action = '', owner = '', due = '', task = ''] = l.split(' | ').map((x) => x.trim());
      return { action, owner, dueDate: due || null, taskId: task || null };
    });
  const min = num('Schedule impact minimum (working days)');
  const likely = num('Schedule impact most likely (working days)');
  const max = num('Schedule impact maximum (working days)');
  const taskIds = get('Schedule impact task ids')
    .split(/[;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
  const amount = num('Cost impact');
  const version = num('Version');
  const input: Record<string, unknown> = {
    title: raw('Title').trim(),
    cause: raw('Cause').trim(),
    event: raw('Event').trim(),
    effect: raw('Effect').trim(),
    category: word('Category', category),
    workstream: word('Workstream', workstream),
    owner: get('Owner'),
    status: get('Status') === '' ? 'open' : word('Status', status),
    inherent: score('Inherent'),
    current: score('Current'),
    residual: score('Residual'),
    controls,
    response: word('Response', response),
    treatments,
    targetLevel: word('Target level', level, true),
    targetDate: get('Target date') || null,
    earlyWarning: raw('Early-warning indicator').trim(),
    scheduleImpact: min === null && likely === null && max === null ? null : { minDays: min, likelyDays: likely, maxDays: max, taskIds },
    costImpact: amount === null ? null : { amount, currency: get('Cost impact currency') },
    lastReview: get('Last review') || null,
    nextReview: get('Next review') || null,
  };
  return { id: get('ID'), version, input, problems };
}
