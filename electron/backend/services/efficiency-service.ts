/**
 * Efficiency comparisons against the home market: the metric catalogue (seeded from
 * resources/metrics/, then the user's), dated measurements for an entry or its home
 * market, imports with a dry run, and the views computed by shared/efficiency. Every edit
 * names the version it was based on; a stale one is refused, never merged.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Entry } from '../../../shared/entry-schema';
import { AppError } from '../../../shared/errors';
import {
  type ComparisonRequest,
  type ComparisonView,
  type EntryEfficiencyView,
  type MeasurementFields,
  type MeasurementImportInput,
  type MeasurementImportPreview,
  type MetricFields,
  type StoredMeasurement,
  type StoredMetric,
} from '../../../shared/efficiency/efficiency-schema';
import { comparison, entryEfficiency, periodLabel, portfolioFigure, type FigureMeasurement, type PortfolioFigure } from '../../../shared/efficiency/efficiency-figures';
import { metricCatalogue } from '../../../shared/efficiency/metric-schema';
import { isKnownCountry } from '../reference/countries';
import type { EfficiencyRepo } from '../repos/efficiency-repo';
import { readTable } from './efficiency/import-table';
import { validateImport, type ValidatedImport } from './efficiency/measurement-import';
import { required, type Audit, type Kernel } from './kernel';

export const CATALOGUE_FILE = 'default-metrics.json';

export interface EfficiencyDeps {
  repo: EfficiencyRepo;
  kernel: Kernel;
  audit: Audit;
  /** The settings service: who records a measurement. */
  actor(): string;
  /** The entries service: the entry, or not_found naming `field`. */
  entry(id: string, field?: string): Entry;
  /** The entries service: every entry (archived ones when asked). */
  entries(includeArchived: boolean): Entry[];
}

const hhmm = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

const facts = (e: Entry) => ({ id: e.id, name: e.name, homeCountry: e.homeCountry, targetCountry: e.targetCountry, startDate: e.startDate });

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 50);
  return /^[a-z0-9]/.test(s) ? s : `metric_${s}`.replace(/_+$/, '');
}

export function efficiencyService({ repo: tables, kernel, audit, actor, entry, entries }: EfficiencyDeps) {
  /**
   * The portfolio's figures, kept until this service next writes its tables (it writes every
   * row of them) or the entries' markets change: the dashboard reads them on every open.
   */
  let figures: { key: string; value: Map<string, PortfolioFigure> } | null = null;
  const forget = <A extends unknown[], R>(write: (...a: A) => R) => (...a: A): R => {
    figures = null;
    return write(...a);
  };
  const repo: EfficiencyRepo = {
    ...tables,
    insertMetric: forget(tables.insertMetric),
    updateMetric: forget(tables.updateMetric),
    insertMeasurement: forget(tables.insertMeasurement),
    updateMeasurement: forget(tables.updateMeasurement),
    deleteMeasurement: forget(tables.deleteMeasurement),
  };

  function metric(id: string, field = 'metricId'): StoredMetric {
    return required(repo.metric(id), 'metric', field);
  }

  function checkMetric(fields: MetricFields): MetricFields {
    if (!fields.money && fields.currency !== null) throw new AppError('invalid_input', 'Currency: only a money metric has a currency; clear it or mark the metric as money.', 'currency');
    return fields;
  }

  /** The measurement's fields checked against the catalogue, the market and the other measurements. */
  function checkMeasurement(fields: MeasurementFields, exceptId = ''): StoredMetric {
    const m = metric(fields.metricId);
    if (/^[A-Z]{2}$/.test(fields.market)) {
      if (!isKnownCountry(fields.market)) throw new AppError('invalid_input', `Market: "${fields.market}" is not an ISO 3166 country code.`, 'market');
    } else entry(fields.market, 'market');
    if (m.money && fields.currency === null) throw new AppError('invalid_input', `Currency: ${m.name} is money, so its value keeps a currency; enter one such as EUR.`, 'currency');
    if (!m.money && (fields.currency !== null || fields.fxRate !== null))
      throw new AppError('invalid_input', `Currency: ${m.name} is not money; leave the currency and exchange rate empty.`, fields.currency !== null ? 'currency' : 'fxRate');
    const clash = repo.overlapping(fields.metricId, fields.market, fields.periodStart, fields.periodEnd, exceptId);
    if (clash)
      throw new AppError(
        'conflict',
        `Period start: ${periodLabel(fields.periodStart, fields.periodEnd)} overlaps the ${m.name} measurement of ${periodLabel(clash.periodStart, clash.periodEnd)} for this market; change the dates or edit that one.`,
        'periodStart',
      );
    return m;
  }

  function stale(kind: 'measurement' | 'metric', current: { updatedAt: string }): AppError {
    return new AppError('conflict', `Someone changed this ${kind} at ${hhmm(current.updatedAt)} since you opened it; your changes are kept in the form — reload to see theirs.`, 'version');
  }

  async function validated(input: MeasurementImportInput): Promise<{ e: Entry; run: () => ValidatedImport }> {
    const e = entry(input.entryId);
    const table = await readTable(input.fileName, Buffer.from(input.contentBase64, 'base64'));
    return {
      e,
      run: () => validateImport(input.fileName, table, { entry: e, metrics: repo.metrics(), overlapping: (id, market, start, end) => repo.overlapping(id, market, start, end) }),
    };
  }

  function marketsOf(e: Entry): { home: StoredMeasurement[]; market: StoredMeasurement[] } {
    return { home: repo.measurementsOf(e.homeCountry), market: repo.measurementsOf(e.id) };
  }

  function grouped(includeArchived: boolean) {
    const list = entries(includeArchived);
    const byMarket = new Map<string, StoredMeasurement[]>();
    for (const m of repo.allMeasurements()) byMarket.set(m.market, [...(byMarket.get(m.market) ?? []), m]);
    return { list, of: (market: string) => byMarket.get(market) ?? [] };
  }

  return {
    /** Adds the shipped metrics the database does not hold yet; the user's edits are never overwritten. */
    syncCatalogue(metricsDir: string, onProblem: (message: string) => void): void {
      let parsed;
      try {
        parsed = metricCatalogue.safeParse(JSON.parse(fs.readFileSync(path.join(metricsDir, CATALOGUE_FILE), 'utf8')));
      } catch (err) {
        onProblem(`The metric catalogue ${CATALOGUE_FILE} could not be read: ${(err as Error).message}`);
        return;
      }
      if (!parsed.success) {
        onProblem(`The metric catalogue ${CATALOGUE_FILE} is not valid: ${parsed.error.issues[0]?.message ?? ''}`);
        return;
      }
      const catalogue = parsed.data;
      kernel.write(() => {
        const at = kernel.now().toISOString();
        for (const m of catalogue.metrics) {
          if (repo.metric(m.id)) continue;
          const stored: StoredMetric = { ...m, origin: 'builtin', catalogueVersion: catalogue.version, version: 1, updatedAt: at };
          repo.insertMetric(stored);
          audit('efficiency_metric', m.id, 'seed', null, stored);
        }
      });
    },

    metrics: (): StoredMetric[] => repo.metrics(),

    addMetric(fields: MetricFields): StoredMetric {
      checkMetric(fields);
      return kernel.write(() => {
        const base = slug(fields.name);
        let id = base;
        for (let n = 2; repo.metric(id); n++) id = `${base}_${n}`;
        const stored: StoredMetric = { id, ...fields, origin: 'custom', catalogueVersion: null, version: 1, updatedAt: kernel.now().toISOString() };
        repo.insertMetric(stored);
        audit('efficiency_metric', id, 'create', null, stored);
        return stored;
      });
    },

    updateMetric(id: string, version: number, fields: MetricFields): StoredMetric {
      checkMetric(fields);
      return kernel.write(() => {
        const before = metric(id, 'id');
        if (before.version !== version) throw stale('metric', before);
        const after: StoredMetric = { ...before, ...fields, version: version + 1, updatedAt: kernel.now().toISOString() };
        if (!repo.updateMetric(after, version)) throw stale('metric', metric(id, 'id'));
        audit('efficiency_metric', id, 'update', before, after);
        return after;
      });
    },

    /** A market's measurements: an entry's id, or a home country code. */
    measurements(market: string): StoredMeasurement[] {
      return repo.measurementsOf(market);
    },

    addMeasurement(fields: MeasurementFields): StoredMeasurement {
      return kernel.write(() => {
        checkMeasurement(fields);
        const at = kernel.now().toISOString();
        const stored: StoredMeasurement = { id: kernel.newId(), ...fields, recordedBy: actor(), osUser: kernel.osUser, version: 1, createdAt: at, updatedAt: at };
        repo.insertMeasurement(stored);
        audit('efficiency_measurement', stored.id, 'create', null, stored);
        return stored;
      });
    },

    updateMeasurement(id: string, version: number, fields: MeasurementFields): StoredMeasurement {
      return kernel.write(() => {
        const before = required(repo.measurement(id), 'measurement', 'id');
        if (before.version !== version) throw stale('measurement', before);
        checkMeasurement(fields, id);
        const after: StoredMeasurement = { ...before, ...fields, recordedBy: actor(), osUser: kernel.osUser, version: version + 1, updatedAt: kernel.now().toISOString() };
        if (!repo.updateMeasurement(after, version)) throw stale('measurement', required(repo.measurement(id), 'measurement', 'id'));
        audit('efficiency_measurement', id, 'update', before, after);
        return after;
      });
    },

    deleteMeasurement(id: string, version: number): { id: string } {
      kernel.write(() => {
        const before = required(repo.measurement(id), 'measurement', 'id');
        if (before.version !== version || !repo.deleteMeasurement(id, version)) throw stale('measurement', before);
        audit('efficiency_measurement', id, 'delete', before, null);
      });
      return { id };
    },

    async previewImport(input: MeasurementImportInput): Promise<MeasurementImportPreview> {
      return (await validated(input)).run().preview;
    },

    /** Imports every row of the file in one transaction, or nothing when any row has a problem. */
    async applyImport(input: MeasurementImportInput): Promise<MeasurementImportPreview> {
      const { e, run } = await validated(input);
      return kernel.write(() => {
        const { preview, fields } = run();
        if (preview.errors.length > 0) {
          const n = preview.errors.length;
          throw new AppError('invalid_input', `${input.fileName} has ${n} problem${n === 1 ? '' : 's'}, so nothing was imported. ${preview.errors[0]!.message}${n > 1 ? ' (and more: see the preview)' : ''}`, 'contentBase64');
        }
        const at = kernel.now().toISOString();
        const who = actor();
        for (const f of fields) repo.insertMeasurement({ id: kernel.newId(), ...f, recordedBy: who, osUser: kernel.osUser, version: 1, createdAt: at, updatedAt: at });
        audit('efficiency_import', e.id, 'import', null, { fileName: input.fileName, measurements: fields.length });
        return preview;
      });
    },

    entryView(entryId: string): EntryEfficiencyView {
      const e = entry(entryId);
      const { home, market } = marketsOf(e);
      return entryEfficiency(facts(e), repo.metrics(), home, market);
    },

    comparison(req: ComparisonRequest): ComparisonView {
      if (req.metricId !== null) metric(req.metricId);
      const metrics = repo.metrics();
      const { list, of } = grouped(req.includeArchived);
      return comparison(req.metricId, metrics, list.map((e) => ({ entry: facts(e), home: of(e.homeCountry), market: of(e.id) })), kernel.today());
    },

    /** Every measurement, for the comparison workbook. */
    allMeasurements: (): StoredMeasurement[] => repo.allMeasurements(),

    /**
     * What leadership reads per entry (every entry, archived ones included, unless the caller
     * hands over the entries it already read): index 0 … 2 (home = 1),
     * satisfaction in % and how many metrics the index used. Three queries however many entries
     * (the measurements read lean: only the columns the figures use).
     */
    portfolioFigures(list: readonly Entry[] = entries(true)): Map<string, PortfolioFigure> {
      const key = list.map((e) => `${e.id}:${e.homeCountry}`).join(',');
      if (figures?.key === key) return figures.value;
      const metrics = repo.metrics();
      const byMarket = new Map<string, FigureMeasurement[]>();
      for (const m of repo.figureMeasurements()) {
        const list = byMarket.get(m.market);
        if (list) list.push(m);
        else byMarket.set(m.market, [m]);
      }
      const of = (market: string) => byMarket.get(market) ?? [];
      figures = { key, value: new Map(list.map((e) => [e.id, portfolioFigure(metrics, of(e.homeCountry), of(e.id))])) };
      return figures.value;
    },
  };
}

export type EfficiencyService = ReturnType<typeof efficiencyService>;
