/**
 * Columns by priority: narrow windows hide the lower ones (3 below 1280 px, 2 below
 * 1100 px) unless every column is asked for. Columns without a priority always show.
 */
import { useSyncExternalStore } from 'react';

interface PrioritisedColumn {
  id: string;
  columnDef: { meta?: { priority?: 2 | 3 } };
}

/** The ids of the columns a window this wide leaves out; none when every column is asked for. */
export function columnsHiddenByPriority(columns: readonly PrioritisedColumn[], windowWidth: number, allColumns: boolean): Set<string> {
  const hidden = new Set<string>();
  if (allColumns) return hidden;
  const limit = windowWidth < 1100 ? 2 : windowWidth < 1280 ? 3 : Infinity;
  for (const c of columns) {
    const p = c.columnDef.meta?.priority;
    if (p !== undefined && p >= limit) hidden.add(c.id);
  }
  return hidden;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/** The window's width, kept current as it is resized. */
export function useWindowWidth(): number {
  return useSyncExternalStore(subscribe, () => window.innerWidth, () => 1440);
}
