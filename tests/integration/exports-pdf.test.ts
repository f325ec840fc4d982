import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/entry-schema';
import type { ExportFile } from '../../shared/export-schema';
import type { PlanView } from '../../shared/plan-schema';
import { backendsForTests, ok, tempDir, validEntry } from './helpers';
import { pageCount, pageTexts, squeeze } from './pdf-pages';

const backends = backendsForTests();
/** Set LANDFALL_PDF_SAMPLES to a folder to keep the PDFs these tests write (to look at them). */
const SAMPLES = process.env.LANDFALL_PDF_SAMPLES;

async function start() {
  const b = await backends.start();
  const create = (name: string, country = 'DE') => ok<Entry>(b.router.call('entries.create', validEntry({ name, targetCountry: country, startDate: '2027-03-01' })));
  const pdf = async (entryId: string, opts: Record<string, unknown>, sample?: string) => {
    const f = await ok<ExportFile>(b.router.call('export.timeline', { entryId, format: 'pdf', ...opts }));
    const file = path.join(tempDir('landfall-pdf-'), f.fileName);
    fs.writeFileSync(file, Buffer.from(f.contentBase64, 'base64'));
    if (SAMPLES && sample) {
      fs.mkdirSync(SAMPLES, { recursive: true });
      fs.copyFileSync(file, path.join(SAMPLES, `${sample}.pdf`));
    }
    return file;
  };
  return { b, create, pdf };
}

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  yMax: number;
}

/** Every word of one page with its box (pdftotext -bbox), y growing down the page. */
function words(file: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-']).toString();
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    yMax: Number(m[3]),
    text: m[4]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
  }));
}

const M = 28;
/** Task labels start 8 pt in from the margin; the legend's first label ("Task") 15 pt. */
const LABEL_X = M + 8;
const LEGEND_X = M + 15;

/** Per page: the legend's top and the task labels (first word of each) with their boxes. */
function pageLayout(file: string, page: number) {
  const all = words(file, page);
  const legend = all.find((w) => w.text === 'Task' && Math.abs(w.xMin - LEGEND_X) < 1);
  expect(legend, `legend on page ${page}`).toBeDefined();
  const labels = all.filter((w) => Math.abs(w.xMin - LABEL_X) < 1);
  return { legendTop: legend!.yMin, labels };
}

async function plan(b: Awaited<ReturnType<typeof start>>['b'], entryId: string) {
  return ok<PlanView>(b.router.call('plan.get', { entryId }));
}

/** Adds tasks until the plan has `count` tasks besides its milestones. */
async function growTo(b: Awaited<ReturnType<typeof start>>['b'], entryId: string, count: number) {
  const p = await plan(b, entryId);
  const have = p.tasks.filter((t) => t.durationDays > 0).length;
  const streams = ['regulatory_legal', 'infrastructure_technology', 'team_operations'] as const;
  for (let i = have; i < count; i++) {
    await ok(b.router.call('plan.addTask', { entryId, title: `Extra task ${i + 1}`, workstream: streams[i % 3], durationDays: 3 + (i % 5) }));
  }
}

describe('timeline PDF, page by page', () => {
  for (const size of ['A4', 'A3'] as const) {
    it(`tiles a default German plan on ${size}: a footer on every page, no task row under the legend, every task on each column of pages`, async () => {
      const { b, create, pdf } = await start();
      const entry = await create('Germany launch');
      const p = await plan(b, entry.id);
      const file = await pdf(entry.id, { pageSize: size }, `timeline-${size}-tiled`);
      const pages = pageTexts(file);
      const shown = new Map<string, number>();
      pages.forEach((text, i) => {
        expect(squeeze(text)).toContain(`Page ${i + 1} of ${pages.length}`);
        const { legendTop, labels } = pageLayout(file, i + 1);
        expect(labels.length, `task rows on page ${i + 1}`).toBeGreaterThan(0);
        for (const l of labels) expect(l.yMax, `"${l.text}" on page ${i + 1}`).toBeLessThanOrEqual(legendTop);
        shown.set(String(i), labels.length);
      });
      // Each task label appears once per column of pages: the total is a multiple of the task count.
      const total = [...shown.values()].reduce((a, c) => a + c, 0);
      expect(total % p.tasks.length).toBe(0);
    });
  }

  it('balances tiles: 29 tasks on A4 fill their pages evenly, and A3 pages share the days evenly', async () => {
    const { b, create, pdf } = await start();
    const entry = await create('Germany launch');
    await growTo(b, entry.id, 29);
    const file = await pdf(entry.id, { pageSize: 'A4' }, 'timeline-A4-29-tasks');
    const n = pageCount(file);
    const perPage = Array.from({ length: n }, (_, i) => pageLayout(file, i + 1).labels.length);
    expect(Math.min(...perPage)).toBeGreaterThanOrEqual(Math.max(...perPage) - 2);
    const days = (f: string) =>
      pageTexts(f).map((t) => {
        const m = /(\d{1,2} \w{3} \d{4}) – (\d{1,2} \w{3} \d{4}), tasks/.exec(squeeze(t))!;
        return (Date.parse(`${m[2]} UTC`) - Date.parse(`${m[1]} UTC`)) / 86_400_000 + 1;
      });
    const a4Days = days(file);
    expect(Math.max(...a4Days) - Math.min(...a4Days)).toBeLessThanOrEqual(1);
    const a3 = await pdf(entry.id, { pageSize: 'A3' }, 'timeline-A3-29-tasks');
    const a3Days = days(a3);
    expect(Math.min(...a3Days)).toBeGreaterThan(30); // never a page of nine days
  });

  for (const size of ['A4', 'A3'] as const) {
    it(`fits the whole plan on one ${size} page and states the smallest type`, async () => {
      const { b, create, pdf } = await start();
      const entry = await create('Germany launch');
      await growTo(b, entry.id, 60);
      const p = await plan(b, entry.id);
      const file = await pdf(entry.id, { pageSize: size, layout: 'fit' }, `timeline-${size}-fit`);
      expect(pageCount(file)).toBe(1);
      const text = squeeze(pageTexts(file)[0]!);
      expect(text).toContain('Page 1 of 1');
      expect(text).toMatch(/fitted to one page, smallest type \d+(\.\d)? pt/);
      const { legendTop, labels } = pageLayout(file, 1);
      expect(labels).toHaveLength(p.tasks.length);
      for (const l of labels) expect(l.yMax).toBeLessThanOrEqual(legendTop);
    });
  }
});

/** Names as people type them, one per script the PDF must carry. */
const SCRIPTS: [string, string, string][] = [
  ['Japanese', '日本市場への進出', 'JP'],
  ['Chinese', '中国市场进入计划', 'CN'],
  ['Arabic', 'التوسع في السعودية', 'SA'],
  ['Hebrew', 'כניסה לשוק הישראלי', 'IL'],
  ['Devanagari', 'भारत में विस्तार योजना', 'IN'],
  ['Thai', 'ขยายธุรกิจสู่ประเทศไทย', 'TH'],
  ['Korean', '한국 시장 진출', 'KR'],
];

/** pdftotext in content order, bidi marks dropped, white space squeezed. */
function rawText(file: string, page = 1): string {
  return squeeze(execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), file, '-']).toString().replace(/[\u202a-\u202e\u200e\u200f]/g, ''));
}

describe('PDF text in every script', { timeout: 90_000 }, () => {
  it('embeds a font for each script and gives the names back as typed (pdftotext)', async () => {
    const { b, create, pdf } = await start();
    for (const [script, name, country] of SCRIPTS) {
      const entry = await create(name, country);
      const file = await pdf(entry.id, { pageSize: 'A4' }, `script-${script}`);
      const text = rawText(file);
      expect(text, script).toContain(`Readiness timeline — ${name}`);
      const fonts = execFileSync('pdffonts', [file]).toString();
      expect(fonts, script).toMatch(/DejaVuSans/);
      expect(fonts.split('\n').filter((l) => /\+Noto/.test(l)).every((l) => / yes yes yes /.test(l)), script).toBe(true);
      // A task named in the same script comes back too (task labels are the other place names appear).
      await ok(b.router.call('plan.addTask', { entryId: entry.id, title: `${name} 2`, workstream: 'team_operations', durationDays: 2 }));
      const again = await pdf(entry.id, { pageSize: 'A4', layout: 'fit' });
      expect(rawText(again), script).toContain(`${name} 2`);
    }
  });

  it('loads only the fonts a document needs', async () => {
    const { create, pdf } = await start();
    const latin = await create('Germany launch');
    const fonts = execFileSync('pdffonts', [await pdf(latin.id, {})]).toString();
    expect(fonts).not.toMatch(/Noto/);
    const ja = await create('日本市場への進出', 'JP');
    const jaFonts = execFileSync('pdffonts', [await pdf(ja.id, {})]).toString();
    expect(jaFonts).toMatch(/NotoSansCJKjp-Regular/);
    expect(jaFonts).not.toMatch(/NotoSansArabic|NotoSansCJKsc/);
  });

  it('writes a sign-off register for an entry named in Arabic that reads back as typed', async () => {
    const { b, create } = await start();
    await ok(b.router.call('settings.update', { displayName: 'ليلى حداد', role: 'legal' }));
    const entry = await create('التوسع في السعودية', 'SA');
    const f = await ok<ExportFile>(b.router.call('export.signoffRegister', { entryId: entry.id, format: 'pdf' }));
    const file = path.join(tempDir('landfall-pdf-'), 'register.pdf');
    fs.writeFileSync(file, Buffer.from(f.contentBase64, 'base64'));
    if (SAMPLES) fs.copyFileSync(file, path.join(SAMPLES, 'register-arabic.pdf'));
    expect(rawText(file)).toContain('Sign-off register — التوسع في السعودية');
  });
});
