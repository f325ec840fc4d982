/**
 * The browser measurements (a script, not a timed test): the built renderer in Chromium against
 * browser mode on the bench file, each figure beside the floor page (bench/floor/floor-page.tsx:
 * the same JSON in a bare React table), app and floor interleaved round by round.
 *
 *   interactive: from navigation start until the list's rows (and the portfolio's counts) are
 *   drawn and the next frame has run; sort, search keystroke and zoom: from the input event
 *   until the changed rows are drawn and the next frame has run; DOM rows: the most table rows
 *   (or Gantt rows) in the DOM while the list is scrolled from top to bottom.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import type { Backend } from '../electron/backend/index';
import { startHost } from '../electron/host/server';
import { judge, stats, type Measure, type Result } from './harness';

export interface BrowserBenchInput {
  backend: Backend;
  bigPlanEntry: string;
  rounds: number;
}

function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && fs.existsSync(p));
}

async function floorDir(): Promise<string> {
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
async function interactiveAt(page: Page, ready: string): Promise<number> {
  await page.waitForFunction(ready, undefined, { timeout: 60_000, polling: 'raf' });
  return page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)))') as Promise<number>;
}

/** Runs `act` in the page, waits until `changed` (with `before` from `snapshot`) holds, then the next frame; answers the ms it took. */
async function timeInteraction(page: Page, act: string, snapshot: string, changed: string): Promise<number> {
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
const typeInto = (selector: string, text: string) => `
  const el = document.querySelector(${JSON.stringify(selector)});
  el.focus();
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  set.call(el, ${JSON.stringify(text)});
  el.dispatchEvent(new Event('input', { bubbles: true }));`;

/** The most rows in the DOM while the scroll container (the app's main pane, the floor's page) is moved from top to bottom. */
async function maxRows(page: Page, container: string, rows: string): Promise<number> {
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

export async function browserBench({ backend, bigPlanEntry, rounds }: BrowserBenchInput): Promise<Result[]> {
  const token = randomBytes(32).toString('base64url');
  const app = await startHost({ router: backend.router, staticDir: path.resolve('dist/renderer'), token });
  const floor = await startHost({ router: backend.router, staticDir: await floorDir(), token });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  // The harness evaluates its probes as strings, which the app's CSP (rightly) forbids; the app itself is unchanged.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB', bypassCSP: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  let n = 0;
  const appUrl = (hash: string) => `http://127.0.0.1:${app.port}/?n=${++n}#${hash}`;
  const floorUrl = (query: string) => `http://127.0.0.1:${floor.port}/?${query}&n=${++n}#token=${token}`;
  // The token once, kept by the app for this tab.
  await page.goto(`http://127.0.0.1:${app.port}/#token=${token}`);
  await page.waitForSelector('.sidebar, nav');

  const portfolioReady = `document.querySelectorAll('.portfolio-scroll tbody tr[data-index]').length > 0 && !!document.querySelector('.portfolio-scroll .readiness-value')`;
  const floorReady = `document.querySelectorAll('#floor-table tbody tr').length > 0`;
  const floorCountsReady = `${floorReady} && document.querySelector('#floor-table tbody tr td:nth-child(7)')?.textContent !== '…'`;
  const reviewReady = `document.querySelectorAll('.review-table tbody tr[data-index]').length > 0`;
  const timelineReady = `document.querySelectorAll('.gantt-row-label').length > 0 && document.querySelectorAll('.task-table tbody tr[data-index]').length > 0`;
  const firstCell = (table: string) => `document.querySelector('${table} tbody tr:not(.spacer-row) td')?.textContent`;
  let letter = 0;
  const letters = ['z', 'y', 'k', 'q', 'j', 'w'];

  const measures: (Measure & { unit?: string })[] = [
    {
      name: 'Portfolio of 1,000 entries: interactive after navigation',
      floorIs: 'entries.list and portfolio.summary JSON in a bare React table of every row',
      budget: { maxMs: 1000 },
      app: async () => {
        await page.goto(appUrl('/portfolio'));
        return interactiveAt(page, portfolioReady);
      },
      floor: async () => {
        await page.goto(floorUrl('screen=portfolio'));
        return interactiveAt(page, floorCountsReady);
      },
    },
    {
      name: 'Portfolio: a sort click (Name)',
      floorIs: 'the bare table re-sorted by name',
      budget: { maxMs: 100 },
      app: async () => {
        await page.goto(appUrl('/portfolio'));
        await interactiveAt(page, portfolioReady);
        return timeInteraction(page, `[...document.querySelectorAll('.portfolio-scroll thead button')].find(b => b.textContent.includes('Name')).click()`, firstCell('.portfolio-scroll'), `${firstCell('.portfolio-scroll')} !== before`);
      },
      floor: async () => {
        await page.goto(floorUrl('screen=portfolio'));
        await interactiveAt(page, floorCountsReady);
        return timeInteraction(page, `document.querySelector('#floor-sort').click()`, firstCell('#floor-table'), `${firstCell('#floor-table')} !== before`);
      },
    },
    {
      name: 'Portfolio: a search keystroke',
      floorIs: 'the bare table filtered by name',
      budget: { maxMs: 100 },
      app: async () => {
        await page.goto(appUrl('/portfolio'));
        await interactiveAt(page, portfolioReady);
        const l = letters[letter++ % letters.length]!;
        return timeInteraction(page, typeInto('#portfolio-search', l), `document.querySelector('.table-summary').textContent`, `document.querySelector('.table-summary').textContent !== before`);
      },
      floor: async () => {
        await page.goto(floorUrl('screen=portfolio'));
        await interactiveAt(page, floorCountsReady);
        const l = letters[letter++ % letters.length]!;
        return timeInteraction(page, typeInto('#floor-search', l), `document.querySelector('#floor-count').textContent`, `document.querySelector('#floor-count').textContent !== before`);
      },
    },
    {
      name: 'Review page with 10,000 pending: interactive after navigation',
      floorIs: 'the first page of review.queue (100 rows, the same JSON) in a bare React table',
      budget: { maxMs: 1000 },
      app: async () => {
        await page.goto(appUrl('/review'));
        return interactiveAt(page, reviewReady);
      },
      floor: async () => {
        await page.goto(floorUrl('screen=review'));
        return interactiveAt(page, floorReady);
      },
    },
    {
      name: 'Review page: a sort click (Requirement, sorted on the server)',
      floorIs: 'the bare table asking review.queue for the page sorted by title',
      budget: { maxMs: 300 },
      app: async () => {
        await page.goto(appUrl('/review'));
        await interactiveAt(page, reviewReady);
        return timeInteraction(page, `[...document.querySelectorAll('.review-table thead button')].find(b => b.textContent.includes('Requirement')).click()`, firstCell('.review-table'), `${firstCell('.review-table')} !== before`);
      },
      floor: async () => {
        await page.goto(floorUrl('screen=review'));
        await interactiveAt(page, floorReady);
        return timeInteraction(page, `document.querySelector('#floor-sort').click()`, firstCell('#floor-table'), `${firstCell('#floor-table')} !== before`);
      },
    },
    {
      name: 'Timeline of a 2,000-task plan: interactive after navigation',
      floorIs: 'plan.get JSON as a bare table of every task with an SVG bar each',
      budget: { maxMs: 1500 },
      app: async () => {
        await page.goto(appUrl(`/entries/${bigPlanEntry}/timeline`));
        return interactiveAt(page, timelineReady);
      },
      floor: async () => {
        await page.goto(floorUrl(`screen=timeline&entry=${bigPlanEntry}`));
        return interactiveAt(page, floorReady);
      },
    },
    {
      name: 'Timeline: zoom (days ↔ weeks)',
      floorIs: 'the bare table redrawing every bar at the other day width',
      budget: { maxMs: 150 },
      app: async () => {
        await page.goto(appUrl(`/entries/${bigPlanEntry}/timeline`));
        await interactiveAt(page, timelineReady);
        const current = (await page.evaluate(`document.querySelector('input[name="gantt-zoom"]:checked')?.value`)) as string | undefined;
        const to = current === 'day' ? 'week' : 'day';
        return timeInteraction(
          page,
          `document.querySelector('input[name="gantt-zoom"][value="${to}"]').click()`,
          `document.querySelector('.gantt-body-svg').getAttribute('width')`,
          `document.querySelector('.gantt-body-svg').getAttribute('width') !== before`,
        );
      },
      floor: async () => {
        await page.goto(floorUrl(`screen=timeline&entry=${bigPlanEntry}`));
        await interactiveAt(page, floorReady);
        return timeInteraction(page, `document.querySelector('#floor-zoom').click()`, `document.querySelector('.floor-bar').getAttribute('width')`, `document.querySelector('.floor-bar').getAttribute('width') !== before`);
      },
    },
  ];

  const results: Result[] = [];
  for (const m of measures) {
    // One warm-up of each, then interleaved rounds; each function answers the figure it measured in the page.
    await m.app(-1);
    await m.floor!(-1);
    const a: number[] = [];
    const f: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      let x: number;
      let y: number;
      if (r % 2 === 0) {
        x = (await m.app(r)) as number;
        y = (await m.floor!(r)) as number;
      } else {
        y = (await m.floor!(r)) as number;
        x = (await m.app(r)) as number;
      }
      a.push(x);
      f.push(y);
      ratios.push(x / Math.max(y, 1e-3));
    }
    results.push(judge(m, stats(a), stats(f), stats(ratios).median));
    console.log(`  ${m.name}: app ${stats(a).median.toFixed(0)} ms, floor ${stats(f).median.toFixed(0)} ms`);
  }

  // DOM rows while scrolling through each list (the floor draws every row: its count is beside it).
  const rowCounts: [string, string, () => Promise<number>, () => Promise<number>][] = [
    [
      'Portfolio rows in the DOM',
      'every entry',
      async () => {
        await page.goto(appUrl('/portfolio'));
        await interactiveAt(page, portfolioReady);
        return maxRows(page, '#main', '.portfolio-scroll tbody tr[data-index]');
      },
      async () => {
        await page.goto(floorUrl('screen=portfolio'));
        await interactiveAt(page, floorReady);
        return maxRows(page, 'body', '#floor-table tbody tr');
      },
    ],
    [
      'Review queue rows in the DOM (a page of 100)',
      'the page of 100',
      async () => {
        await page.goto(appUrl('/review'));
        await interactiveAt(page, reviewReady);
        return maxRows(page, '#main', '.review-table tbody tr[data-index]');
      },
      async () => {
        await page.goto(floorUrl('screen=review'));
        await interactiveAt(page, floorReady);
        return maxRows(page, 'body', '#floor-table tbody tr');
      },
    ],
    [
      'Task table rows in the DOM (2,000 tasks)',
      'every task',
      async () => {
        await page.goto(appUrl(`/entries/${bigPlanEntry}/timeline`));
        await interactiveAt(page, timelineReady);
        return maxRows(page, '#main', '.task-table tbody tr[data-index]');
      },
      async () => {
        await page.goto(floorUrl(`screen=timeline&entry=${bigPlanEntry}`));
        await interactiveAt(page, floorReady);
        return maxRows(page, 'body', '#floor-table tbody tr');
      },
    ],
    [
      'Gantt rows in the DOM (2,000 tasks)',
      'every task',
      async () => {
        await page.goto(appUrl(`/entries/${bigPlanEntry}/timeline`));
        await interactiveAt(page, timelineReady);
        return maxRows(page, '#main', '.gantt-labels > *');
      },
      async () => {
        await page.goto(floorUrl(`screen=timeline&entry=${bigPlanEntry}`));
        await interactiveAt(page, floorReady);
        return maxRows(page, 'body', '.floor-bar');
      },
    ],
  ];
  for (const [name, floorIs, appCount, floorCount] of rowCounts) {
    const a = await appCount();
    const f = await floorCount();
    results.push(judge({ name, floorIs: `the bare table draws ${floorIs}`, budget: { maxMs: 200 } }, stats([a]), stats([f]), a / Math.max(1, f)));
  }

  await browser.close();
  await app.close();
  await floor.close();
  return results;
}
