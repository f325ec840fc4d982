import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeBinaryPath, nativeBinding } from '../../electron/db/native-binding';
import { binaryAbi, defaultNativeDir, installedElectron, rebuildEnv, summarizeRebuildFailure } from '../../scripts/rebuild-electron';
import { projectRoot } from '../../scripts/build-electron';

const target = { version: '41.7.1', abi: '145' };

describe('choosing better-sqlite3 per runtime', () => {
  it('uses the binary for this runtime’s ABI from LANDFALL_NATIVE_DIR when there is one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-native-'));
    expect(nativeBinding({ LANDFALL_NATIVE_DIR: dir }, '145')).toBeUndefined();
    fs.mkdirSync(path.join(dir, '145'));
    fs.writeFileSync(nativeBinaryPath(dir, '145'), '');
    expect(nativeBinding({ LANDFALL_NATIVE_DIR: dir }, '145')).toBe(path.join(dir, '145', 'better_sqlite3.node'));
    // Node (another ABI) keeps the module's own build.
    expect(nativeBinding({ LANDFALL_NATIVE_DIR: dir }, '115')).toBeUndefined();
    expect(nativeBinding({}, '145')).toBeUndefined();
  });

  it('reads the installed Electron’s version and ABI without its binary', () => {
    const installed = installedElectron();
    const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pkg.version);
    expect(installed.abi).toMatch(/^\d+$/);
    expect(installed.abi).not.toBe(process.versions.modules);
  });

  it('keeps the Electron builds in dist/native unless LANDFALL_NATIVE_DIR says otherwise', () => {
    expect(defaultNativeDir({}, '/p')).toBe(path.join('/p', 'dist', 'native'));
    expect(defaultNativeDir({ LANDFALL_NATIVE_DIR: '/n' }, '/p')).toBe(path.resolve('/n'));
  });

  it('tells which ABI a compiled addon is for', () => {
    const nodeBuild = fs.readFileSync(path.join(projectRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(binaryAbi(nodeBuild)).toBe(process.versions.modules);
    expect(binaryAbi(Buffer.from('\0napi_register_module_v1\0'))).toBeNull();
  });

  it('never lets npm’s nodedir point the Electron rebuild at Node’s headers', () => {
    const env = rebuildEnv({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', npm_config_target: '20.0.0', ELECTRON_RUN_AS_NODE: '1', npm_config_cache: '/c' });
    expect(env).toEqual({ PATH: '/bin', npm_config_cache: '/c' });
  });
});

describe('rebuild:electron failures in one line', () => {
  it('names the missing headers download', () => {
    const output = [
      'Searching dependency tree',
      'gyp info it worked if it ends with ok',
      'gyp ERR! stack Error: getaddrinfo ENOTFOUND www.electronjs.org',
      'Error: This is most likely not a problem with node-gyp or the package itself and',
      'is related to network connectivity. In most cases you are behind a proxy or have bad',
      "node-gyp failed to rebuild '/tmp/x/node_modules/better-sqlite3'",
    ].join('\n');
    const line = summarizeRebuildFailure(output, target);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toBe(
      'Could not build better-sqlite3 for Electron 41.7.1 (ABI 145): Electron\'s headers could not be downloaded (no network access to the Electron headers site). Run "npm run rebuild:electron" on a machine with network access.',
    );
  });

  it('names a missing compiler toolchain', () => {
    expect(summarizeRebuildFailure('gyp ERR! find Python\ngyp ERR! find Python Python is not set from command line', target)).toMatch(/toolchain/);
  });

  it('otherwise repeats the first error line', () => {
    expect(summarizeRebuildFailure('ok\nsrc/better_sqlite3.cpp:12: error: expected ;\nmore', target)).toBe(
      'Could not build better-sqlite3 for Electron 41.7.1 (ABI 145): src/better_sqlite3.cpp:12: error: expected ;.',
    );
  });
});
