/**
 * The register as a file and back: export to CSV / XLSX, and the re-import of the same file
 * (a dry run that locates every problem by row and column, then one transaction that applies
 * it, refused as a whole when any row has a problem or an older version than the stored risk).
 */
import { AppError } from '../../../../shared/errors';
import { canonicalJson } from '../../../../shared/canonical-json';
import { fieldLabel } from '../../../../shared/field-labels';
import { exportFileName, uniqueExportStem } from '../../../../shared/export/file-name';
import type { ExportFile } from '../../../../shared/export-schema';
import { riskFields as riskFieldsSchema, type RegisterImportPreview, type RiskFields } from '../../../../shared/risk-schema';
import type { RiskRecord } from '../../repos/risk-repo';
import { staleVersion } from '../kernel';
import { COLUMN_OF_FIELD, readRegisterFile, registerCsv, registerXlsx, rowInput } from './register-io';
import type { RiskCore } from './risk-core';

const REGISTER_MIME = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** The fields of a stored risk as a file row would carry them (ids dropped), to tell unchanged rows. */
function comparable(f: Pick<RiskRecord, keyof RiskFields>): Record<string, unknown> {
  const { controls, treatments, ...rest } = f;
  return {
    ...rest,
    controls: controls.map((c) => ({ description: c.description, effectiveness: c.effectiveness })),
    treatments: treatments.map((t) => ({ action: t.action, owner: t.owner, dueDate: t.dueDate, taskId: t.taskId })),
  };
}

function columnOf(path: string): string {
  for (let p = path; p; p = p.replace(/\.?[^.]*$/, '')) {
    const c = COLUMN_OF_FIELD.get(p);
    if (c) return c;
  }
  return 'ID';
}

export function riskRegisterFiles(core: RiskCore) {
  const { deps } = core;
  const { repo, kernel } = deps;

  async function planImport(entryId: string, fileName: string, contentBase64: string) {
    deps.entry(entryId);
    const m = core.matrix();
    const file = await readRegisterFile(fileName, Buffer.from(contentBase64, 'base64'));
    const errors = [...file.problems];
    const creates: RiskFields[] = [];
    const updates: { id: string; version: number; fields: RiskFields }[] = [];
    const preview: RegisterImportPreview = { format: file.format, create: [], update: [], unchanged: 0, errors };
    if (file.problems.length) return { preview, creates, updates };
    const existing = new Map(repo.forEntry(entryId).map((r) => [r.id, r]));
    const seen = new Set<string>();
    for (const row of file.rows) {
      const { id, version, input, problems } = rowInput(row);
      const problem = (column: string, message: string) => errors.push({ row: row.row, column, message });
      if (problems.length) {
        errors.push(...problems);
        continue;
      }
      const parsed = riskFieldsSchema.safeParse(input);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        problem(columnOf(issue.path.map(String).join('.')), `${issue.message}.`);
        continue;
      }
      const f = parsed.data;
      const before = id ? existing.get(id) : undefined;
      if (id && !before) {
        problem('ID', "is not a risk of this entry's register; clear it to add the row as a new risk.");
        continue;
      }
      if (id && seen.has(id)) {
        problem('ID', 'appears on an earlier row too.');
        continue;
      }
      seen.add(id);
      try {
        core.validate(entryId, f, m);
        core.refuseAcceptedStatus(f.status, before ?? null);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        problem(columnOf(err.field ?? ''), err.message.replace(/^[^:]*: /, ''));
        continue;
      }
      if (!before) {
        creates.push(f);
        preview.create.push({ row: row.row, title: f.title });
        continue;
      }
      if (version !== before.version) {
        problem('Version', staleVersion('risk', before.updatedAt).message);
        continue;
      }
      const a = comparable(core.mergeFields(before, f, m));
      const b = comparable(before);
      const changes = Object.keys(a).filter((k) => canonicalJson(a[k] ?? null) !== canonicalJson(b[k] ?? null));
      if (changes.length === 0) {
        preview.unchanged++;
        continue;
      }
      updates.push({ id, version: before.version, fields: f });
      preview.update.push({ row: row.row, id, title: f.title, changes: changes.map((k) => fieldLabel(k)) });
    }
    return { preview, creates, updates };
  }

  return {
    async exportRegister(entryId: string, format: 'csv' | 'xlsx'): Promise<ExportFile> {
      const entry = deps.entry(entryId);
      const risks = core.views(entryId);
      const bytes = format === 'csv' ? registerCsv(risks) : await registerXlsx(risks, `${entry.name} risk register`);
      const stem = uniqueExportStem({ id: entry.id, name: entry.name }, deps.entries(true));
      return { fileName: exportFileName(stem, 'risk-register', kernel.today(), format), mimeType: REGISTER_MIME[format], contentBase64: bytes.toString('base64') };
    },

    previewImport: async (entryId: string, fileName: string, contentBase64: string): Promise<RegisterImportPreview> => (await planImport(entryId, fileName, contentBase64)).preview,

    async applyImport(entryId: string, fileName: string, contentBase64: string): Promise<RegisterImportPreview> {
      const { preview, creates, updates } = await planImport(entryId, fileName, contentBase64);
      if (preview.errors.length > 0) {
        const e = preview.errors[0]!;
        throw new AppError('invalid_input', `Row ${e.row}, ${e.column}: ${e.message} Nothing was imported (${preview.errors.length} ${preview.errors.length === 1 ? 'problem' : 'problems'}).`, 'contentBase64');
      }
      const m = core.matrix();
      kernel.write(() => {
        for (const c of creates) core.insert(entryId, c, null, m);
        for (const u of updates) {
          const before = core.current(u.id, u.version);
          core.save(before, core.mergeFields(before, u.fields, m), 'import_register');
        }
      });
      return preview;
    },
  };
}
