import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { parseAppArgs } from '../../electron/main/app-args';
import { createLogFile, logFilePath } from '../../electron/main/log-file';
import { menuTemplate } from '../../electron/main/menu';

function roles(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('the application menu', () => {
  const base = { platform: 'linux' as const, appName: 'Landfall', showLogFile: () => {} };

  it('a packaged build cannot reload the page or open the developer tools', () => {
    const r = roles(menuTemplate({ ...base, isPackaged: true }));
    expect(r).not.toContain('reload');
    expect(r).not.toContain('forceReload');
    expect(r).not.toContain('toggleDevTools');
    expect(r).toEqual(expect.arrayContaining(['copy', 'paste', 'undo', 'quit']));
  });

  it('a development build can', () => {
    expect(roles(menuTemplate({ ...base, isPackaged: false }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('Help > Show Log File shows the log file', () => {
    let shown = 0;
    const help = menuTemplate({ ...base, isPackaged: true, showLogFile: () => shown++ }).find((m) => m.label === 'Help');
    const item = (help!.submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'Show Log File')!;
    (item.click as () => void)();
    expect(shown).toBe(1);
  });

  it('macOS gets the app menu with Quit, other systems Quit under File', () => {
    const mac = menuTemplate({ ...base, platform: 'darwin', isPackaged: true });
    expect(mac[0]!.label).toBe('Landfall');
    expect(roles([mac[0]!])).toContain('quit');
    expect(roles(menuTemplate({ ...base, isPackaged: true }).filter((m) => m.label === 'File'))).toEqual(['quit']);
  });
});

describe('the log file', () => {
  it('lives in logs/ under the data folder and gets one stamped line per line of message', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-log-'));
    const log = createLogFile(logFilePath(dir), { now: () => new Date('2027-01-02T03:04:05.000Z') });
    log.write('backend', 'first\r\nsecond\n\n');
    expect(log.file).toBe(path.join(dir, 'logs', 'landfall.log'));
    expect(fs.readFileSync(log.file, 'utf8')).toBe('2027-01-02T03:04:05.000Z [backend] first\n2027-01-02T03:04:05.000Z [backend] second\n');
  });

  it('keeps one previous file when it grows past its limit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-log-'));
    const log = createLogFile(path.join(dir, 'l.log'), { maxBytes: 200 });
    for (let i = 0; i < 10; i++) log.write('main', `line ${i} ${'x'.repeat(40)}`);
    expect(fs.statSync(log.file).size).toBeLessThanOrEqual(200);
    expect(fs.readFileSync(`${log.file}.1`, 'utf8')).toMatch(/line \d/);
    expect(fs.readFileSync(log.file, 'utf8')).toMatch(/line 9/);
  });

  it('never throws, even when it cannot write', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-log-'));
    fs.writeFileSync(path.join(dir, 'logs'), 'a file where the folder should be');
    expect(() => createLogFile(logFilePath(dir)).write('main', 'hello')).not.toThrow();
  });
});

describe('the desktop app’s arguments', () => {
  it('takes --data-dir in both spellings and ignores Chromium switches and the app folder', () => {
    expect(parseAppArgs(['/usr/bin/electron', '/app', '--no-sandbox', '--data-dir', '/d'])).toEqual({ dataDir: '/d' });
    expect(parseAppArgs(['Landfall.exe', '--data-dir=C:\\data', '--enable-logging'])).toEqual({ dataDir: 'C:\\data' });
    expect(parseAppArgs(['Landfall', '--data-dir', '--inspect'])).toEqual({ dataDir: undefined });
    expect(parseAppArgs(['Landfall'])).toEqual({ dataDir: undefined });
  });
});
