/**
 * Efficiency: an entry's view against its home market, the comparison across markets,
 * measurement edits (each names the version it was read at), imports with a dry run,
 * the metric catalogue and the comparison's exports.
 */
import { create } from 'zustand';
import type { ComparisonView, EntryEfficiencyView, MeasurementFields, MeasurementImportPreview, MetricFields, StoredMeasurement, StoredMetric } from '../../../shared/efficiency/efficiency-schema';
import { api, ApiClientError } from '../api/client';
import { hostCapabilities } from '../api/host-capabilities';
import { base64ToBytes, readFileAsBase64 } from '../lib/browser-files';
import { errorMessage } from '../lib/error-message';

interface PendingImport {
  entryId: string;
  fileName: string;
  contentBase64: string;
  preview: MeasurementImportPreview;
}

interface EfficiencyState {
  entryId: string | null;
  view: EntryEfficiencyView | null;
  error: string | null;
  comparison: ComparisonView | null;
  comparisonError: string | null;
  metrics: StoredMetric[];
  pending: PendingImport | null;
  importBusy: boolean;
  importError: string | null;
  load(entryId: string): Promise<void>;
  loadComparison(metricId: string | null): Promise<void>;
  loadMetrics(): Promise<void>;
  addMeasurement(fields: MeasurementFields): Promise<StoredMeasurement>;
  updateMeasurement(m: StoredMeasurement, fields: MeasurementFields): Promise<StoredMeasurement>;
  deleteMeasurement(m: StoredMeasurement): Promise<void>;
  addMetric(fields: MetricFields): Promise<StoredMetric>;
  updateMetric(m: StoredMetric, fields: MetricFields): Promise<StoredMetric>;
  previewImport(entryId: string, file: File): Promise<void>;
  applyImport(): Promise<MeasurementImportPreview>;
  cancelImport(): void;
  /** Returns the saved file's name, or null when the save was cancelled. */
  exportComparison(format: 'xlsx' | 'pdf', metricId: string | null): Promise<string | null>;
}

export const useEfficiency = create<EfficiencyState>((set, get) => {
  async function refresh() {
    const { entryId, comparison } = get();
    if (entryId) set({ view: await api('efficiency.entryView', { entryId }) });
    if (comparison) await get().loadComparison(comparison.metricId);
  }
  return {
    entryId: null,
    view: null,
    error: null,
    comparison: null,
    comparisonError: null,
    metrics: [],
    pending: null,
    importBusy: false,
    importError: null,

    async load(entryId) {
      if (get().entryId !== entryId) set({ entryId, view: null, error: null });
      try {
        set({ view: await api('efficiency.entryView', { entryId }), error: null });
      } catch (err) {
        set({ error: errorMessage(err) });
      }
    },

    async loadComparison(metricId) {
      try {
        set({ comparison: await api('efficiency.comparison', { metricId }), comparisonError: null });
      } catch (err) {
        set({ comparisonError: errorMessage(err) });
      }
    },

    async loadMetrics() {
      set({ metrics: await api('efficiency.metrics', {}) });
    },

    async addMeasurement(fields) {
      const m = await api('efficiency.addMeasurement', fields);
      await refresh();
      return m;
    },

    async updateMeasurement(m, fields) {
      const updated = await api('efficiency.updateMeasurement', { id: m.id, version: m.version, fields });
      await refresh();
      return updated;
    },

    async deleteMeasurement(m) {
      await api('efficiency.deleteMeasurement', { id: m.id, version: m.version });
      await refresh();
    },

    async addMetric(fields) {
      const m = await api('efficiency.addMetric', fields);
      await get().loadMetrics();
      await refresh();
      return m;
    },

    async updateMetric(m, fields) {
      const updated = await api('efficiency.updateMetric', { id: m.id, version: m.version, fields });
      await get().loadMetrics();
      await refresh();
      return updated;
    },

    async previewImport(entryId, file) {
      set({ importError: null, importBusy: true, pending: null });
      try {
        const contentBase64 = await readFileAsBase64(file);
        if (contentBase64 === '') throw new ApiClientError({ code: 'invalid_input', message: `${file.name}: the file is empty.`, field: 'contentBase64' });
        const preview = await api('efficiency.previewImport', { entryId, fileName: file.name, contentBase64 });
        set({ pending: { entryId, fileName: file.name, contentBase64, preview }, importBusy: false });
      } catch (err) {
        set({ importError: errorMessage(err), importBusy: false });
      }
    },

    async applyImport() {
      const pending = get().pending;
      if (!pending) throw new Error('Nothing to import.');
      set({ importBusy: true });
      try {
        const result = await api('efficiency.applyImport', { entryId: pending.entryId, fileName: pending.fileName, contentBase64: pending.contentBase64 });
        set({ pending: null, importBusy: false });
        await refresh();
        return result;
      } catch (err) {
        set({ importBusy: false });
        throw err;
      }
    },

    cancelImport: () => set({ pending: null, importError: null }),

    async exportComparison(format, metricId) {
      const file = await api('export.efficiency', { format, metricId });
      const filters = format === 'pdf' ? [{ name: 'PDF', extensions: ['pdf'] }] : [{ name: 'Excel workbook', extensions: ['xlsx'] }];
      const { saved, name } = await hostCapabilities().saveFile({ suggestedName: file.fileName, bytes: base64ToBytes(file.contentBase64), filters });
      return saved ? (name ?? file.fileName) : null;
    },
  };
});
