/**
 * Every screen scrolls in one place: the main pane beside the sidebar. Long lists are
 * virtualised against it, with their table headers (and the Gantt's date header) sticky at
 * its top, so nothing scrolls inside something else that scrolls.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export const SCROLL_PANE_ID = 'main';

/** The main pane, the one element that scrolls. */
export function scrollPane(): HTMLElement | null {
  return document.getElementById(SCROLL_PANE_ID);
}

/** How far below the top of the pane's content an element starts (its offset, whatever the pane's scroll). */
export function offsetInPane(el: Pick<Element, 'getBoundingClientRect'>, pane: Pick<Element, 'getBoundingClientRect' | 'scrollTop'>): number {
  return Math.round(el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop);
}

/**
 * Where a list starts in the pane: a virtualiser's `scrollMargin`. Measured again whenever
 * the content of the pane changes size (a description unfolds, a notice appears above).
 */
export function useScrollMargin(anchor: RefObject<HTMLElement | null>): number {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const el = anchor.current;
    const pane = scrollPane();
    if (!el || !pane) return;
    const measure = () => {
      const next = offsetInPane(el, pane);
      setMargin((m) => (m === next ? m : next));
    };
    measure();
    const ro = new ResizeObserver(measure);
    for (const child of Array.from(pane.children)) ro.observe(child);
    ro.observe(pane);
    return () => ro.disconnect();
  }, [anchor]);
  return margin;
}
