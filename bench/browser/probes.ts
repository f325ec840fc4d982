/** The page probes the browser bench evaluates in Chromium, and the floor page's build. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';

export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && fs.existsSync(p));
}

export async function floorDir(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'landfall-floor-'));
  await build({
    entryPoints: [path.resolve('bench/floor/floor-page.tsx')],
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: path.join(dir, 'floor.js'),
    logLevel: 'warning',
  });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>Floor</title></head><body><div id="root"></div><script type="module" src="/floor.js"></script></body></html>');
  return dir;
}

/** Waits (in the page) until `ready()` holds, then for the next frame to run; answers ms since navigation start. */
export async function interactiveAt(page: Page, ready: string): Promise<number> {
  await page.waitForFunction(ready, undefined, { timeout: 60_000, polling: 'raf' });
  return page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)))') as Promise<number>;
}

/** Runs `act` in the page, waits until `changed` (with `before` from `snapshot`) holds, then the next frame; answers the ms it took. */
export async function timeInteraction(page: Page, act: string, snapshot: string, changed: string): Promise<number> {
  // A string, not a function: the page must not see the bundler's helpers.
  return page.evaluate(`(async () => {
    const before = (${snapshot});
    const t = performance.now();
    ${act};
    await new Promise((resolve, reject) => {
      const limit = t + 30000;
      const check = () => ((${changed}) ? resolve() : performance.now() > limit ? reject(new Error('no change')) : requestAnimationFrame(check));
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t;
  })()`) as Promise<number>;
}

/** Types one character into an input the way React sees it. */
export const typeInto = (selector: string, text: string) => `
  const el = document.querySelector(${JSON.stringify(selector)});
  el.focus();
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  set.call(el, ${JSON.stringify(text)});
  el.dispatchEvent(new Event('input', { bubbles: true }));`;

/** The most rows in the DOM while the scroll container (the app's main pane, the floor's page) is moved from top to bottom. */
export async function maxRows(page: Page, container: string, rows: string): Promise<number> {
  return page.evaluate(`(async () => {
    const el = document.querySelector(${JSON.stringify(container)});
    const count = () => document.querySelectorAll(${JSON.stringify(rows)}).length;
    let most = count();
    const scroller = el === document.body ? document.scrollingElement : el;
    for (let k = 0; k <= 10; k++) {
      scroller.scrollTop = ((scroller.scrollHeight - scroller.clientHeight) * k) / 10;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      most = Math.max(most, count());
    }
    scroller.scrollTop = 0;
    return most;
  })()`) as Promise<number>;
}
