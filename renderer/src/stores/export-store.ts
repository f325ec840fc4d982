/**
 * Timeline exports: ask the backend for a file, hand its bytes to the host
 * (a save dialog on the desktop, a download in browser mode).
 */
import { create } from 'zustand';
import { api } from '../api/client';
import { hostCapabilities } from '../api/host-capabilities';
import { base64ToBytes } from '../lib/browser-files';

export type ExportFormat = 'pdf' | 'xlsx' | 'csv' | 'ics' | 'mspdi';
export type PdfLayout = 'tiled' | 'fit';

const FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  ics: { name: 'Calendar', extensions: ['ics'] },
  mspdi: { name: 'MS Project XML', extensions: ['xml'] },
};

interface ExportState {
  busy: boolean;
  /** Returns the saved file's name, or null when the user cancelled the save. */
  exportTimeline(entryId: string, format: ExportFormat, opts: { pageSize: 'A4' | 'A3'; layout: PdfLayout; includeTaskFinishes: boolean }): Promise<string | null>;
}

export const useExports = create<ExportState>((set) => ({
  busy: false,
  async exportTimeline(entryId, format, opts) {
    set({ busy: true });
    try {
      const file = await api('export.timeline', { entryId, format, pageSize: opts.pageSize, layout: opts.layout, includeTaskFinishes: opts.includeTaskFinishes });
      const { saved, name } = await hostCapabilities().saveFile({ suggestedName: file.fileName, bytes: base64ToBytes(file.contentBase64), filters: [FILTERS[format]] });
      return saved ? (name ?? file.fileName) : null;
    } finally {
      set({ busy: false });
    }
  },
}));
