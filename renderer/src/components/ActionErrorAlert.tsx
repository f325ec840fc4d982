import type { StoreApi, UseBoundStore } from 'zustand';
import type { ActionErrorState } from '../lib/entry-store';
import { ErrorAlert } from './ErrorAlert';

/** A store that keeps the last refused change made outside a form (the checklist's, the timeline's). */
export interface ActionErrorStore extends ActionErrorState {
  setActionError(error: unknown): void;
  reload(): Promise<void>;
}

interface ActionErrorAlertProps<S extends ActionErrorStore> {
  store: UseBoundStore<StoreApi<S>>;
  /** With a class, the sentence sits in a box of that class with a "Dismiss" button. */
  dismissClassName?: string;
}

/** The last refused change made outside a form, with Reload (which fetches the current data) when it was based on out-of-date data. */
export function ActionErrorAlert<S extends ActionErrorStore>({ store, dismissClassName }: ActionErrorAlertProps<S>) {
  const actionError = store((s) => s.actionError);
  const actionStale = store((s) => s.actionStale);
  const setActionError = store((s) => s.setActionError);
  const reload = store((s) => s.reload);
  const alert = (
    <ErrorAlert
      message={actionError}
      onReload={
        actionStale
          ? () => {
              setActionError(null);
              void reload();
            }
          : undefined
      }
    />
  );
  if (!dismissClassName) return alert;
  return actionError ? (
    <div className={dismissClassName}>
      {alert}
      <button type="button" className="btn btn-ghost btn-small" onClick={() => setActionError(null)}>
        Dismiss
      </button>
    </div>
  ) : null;
}
