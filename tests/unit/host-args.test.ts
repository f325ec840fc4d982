import { describe, expect, it } from 'vitest';
import { parseHostArgs } from '../../electron/host/cli-args';
import { defaultDataDir, resolveDataDir } from '../../electron/host/data-dir';

describe('browser-mode arguments', () => {
  it('defaults to a free port and the default data folder', () => {
    expect(parseHostArgs([])).toEqual({ port: 0, dataDir: undefined, restoreLatestBackup: false });
    // After a failed integrity check on start: put the latest good backup in place.
    expect(parseHostArgs(['--restore-latest-backup'])).toEqual({ port: 0, dataDir: undefined, restoreLatestBackup: true });
  });
  it('reads --port and --data-dir in both spellings', () => {
    expect(parseHostArgs(['--port', '5173', '--data-dir', '/tmp/x'])).toEqual({ port: 5173, dataDir: '/tmp/x', restoreLatestBackup: false });
    expect(parseHostArgs(['--port=8080', '--data-dir=/d'])).toEqual({ port: 8080, dataDir: '/d', restoreLatestBackup: false });
  });
  it('understands what npm passes when the flags come without "--"', () => {
    const env = { npm_config_port: 'true', npm_config_data_dir: 'true' };
    expect(parseHostArgs(['5000', '/tmp/d'], env)).toEqual({ port: 5000, dataDir: '/tmp/d', restoreLatestBackup: false });
    expect(parseHostArgs([], { npm_config_port: '4000' })).toEqual({ port: 4000, dataDir: undefined, restoreLatestBackup: false });
  });
  it('refuses bad values with a sentence', () => {
    expect(() => parseHostArgs(['--port', 'abc'])).toThrow(/whole number/);
    expect(() => parseHostArgs(['--port', '70000'])).toThrow(/whole number/);
    expect(() => parseHostArgs(['--data-dir'])).toThrow(/needs a value/);
    expect(() => parseHostArgs(['--verbose'])).toThrow(/Unknown option/);
  });
});

describe('data folder', () => {
  it('uses local (not roaming) app data on Windows', () => {
    expect(defaultDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toBe(
      'C:\\Users\\a\\AppData\\Local\\Landfall',
    );
  });
  it('uses Application Support on macOS and XDG on Linux', () => {
    expect(defaultDataDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Application Support/Landfall');
    expect(defaultDataDir('linux', {}, '/home/a')).toBe('/home/a/.config/Landfall');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/a')).toBe('/xdg/Landfall');
  });
  it('lets --data-dir win over LANDFALL_DATA_DIR', () => {
    expect(resolveDataDir('/a', 'linux', { LANDFALL_DATA_DIR: '/b' }, '/home/x')).toBe('/a');
    expect(resolveDataDir(undefined, 'linux', { LANDFALL_DATA_DIR: '/b' }, '/home/x')).toBe('/b');
  });
});
