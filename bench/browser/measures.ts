/**
 * What the browser bench measures: each screen in the app beside the floor page, as timed
 * measures (interactive, sort, search keystroke, zoom) and as DOM row counts while scrolling.
 */
import type { Page } from '@playwright/test';
import type { Measure } from '../harness';
import { maxRows, timeInteraction, typeInto } from './probes';

export interface Session {
  page: Page;
  /** Navigates the app to `hash` and answers ms until `ready` holds and a frame has run. */
  openApp(hash: string, ready: string): Promise<number>;
  /** The same for the floor page with `query`. */
  openFloor(query: string, ready: string): Promise<number>;
}

export interface RowCount {
  name: string;
  floorIs: string;
  app(): Promise<number>;
  floor(): Promise<number>;
}

const portfolioReady = `document.querySelectorAll('.portfolio-scroll tbody tr[data-index]').length > 0 && !!document.querySelector('.portfolio-scroll .readiness-value')`;
const floorReady = `document.querySelectorAll('#floor-table tbody tr').length > 0`;
const floorCountsReady = `${floorReady} && document.querySelector('#floor-table tbody tr td:nth-child(7)')?.textContent !== '…'`;
const reviewReady = `document.querySelectorAll('.review-table tbody tr[data-index]').length > 0`;
const timelineReady = `document.querySelectorAll('.gantt-row-label').length > 0 && document.querySelectorAll('.task-table tbody tr[data-index]').length > 0`;
const firstCell = (table: string) => `document.querySelector('${table} tbody tr:not(.spacer-row) td')?.textContent`;
/** A click that changes the table's first cell, timed until it has. */
const firstCellChange = (page: Page, click: string, table: string) => timeInteraction(page, click, firstCell(table), `${firstCell(table)} !== before`);
/** A change to what `expr` reads, timed until it reads something else. */
const readsOtherwise = (page: Page, act: string, expr: string) => timeInteraction(page, act, expr, `${expr} !== before`);
const headerClick = (table: string, label: string) => `[...document.querySelectorAll('${table} thead button')].find(b => b.textContent.includes('${label}')).click()`;

export function timedMeasures({ page, openApp, openFloor }: Session, bigPlanEntry: string): Measure[] {
  const timeline = `/entries/${bigPlanEntry}/timeline`;
  const floorTimeline = `screen=timeline&entry=${bigPlanEntry}`;
  let letter = 0;
  const letters = ['z', 'y', 'k', 'q', 'j', 'w'];
  const nextLetter = () => letters[letter++ % letters.length]!;
  return [
    {
      name: 'Portfolio of 1,000 entries: interactive after navigation',
      floorIs: 'entries.list and portfolio.summary JSON in a bare React table of every row',
      budget: { maxMs: 1000 },
      app: () => openApp('/portfolio', portfolioReady),
      floor: () => openFloor('screen=portfolio', floorCountsReady),
    },
    {
      name: 'Portfolio: a sort click (Name)',
      floorIs: 'the bare table re-sorted by name',
      budget: { maxMs: 100 },
      app: async () => {
        await openApp('/portfolio', portfolioReady);
        return firstCellChange(page, headerClick('.portfolio-scroll', 'Name'), '.portfolio-scroll');
      },
      floor: async () => {
        await openFloor('screen=portfolio', floorCountsReady);
        return firstCellChange(page, `document.querySelector('#floor-sort').click()`, '#floor-table');
      },
    },
    {
      name: 'Portfolio: a search keystroke',
      floorIs: 'the bare table filtered by name',
      budget: { maxMs: 100 },
      app: async () => {
        await openApp('/portfolio', portfolioReady);
        return readsOtherwise(page, typeInto('#portfolio-search', nextLetter()), `document.querySelector('.table-summary').textContent`);
      },
      floor: async () => {
        await openFloor('screen=portfolio', floorCountsReady);
        return readsOtherwise(page, typeInto('#floor-search', nextLetter()), `document.querySelector('#floor-count').textContent`);
      },
    },
    {
      name: 'Review page with 10,000 pending: interactive after navigation',
      floorIs: 'the first page of review.queue (100 rows, the same JSON) in a bare React table',
      budget: { maxMs: 1000 },
      app: () => openApp('/review', reviewReady),
      floor: () => openFloor('screen=review', floorReady),
    },
    {
      name: 'Review page: a sort click (Requirement, sorted on the server)',
      floorIs: 'the bare table asking review.queue for the page sorted by title',
      budget: { maxMs: 300 },
      app: async () => {
        await openApp('/review', reviewReady);
        return firstCellChange(page, headerClick('.review-table', 'Requirement'), '.review-table');
      },
      floor: async () => {
        await openFloor('screen=review', floorReady);
        return firstCellChange(page, `document.querySelector('#floor-sort').click()`, '#floor-table');
      },
    },
    {
      name: 'Timeline of a 2,000-task plan: interactive after navigation',
      floorIs: 'plan.get JSON as a bare table of every task with an SVG bar each',
      budget: { maxMs: 1500 },
      app: () => openApp(timeline, timelineReady),
      floor: () => openFloor(floorTimeline, floorReady),
    },
    {
      name: 'Timeline: zoom (days ↔ weeks)',
      floorIs: 'the bare table redrawing every bar at the other day width',
      budget: { maxMs: 150 },
      app: async () => {
        await openApp(timeline, timelineReady);
        const current = (await page.evaluate(`document.querySelector('input[name="gantt-zoom"]:checked')?.value`)) as string | undefined;
        const to = current === 'day' ? 'week' : 'day';
        return readsOtherwise(page, `document.querySelector('input[name="gantt-zoom"][value="${to}"]').click()`, `document.querySelector('.gantt-body-svg').getAttribute('width')`);
      },
      floor: async () => {
        await openFloor(floorTimeline, floorReady);
        return readsOtherwise(page, `document.querySelector('#floor-zoom').click()`, `document.querySelector('.floor-bar').getAttribute('width')`);
      },
    },
  ];
}

/** DOM rows while scrolling through each list (the floor draws every row: its count is beside it). */
export function rowCounts({ page, openApp, openFloor }: Session, bigPlanEntry: string): RowCount[] {
  const timeline = `/entries/${bigPlanEntry}/timeline`;
  const floorTimeline = `screen=timeline&entry=${bigPlanEntry}`;
  const count = (open: Promise<number>, container: string, rows: string) => open.then(() => maxRows(page, container, rows));
  const floorRows = (query: string, rows = '#floor-table tbody tr') => () => count(openFloor(query, floorReady), 'body', rows);
  return [
    {
      name: 'Portfolio rows in the DOM',
      floorIs: 'every entry',
      app: () => count(openApp('/portfolio', portfolioReady), '#main', '.portfolio-scroll tbody tr[data-index]'),
      floor: floorRows('screen=portfolio'),
    },
    {
      name: 'Review queue rows in the DOM (a page of 100)',
      floorIs: 'the page of 100',
      app: () => count(openApp('/review', reviewReady), '#main', '.review-table tbody tr[data-index]'),
      floor: floorRows('screen=review'),
    },
    {
      name: 'Task table rows in the DOM (2,000 tasks)',
      floorIs: 'every task',
      app: () => count(openApp(timeline, timelineReady), '#main', '.task-table tbody tr[data-index]'),
      floor: floorRows(floorTimeline),
    },
    {
      name: 'Gantt rows in the DOM (2,000 tasks)',
      floorIs: 'every task',
      app: () => count(openApp(timeline, timelineReady), '#main', '.gantt-labels > *'),
      floor: floorRows(floorTimeline, '.floor-bar'),
    },
  ];
}
