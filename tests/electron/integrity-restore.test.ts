import { describe, expect, it, vi } from 'vitest';
import { offerRestore, restoreDialogOptions, type MessageBoxOptions } from '../../electron/main/integrity-restore';

const MESSAGE = 'The database failed its integrity check. The latest good backup is landfall-daily-2027-02-15.sqlite (1 entry, last change 2027-02-15).';
const LOG = '/home/u/.config/Landfall/logs/landfall.log';

describe('a damaged database on the desktop', () => {
  it('is explained with the backup it would restore and what the button does, never the browser-mode flag', () => {
    const o = restoreDialogOptions('Landfall', MESSAGE, LOG);
    expect(o).toMatchObject({ type: 'error', message: "Landfall's database is damaged.", buttons: ['Restore the latest good backup', 'Quit Landfall'], defaultId: 0, cancelId: 1 });
    expect(o.detail).toContain('landfall-daily-2027-02-15.sqlite');
    expect(o.detail).toContain('"Restore the latest good backup" puts that backup in place');
    expect(o.detail).toContain(LOG);
    expect(o.detail).not.toContain('--restore-latest-backup');
  });

  it.each([
    [0, 'restore'],
    [1, 'quit'],
  ] as const)('the answer %i %ss', async (response, chosen) => {
    const shown: MessageBoxOptions[] = [];
    const restore = vi.fn();
    const quit = vi.fn();
    const result = await offerRestore({
      productName: 'Landfall',
      message: MESSAGE,
      logFile: LOG,
      showMessageBox: async (o) => {
        shown.push(o);
        return { response };
      },
      restore,
      quit,
    });
    expect(result).toBe(chosen);
    expect(shown).toHaveLength(1);
    expect(restore).toHaveBeenCalledTimes(chosen === 'restore' ? 1 : 0);
    expect(quit).toHaveBeenCalledTimes(chosen === 'quit' ? 1 : 0);
  });
});
