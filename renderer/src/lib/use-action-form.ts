import type { FieldValues } from 'react-hook-form';
import { useNotice } from '../stores/notice-store';
import { useApiForm, type ApiFormOptions } from './use-api-form';

interface ActionFormOptions<V extends FieldValues, O> extends ApiFormOptions<V, O> {
  /** Does what the form is for with the parsed input; resolves with the notice that says what it did. */
  action(input: O): Promise<string>;
  /** Closes the form (its dialog, its panel) once the action has landed. */
  onDone(): void;
}

/**
 * A form that does one thing (`useApiForm` underneath): on submit the action runs, the form
 * closes and the action's notice is shown. `bound` goes on `DialogForm` or `InlineForm`: the
 * submit handler, the form's error sentence and the busy flag.
 */
export function useActionForm<V extends FieldValues, O>({ action, onDone, ...options }: ActionFormOptions<V, O>) {
  const api = useApiForm(options);
  const onSubmit = api.submit(async (input) => {
    const notice = await action(input);
    onDone();
    useNotice.getState().show(notice);
  });
  return { ...api, bound: { onSubmit, error: api.formError, busy: api.busy } };
}
