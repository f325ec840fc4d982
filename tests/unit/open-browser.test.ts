import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../electron/host/cli-args';
import { openBrowser, openCommand, shouldOpenBrowser, type RunCommand } from '../../electron/host/open-browser';

const URL = 'http://127.0.0.1:5173/#token=abc_DEF-123';

/** A command runner that records what it was asked to run, and can fail the way a missing xdg-open does. */
function recorder(fail?: Error) {
  const runs: Array<{ command: string; args: readonly string[] }> = [];
  const run: RunCommand = (command, args, onError) => {
    runs.push({ command, args });
    if (fail) onError(fail);
  };
  return { runs, run };
}

describe('opening browser mode in the default browser', () => {
  it('is on by default for npm start, behind --open for npm run serve, and --no-open turns the default off', () => {
    expect(shouldOpenBrowser(undefined, true, {})).toBe(true);
    expect(shouldOpenBrowser(undefined, false, {})).toBe(false);
    expect(shouldOpenBrowser(true, false, {})).toBe(true);
    expect(shouldOpenBrowser(false, true, {})).toBe(false);
  });

  it('never opens in CI or tests, even when asked', () => {
    for (const env of [{ CI: 'true' }, { CI: '1' }, { LANDFALL_NO_OPEN: '1' }, { CI: 'false', LANDFALL_NO_OPEN: '1' }]) {
      expect(shouldOpenBrowser(true, true, env)).toBe(false);
    }
    expect(shouldOpenBrowser(undefined, true, { CI: 'false' })).toBe(true);
    expect(shouldOpenBrowser(undefined, true, { CI: '' })).toBe(true);
  });

  it("uses each platform's own command", () => {
    expect(openCommand('linux', URL)).toEqual({ command: 'xdg-open', args: [URL] });
    expect(openCommand('darwin', URL)).toEqual({ command: 'open', args: [URL] });
    expect(openCommand('win32', 'http://127.0.0.1:1/#token=a&b')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://127.0.0.1:1/#token=a^&b'] });
  });

  it('runs the command through the injected runner, and says in one line when it could not', () => {
    const ok = recorder();
    const lines: string[] = [];
    expect(openBrowser({ url: URL, requested: undefined, byDefault: true, env: {}, platform: 'linux', run: ok.run, log: (l) => lines.push(l) })).toBe(true);
    expect(ok.runs).toEqual([{ command: 'xdg-open', args: [URL] }]);
    expect(lines).toEqual([]);

    const missing = recorder(new Error('spawn xdg-open ENOENT'));
    openBrowser({ url: URL, requested: true, byDefault: false, env: {}, platform: 'linux', run: missing.run, log: (l) => lines.push(l) });
    expect(lines).toEqual(['Could not open your browser (xdg-open: spawn xdg-open ENOENT); open the address above by hand.']);

    const ci = recorder();
    expect(openBrowser({ url: URL, requested: true, byDefault: true, env: { CI: 'true' }, platform: 'linux', run: ci.run, log: (l) => lines.push(l) })).toBe(false);
    expect(ci.runs).toEqual([]);
  });

  it('reads --open and --no-open for browser mode', () => {
    expect(parseHostArgs(['--open']).open).toBe(true);
    expect(parseHostArgs(['--no-open', '--port', '5173'])).toMatchObject({ open: false, port: 5173 });
    expect(parseHostArgs([]).open).toBeUndefined();
  });
});
