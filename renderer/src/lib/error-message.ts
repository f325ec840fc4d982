import { ApiClientError } from '../api/client';

/** One sentence for the user, whatever was thrown. Never a stack trace. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiClientError) return err.message;
  return 'Something went wrong; please try again.';
}
