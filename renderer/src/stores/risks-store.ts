/**
 * The risk register of the entry being viewed: its risks, the suggestions still on offer,
 * the active matrix and the risk-adjusted forecast. Every change answers with the risk as
 * stored; the register is then reloaded so levels, flags and the forecast are the backend's.
 */
import { create } from 'zustand';
import type { MethodOutput } from '../../../shared/contract';
import type { RegisterImportPreview, RiskForecastView, RiskSuggestion, RiskView } from '../../../shared/risk-schema';
import type { RiskMatrix } from '../../../shared/risks/matrix-schema';
import { api } from '../api/client';
import { hostCapabilities } from '../api/host-capabilities';
import { base64ToBytes, readFileAsBase64 } from '../lib/browser-files';
import { errorMessage, inlineErrorMessage, isStaleVersion } from '../lib/error-message';

interface RisksState {
  entryId: string | null;
  risks: RiskView[] | null;
  suggestions: RiskSuggestion[];
  matrix: RiskMatrix | null;
  forecast: RiskForecastView | null;
  /** The latest forecast of each entry asked about (the Timeline and the Overview show it). */
  forecasts: Record<string, RiskForecastView>;
  error: string | null;
  /** The last refused inline edit, as one sentence. */
  actionError: string | null;
  /** True when that refusal was an edit based on an out-of-date risk (Reload shows the current one). */
  actionStale: boolean;
  /** The risk open in the risk form ('new' for a new one). */
  editing: string | null;
  /** The risk open in the acceptance dialog. */
  accepting: string | null;
  load(entryId: string): Promise<void>;
  reload(): Promise<void>;
  loadForecast(entryId: string): Promise<RiskForecastView | null>;
  open(id: string | null): void;
  openAccept(id: string | null): void;
  /** Shows (or, with null, clears) the refusal of an edit made in place. */
  setActionError(err: unknown): void;
  /** The api, for the changes the Risks tab makes (so features never import the client). */
  api: typeof api;
  /** Saves the register as CSV or XLSX; the saved file's name, or null when the user cancelled. */
  exportRegister(format: 'csv' | 'xlsx'): Promise<string | null>;
  /** Dry run (apply false) or import (apply true) of a register file. */
  importRegister(file: { name: string; contentBase64: string }, apply: boolean): Promise<RegisterImportPreview>;
  readFile(file: File): Promise<{ name: string; contentBase64: string }>;
  /** Runs a change, then reloads the register; rejects with the api error. */
  change<T>(fn: () => Promise<T>): Promise<T>;
}

let seq = 0;

export const useRisks = create<RisksState>((set, get) => ({
  entryId: null,
  risks: null,
  suggestions: [],
  matrix: null,
  forecast: null,
  forecasts: {},
  error: null,
  actionError: null,
  actionStale: false,
  editing: null,
  accepting: null,

  async load(entryId) {
    const mine = ++seq;
    if (get().entryId !== entryId) set({ entryId, risks: null, suggestions: [], forecast: null, error: null, actionError: null, editing: null, accepting: null });
    try {
      const [risks, suggestions, matrix] = await Promise.all([
        api('risks.list', { entryId }),
        api('risks.suggestions', { entryId }),
        get().matrix ? Promise.resolve(get().matrix!) : api('risks.matrix', {}),
      ]);
      if (mine !== seq) return;
      set({ risks, suggestions, matrix, error: null });
      void get().loadForecast(entryId);
    } catch (err) {
      if (mine === seq) set({ error: errorMessage(err) });
    }
  },

  async reload() {
    const id = get().entryId;
    if (id) await get().load(id);
  },

  async loadForecast(entryId) {
    try {
      const forecast: MethodOutput<'risks.forecast'> = await api('risks.forecast', { entryId });
      set((s) => ({ forecasts: { ...s.forecasts, [entryId]: forecast }, ...(s.entryId === entryId ? { forecast } : {}) }));
      return forecast;
    } catch {
      return null;
    }
  },

  api,
  open: (id) => set({ editing: id }),
  openAccept: (id) => set({ accepting: id }),
  setActionError: (err) => set(err === null ? { actionError: null, actionStale: false } : { actionError: inlineErrorMessage(err), actionStale: isStaleVersion(err) }),

  async exportRegister(format) {
    const entryId = get().entryId!;
    const file = await api('risks.exportRegister', { entryId, format });
    const { saved, name } = await hostCapabilities().saveFile({
      suggestedName: file.fileName,
      bytes: base64ToBytes(file.contentBase64),
      filters: [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'Excel workbook', extensions: ['xlsx'] }],
    });
    return saved ? (name ?? file.fileName) : null;
  },

  async importRegister(file, apply) {
    const input = { entryId: get().entryId!, fileName: file.name, contentBase64: file.contentBase64 };
    if (!apply) return api('risks.previewImport', input);
    const result = await api('risks.applyImport', input);
    await get().reload();
    return result;
  },

  async readFile(file) {
    return { name: file.name, contentBase64: await readFileAsBase64(file) };
  },

  async change(fn) {
    const result = await fn();
    await get().reload();
    return result;
  },
}));
