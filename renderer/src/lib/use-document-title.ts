import { useEffect } from 'react';

/** Sets the window title to `<title> — Landfall`. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} — Landfall` : 'Landfall';
  }, [title]);
}
