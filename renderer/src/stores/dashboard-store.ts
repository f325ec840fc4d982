/**
 * Leadership's dashboard: opening it first lets the backend bring stored forecasts up to
 * date and take the month's snapshot (one write), then reads every figure in one call.
 * Also the pack and the portfolio-wide register exports.
 */
import { create } from 'zustand';
import type { Dashboard, PackRequest } from '../../../shared/portfolio-schema';
import { localToday } from '../../../shared/domain/iso-date';
import { api } from '../api/client';
import { openSession } from '../lib/session-open';
import { hostCapabilities } from '../api/host-capabilities';
import { base64ToBytes } from '../lib/browser-files';
import { errorMessage } from '../lib/error-message';

type Ext = 'pdf' | 'xlsx' | 'ics' | 'csv';
const FILTERS: Record<Ext, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  ics: { name: 'Calendar', extensions: ['ics'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};
const extOf = (fileName: string): Ext => (fileName.split('.').pop() ?? 'pdf') as Ext;

async function save(file: { fileName: string; contentBase64: string }): Promise<string | null> {
  const { saved, name } = await hostCapabilities().saveFile({ suggestedName: file.fileName, bytes: base64ToBytes(file.contentBase64), filters: [FILTERS[extOf(file.fileName)]] });
  return saved ? (name ?? file.fileName) : null;
}

interface DashboardState {
  dashboard: Dashboard | null;
  error: string | null;
  load(): Promise<void>;
  takeSnapshot(): Promise<void>;
  /** Saves each file of the pack; resolves with the names saved. */
  exportPack(req: PackRequest): Promise<string[]>;
  exportRegister(format: 'pdf' | 'csv'): Promise<string | null>;
}

let loadSeq = 0;

export const useDashboard = create<DashboardState>((set, get) => ({
  dashboard: null,
  error: null,
  async load() {
    const seq = ++loadSeq;
    const today = localToday();
    try {
      await openSession();
      const dashboard = await api('portfolio.dashboard', { asOf: today });
      if (seq === loadSeq) set({ dashboard, error: null });
    } catch (err) {
      if (seq === loadSeq) set({ error: errorMessage(err) });
    }
  },
  async takeSnapshot() {
    await api('portfolio.takeSnapshot', { today: localToday() });
    await get().load();
  },
  async exportPack(req) {
    const { files } = await api('export.leadershipPack', req);
    const names: string[] = [];
    for (const f of files) {
      const name = await save(f);
      if (name) names.push(name);
    }
    return names;
  },
  async exportRegister(format) {
    return save(await api('export.portfolioRegister', { format }));
  },
}));
