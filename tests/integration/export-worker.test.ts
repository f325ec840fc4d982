/**
 * Exports render in a worker thread: the file is the same, and a read sent while a PDF is
 * being drawn is answered without waiting for it.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/entry-schema';
import type { ExportFile } from '../../shared/export-schema';
import { backendsForTests, ok, validEntry } from './helpers';

const backends = backendsForTests();

describe('export worker', () => {
  it('answers reads while a PDF export is rendered, and the PDF is whole', async () => {
    const problems: unknown[] = [];
    const b = await backends.start({ onInternalError: (e) => problems.push(e) });
    const entry = await ok<Entry>(b.router.call('entries.create', validEntry()));
    // Warm the worker once so the measured export is the rendering alone.
    await ok(b.router.call('export.timeline', { entryId: entry.id, format: 'csv' }));
    const started = performance.now();
    let exportDone = 0;
    const exporting = ok<ExportFile>(b.router.call('export.timeline', { entryId: entry.id, format: 'pdf', pageSize: 'A3' })).then((f) => {
      exportDone = performance.now() - started;
      return f;
    });
    const reads: number[] = [];
    for (let i = 0; i < 5; i++) {
      await ok(b.router.call('portfolio.summary', { today: '2027-03-01' }));
      reads.push(performance.now() - started);
    }
    const file = await exporting;
    expect(Buffer.from(file.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.fileName).toMatch(/timeline.*\.pdf$/);
    // Every read came back before the export did.
    expect(Math.max(...reads)).toBeLessThan(exportDone);
    // Rendered by the worker, not the in-process fallback.
    expect(problems).toEqual([]);
  });
});
