import type { VirtualItem } from '@tanstack/react-virtual';

interface Measured {
  getVirtualItems(): readonly Pick<VirtualItem, 'start' | 'end'>[];
  getTotalSize(): number;
  options: { scrollMargin: number };
}

/**
 * The heights of the rows a virtualiser leaves out above and below the ones it renders.
 * Items start `scrollMargin` down the scroll element (where the list begins); the total does not.
 */
export function virtualPadding(virtualizer: Measured): { top: number; bottom: number } {
  const rows = virtualizer.getVirtualItems();
  const margin = virtualizer.options.scrollMargin;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return { top: 0, bottom: 0 };
  return { top: Math.max(0, first.start - margin), bottom: Math.max(0, virtualizer.getTotalSize() - (last.end - margin)) };
}
