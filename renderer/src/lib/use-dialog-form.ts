import type { FieldValues } from 'react-hook-form';
import { useNotice } from '../stores/notice-store';
import { useApiForm, type ApiFormOptions } from './use-api-form';

interface DialogFormOptions<V extends FieldValues, O> extends ApiFormOptions<V, O> {
  /** Does what the form is for with the parsed input; resolves with the notice that says what it did. */
  action(input: O): Promise<string>;
  /** Closes the dialog once the action has landed. */
  onDone(): void;
}

/**
 * A form that fills a dialog and does one thing (`useApiForm` underneath): on submit the
 * action runs, its notice is shown and the dialog closes. `dialog` goes on `DialogForm`:
 * the submit handler, the form's error sentence and the busy flag.
 */
export function useDialogForm<V extends FieldValues, O>({ action, onDone, ...options }: DialogFormOptions<V, O>) {
  const api = useApiForm(options);
  const onSubmit = api.submit(async (input) => {
    const notice = await action(input);
    onDone();
    useNotice.getState().show(notice);
  });
  return { ...api, dialog: { onSubmit, error: api.formError, busy: api.busy } };
}
