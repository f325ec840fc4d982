import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { scrollPane, useScrollMargin } from './scroll-pane';

/** Room left at the top for a sticky header when a row is scrolled into view. */
const STICKY_HEADER = 48;

/**
 * Rows drawn beyond the pane's edges, each way. Generous: the pane is taller than the inner
 * boxes lists used to scroll in, lists often start below the fold, and a list of a few dozen
 * rows is then drawn whole; the longest still keep well under 200 rows in the DOM.
 */
const OVERSCAN = 40;

type Options = Omit<Parameters<typeof useVirtualizer<HTMLElement, Element>>[0], 'getScrollElement' | 'scrollMargin'>;

/** A virtualiser for a list in the main pane: the pane scrolls, `anchor` is where the list's rows begin. */
export function usePaneVirtualizer({ anchor, ...options }: Options & { anchor: RefObject<HTMLElement | null> }) {
  const scrollMargin = useScrollMargin(anchor);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns unmemoizable functions; callers are not compiled.
  return useVirtualizer<HTMLElement, Element>({ scrollPaddingStart: STICKY_HEADER, overscan: OVERSCAN, ...options, getScrollElement: scrollPane, scrollMargin });
}
