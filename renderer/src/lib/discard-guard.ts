/**
 * "Discard your changes?": the one mechanism every form dialog uses. A guarded dialog
 * (components/GuardedDialogRoot) provides a registry; every form built on useApiForm reports
 * whether it holds unsaved edits; closing the dialog by Escape, Cancel, the close button or
 * a click outside asks first while any of them does. Closing after a save is not asked.
 */
import { createContext, useContext, useEffect, useId } from 'react';

export interface DirtyRegistry {
  /** Records whether the form `key` holds unsaved edits (false forgets it). */
  report(key: string, dirty: boolean): void;
}

export const DirtyRegistryContext = createContext<DirtyRegistry | null>(null);

/** Tells the enclosing guarded dialog whether this form holds unsaved edits (no-op outside one). */
export function useReportDirty(dirty: boolean): void {
  const registry = useContext(DirtyRegistryContext);
  const key = useId();
  useEffect(() => {
    registry?.report(key, dirty);
  }, [registry, key, dirty]);
  useEffect(() => () => registry?.report(key, false), [registry, key]);
}
