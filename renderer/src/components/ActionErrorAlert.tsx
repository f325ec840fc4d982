import { ErrorAlert } from './ErrorAlert';

interface ActionErrorAlertProps {
  /** The refusal of an edit made in place (a table cell, a list's button), or null. */
  message: string | null;
  /** True when the edit was based on an out-of-date screen: Reload is offered. */
  stale: boolean;
  /** Clears the refusal. */
  onClear(): void;
  /** Fetches the current data. */
  reload(): Promise<unknown> | void;
}

/** The refusal of an edit made in place, with Reload when someone else changed the row first. */
export function ActionErrorAlert({ message, stale, onClear, reload }: ActionErrorAlertProps) {
  const onReload = () => {
    onClear();
    void reload();
  };
  return <ErrorAlert message={message} onReload={stale ? onReload : undefined} />;
}
