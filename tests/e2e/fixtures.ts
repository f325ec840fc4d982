/**
 * Playwright fixture: every test gets browser mode on a fresh data folder, with the
 * page already open on the app. `restart()` stops the server and starts a new one
 * on the same data folder (a new token, a new URL) and reopens the page.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AppFixture {
  page: Page;
  url: string;
  dataDir: string;
  restart(): Promise<void>;
}

interface Server {
  child: ChildProcess;
  url: string;
}

function startServer(dataDir: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in time:\n${out}\n${err}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${out}\n${err}`));
    });
  });
}

function stopServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-e2e-'));
    let server = await startServer(dataDir);
    await page.goto(server.url);
    const fixture: AppFixture = {
      page,
      dataDir,
      get url() {
        return server.url;
      },
      async restart() {
        await stopServer(server);
        server = await startServer(dataDir);
        await page.goto(server.url);
      },
    };
    await use(fixture);
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
