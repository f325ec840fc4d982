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
import path from 'node:path';
import { chromium } from '@playwright/test';
import type { Backend } from '../electron/backend/index';
import { startHost } from '../electron/host/server';
import { rowCounts, type Session, timedMeasures } from './browser/measures';
import { chromiumPath, floorDir, interactiveAt } from './browser/probes';
import { judge, stats, type Result } from './harness';

export interface BrowserBenchInput {
  backend: Backend;
  bigPlanEntry: string;
  rounds: number;
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

  const session: Session = {
    page,
    openApp: async (hash, ready) => {
      await page.goto(appUrl(hash));
      return interactiveAt(page, ready);
    },
    openFloor: async (query, ready) => {
      await page.goto(floorUrl(query));
      return interactiveAt(page, ready);
    },
  };

  const results: Result[] = [];
  for (const m of timedMeasures(session, bigPlanEntry)) {
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
  for (const { name, floorIs, app: appCount, floor: floorCount } of rowCounts(session, bigPlanEntry)) {
    const a = await appCount();
    const f = await floorCount();
    results.push(judge({ name, floorIs: `the bare table draws ${floorIs}`, budget: { maxMs: 200 } }, stats([a]), stats([f]), a / Math.max(1, f)));
  }

  await browser.close();
  await app.close();
  await floor.close();
  return results;
}
