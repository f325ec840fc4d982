/**
 * Every form's submit in one place: react-hook-form over the contract's zod schema,
 * focus on the first invalid field, busy while the action runs, and what the API refuses
 * either placed on its field (the error's `field`) or shown as one sentence for the form.
 * An edit refused because another window saved first (`stale`) leaves every value as the
 * user typed it; the form offers Reload. Unsaved edits are reported to the enclosing
 * guarded dialog, which asks before discarding them.
 */
import { useState } from 'react';
import { get, useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import { ApiClientError } from '../api/client';
import { useReportDirty } from './discard-guard';
import { errorMessage, isStaleVersion } from './error-message';
import { fieldForPath, registeredPaths, withoutFieldPrefix } from './field-errors';
import { schemaResolver } from './form-resolver';

export interface ApiFormOptions<V extends FieldValues, O> {
  /** The contract's input schema, or one derived from it (`.pick`, `.extend`, piped from the form's values). */
  schema: z.ZodType<O, V>;
  defaultValues: NoInfer<V>;
  /** Parts of the input that no control edits directly, and the field that shows their problems. */
  aliases?: Readonly<Record<string, Path<V>>>;
}

export function useApiForm<V extends FieldValues, O>({ schema, defaultValues, aliases = {} }: ApiFormOptions<V, O>) {
  const [resolver] = useState(() => schemaResolver(schema, aliases));
  const form = useForm<V, unknown, O>({
    resolver,
    defaultValues: defaultValues as DefaultValues<V>,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  useReportDirty(form.formState.isDirty);

  /** An error the API returned: on its field when the form has it, else one sentence. */
  function fail(err: unknown) {
    setStale(isStaleVersion(err));
    const field = err instanceof ApiClientError && err.field ? fieldForPath(err.field, registeredPaths(form.getValues(), form.control._fields), aliases) : null;
    if (field) {
      form.setError(field as Path<V>, { type: 'server', message: withoutFieldPrefix(errorMessage(err)) }, { shouldFocus: true });
    } else setFailure(errorMessage(err));
  }

  /** The submit handler: validate with the schema, then run the action with the parsed input. */
  function submit(action: (input: O) => unknown) {
    return form.handleSubmit(
      async (input) => {
        setFailure(null);
        setStale(false);
        try {
          await action(input);
        } catch (err) {
          fail(err);
        }
      },
      () => setFailure(null),
    );
  }

  return {
    form,
    submit,
    /** A registered control's props with its message, for TextField, TextAreaField, EnumSelect: `<TextField id label {...field('owner')} />`. */
    field: (name: Path<V>) => ({ ...form.register(name), error: errorAt(form.formState.errors, name) }),
    /** The same for FormDateField, which is bound through the form's control. */
    dateField: (name: Path<V>) => ({ control: form.control, name, error: errorAt(form.formState.errors, name) }),
    /** True from submit until the action has finished. */
    busy: form.formState.isSubmitting,
    /** The one sentence about the whole form (not about a field), if any. */
    formError: failure ?? form.formState.errors.root?.message ?? null,
    setFormError: setFailure,
    /** True when the last save was refused because the data changed since the form loaded it. */
    stale,
    /** Clears the form-level sentence (after Reload). */
    clearFailure: () => {
      setFailure(null);
      setStale(false);
    },
  };
}

/** The message of the field at `path` ("profile.entryMode"), if it has one. */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  const error: unknown = get(errors, path);
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') return error.message;
  return undefined;
}
