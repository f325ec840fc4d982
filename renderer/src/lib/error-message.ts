import { ApiClientError } from '../api/client';

/** One sentence for the user, whatever was thrown. Never a stack trace. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiClientError) return err.message;
  return 'Something went wrong; please try again.';
}

/**
 * True when the API refused an edit because the row changed since the screen loaded it
 * (another window saved first): the form keeps what the user typed and offers Reload.
 */
export function isStaleVersion(err: unknown): boolean {
  return err instanceof ApiClientError && err.code === 'conflict' && err.field === 'version';
}

/**
 * The sentence for an edit made in place (a table cell, the status date), which puts the
 * stored value back when refused: there is no form keeping what was typed, so that clause goes.
 */
export function inlineErrorMessage(err: unknown): string {
  const message = errorMessage(err);
  return isStaleVersion(err) ? message.replace('; your changes are kept in the form — reload', '; reload') : message;
}
