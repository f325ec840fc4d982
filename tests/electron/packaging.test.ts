/**
 * Packaging: electron-builder.yml is valid for the installed electron-builder, and a dry
 * run of it (an unpacked Linux build around a stand-in Electron binary, without the
 * native rebuild and the fuses, which need the real binary) holds what the app needs
 * at run time and nothing of browser mode or the sources.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, projectRoot } from '../../scripts/build-electron';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
type Config = Record<string, unknown> & { electronFuses: Record<string, boolean>; directories: Record<string, string> };
const config = yaml.load(fs.readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', { timeout: 60_000 }, () => {
  it('is valid for the installed electron-builder', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(c: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validator does catch mistakes (a misspelt fuse, say).
    await expect(validateConfiguration({ ...config, electronFuses: { runAsNod: false } }, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('turns off running as Node, NODE_OPTIONS and --inspect, and loads only an intact asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
    expect(config.npmRebuild).toBe(true);
  });
});

describe.skipIf(process.platform === 'win32')('a dry run of the packaged app', () => {
  let stage: string;
  let unpacked: string;
  let asarFiles: string[];

  afterAll(() => {
    if (stage) fs.rmSync(stage, { recursive: true, force: true });
  });

  beforeAll(async () => {
    // A copy of the project with the real bundles and a stand-in renderer. Its
    // node_modules is a tree of hard links (instant, no extra space), so it lies on the
    // same file system as the project: electron-builder resolves a symlinked one to a
    // folder outside the project and then misses packages.
    fs.mkdirSync(path.join(projectRoot, 'dist'), { recursive: true });
    stage = fs.mkdtempSync(path.join(projectRoot, 'dist', '.package-test-'));
    for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(projectRoot, f), path.join(stage, f));
    const linked = spawnSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(stage, 'node_modules')], { encoding: 'utf8' });
    if (linked.status !== 0) throw new Error(`Could not link node_modules: ${linked.stderr}`);
    fs.cpSync(path.join(projectRoot, 'build'), path.join(stage, 'build'), { recursive: true });
    fs.cpSync(path.join(projectRoot, 'resources'), path.join(stage, 'resources'), { recursive: true });
    fs.cpSync(path.join(projectRoot, 'electron'), path.join(stage, 'electron'), { recursive: true }); // sources that must stay out
    await buildElectron(path.join(stage, 'dist', 'electron'));
    fs.mkdirSync(path.join(stage, 'dist', 'renderer', 'assets'), { recursive: true });
    fs.writeFileSync(path.join(stage, 'dist', 'renderer', 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(stage, 'dist', 'renderer', 'assets', 'index.js'), '');
    fs.writeFileSync(path.join(stage, 'dist', 'renderer', 'assets', 'index.js.map'), '{}');

    const electronDist = path.join(stage, 'fake-electron');
    fs.mkdirSync(electronDist);
    fs.writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const output = path.join(stage, 'release');
    const dry = {
      ...config,
      electronFuses: null,
      npmRebuild: false,
      electronDist,
      electronVersion: (require('electron/package.json') as { version: string }).version,
      directories: { ...config.directories, output },
    };
    fs.writeFileSync(path.join(stage, 'dry-run.json'), JSON.stringify(dry));
    const r = spawnSync(
      process.execPath,
      [require.resolve('electron-builder/cli.js'), '--projectDir', stage, '--config', path.join(stage, 'dry-run.json'), '--linux', 'dir', '--publish', 'never'],
      { cwd: stage, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true' } },
    );
    if (r.status !== 0) throw new Error(`electron-builder failed:\n${r.stdout}\n${r.stderr}`);
    unpacked = path.join(output, 'linux-unpacked');
    const asar = require('@electron/asar') as { listPackage(archive: string, options: object): string[] };
    asarFiles = asar.listPackage(path.join(unpacked, 'resources', 'app.asar'), {}).map((f) => f.split(path.sep).join('/'));
  }, 180_000);

  it('holds the three bundles, the renderer and package.json, without source maps', () => {
    for (const f of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/electron/backend.cjs', '/dist/renderer/index.html']) {
      expect(asarFiles).toContain(f);
    }
    expect(asarFiles.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('leaves out browser mode and every source file', () => {
    expect(asarFiles.filter((f) => f.startsWith('/electron/') || f.startsWith('/scripts/') || f.startsWith('/tests/') || f.endsWith('.ts'))).toEqual([]);
  });

  it('ships better-sqlite3 with its binary outside the asar, pdfkit with its dependencies, and no other package', () => {
    const packages = new Set(asarFiles.map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter((p): p is string => !!p && !/^@[^/]+$/.test(p)));
    expect([...packages].sort()).toEqual(['better-sqlite3', 'bindings', 'file-uri-to-path', ...dependencyClosure('pdfkit')].sort());
    expect(fs.existsSync(path.join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    expect(asarFiles.filter((f) => /better-sqlite3\/(src|deps)\//.test(f))).toEqual([]);
  });

  it('puts the requirement packs where the app looks for them', () => {
    const packs = fs.readdirSync(path.join(unpacked, 'resources', 'resources', 'requirements'));
    expect(packs).toEqual(fs.readdirSync(path.join(projectRoot, 'resources', 'requirements')));
  });
});

/** A package and everything it depends on at run time, as installed in node_modules. */
function dependencyClosure(name: string, seen = new Set<string>()): string[] {
  if (seen.has(name)) return [...seen];
  seen.add(name);
  const pj = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const d of Object.keys(pj.dependencies ?? {})) dependencyClosure(d, seen);
  return [...seen];
}
