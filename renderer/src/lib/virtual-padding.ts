import type { Virtualizer } from '@tanstack/react-virtual';

/** The heights of the rows a virtualiser leaves out above and below the ones it renders. */
export function virtualPadding(virtualizer: Virtualizer<HTMLDivElement, Element>): { top: number; bottom: number } {
  const rows = virtualizer.getVirtualItems();
  return {
    top: rows[0]?.start ?? 0,
    bottom: rows.length > 0 ? virtualizer.getTotalSize() - (rows[rows.length - 1]?.end ?? 0) : 0,
  };
}
