/** The pure parts of the tables' layout: columns by priority, the virtualiser's padding in the main pane, a list's offset in it, a task's category. */
import { describe, expect, it } from 'vitest';
import { itemTaskCategory } from '../../../electron/backend/services/plan/plan-build';
import { columnsHiddenByPriority } from '../../../renderer/src/lib/column-priorities';
import { offsetInPane } from '../../../renderer/src/lib/scroll-pane';
import { virtualPadding } from '../../../renderer/src/lib/virtual-padding';

const columns = [
  { id: 'name', columnDef: {} },
  { id: 'start', columnDef: { meta: { priority: 2 as const } } },
  { id: 'region', columnDef: { meta: { priority: 3 as const } } },
  { id: 'status', columnDef: { meta: {} } },
];

describe('columns by priority', () => {
  it('shows every column from 1280 px, leaves out priority 3 below it and priority 2 too below 1100 px', () => {
    expect([...columnsHiddenByPriority(columns, 1440, false)]).toEqual([]);
    expect([...columnsHiddenByPriority(columns, 1280, false)]).toEqual([]);
    expect([...columnsHiddenByPriority(columns, 1279, false)]).toEqual(['region']);
    expect([...columnsHiddenByPriority(columns, 1100, false)]).toEqual(['region']);
    expect([...columnsHiddenByPriority(columns, 1099, false)]).toEqual(['start', 'region']);
    expect([...columnsHiddenByPriority(columns, 1024, false)]).toEqual(['start', 'region']);
  });

  it('hides nothing when every column is asked for', () => {
    expect(columnsHiddenByPriority(columns, 800, true).size).toBe(0);
  });
});

describe('virtual padding in the main pane', () => {
  const virtualizer = (items: { start: number; end: number }[], total: number, scrollMargin: number) => ({
    getVirtualItems: () => items.map((i, index) => ({ ...i, index, key: index, size: i.end - i.start, lane: 0 })),
    getTotalSize: () => total,
    options: { scrollMargin },
  });

  it('measures the rows left out above and below from where the list starts, not from the top of the pane', () => {
    // Rows of 50 px; the list starts 300 px down the pane; rows 10–19 of 100 are drawn.
    const items = Array.from({ length: 10 }, (_, k) => ({ start: 300 + (10 + k) * 50, end: 300 + (11 + k) * 50 }));
    expect(virtualPadding(virtualizer(items, 5000, 300))).toEqual({ top: 500, bottom: 4000 });
  });

  it('is nothing for an empty list', () => {
    expect(virtualPadding(virtualizer([], 0, 120))).toEqual({ top: 0, bottom: 0 });
  });
});

describe("a list's offset in the pane", () => {
  const box = (top: number) => ({ getBoundingClientRect: () => ({ top }) as DOMRect });
  it('adds what the pane has scrolled, so the offset is the same wherever the pane is scrolled', () => {
    expect(offsetInPane(box(400), { ...box(0), scrollTop: 0 })).toBe(400);
    expect(offsetInPane(box(-600), { ...box(0), scrollTop: 1000 })).toBe(400);
    expect(offsetInPane(box(440.4), { ...box(40), scrollTop: 0 })).toBe(400);
  });
});

describe("a checklist-driven task's category", () => {
  it('comes from the template key item:<category>; other tasks have none', () => {
    expect(itemTaskCategory('item:ai_governance')).toBe('ai_governance');
    expect(itemTaskCategory('item:representative_dpo')).toBe('representative_dpo');
    expect(itemTaskCategory('entry-decision')).toBeNull();
    expect(itemTaskCategory('item:not_a_category')).toBeNull();
    expect(itemTaskCategory(null)).toBeNull();
  });
});
