import type { EntryFormValues, FieldErrors } from './entry-form-values';

export interface FormSectionProps {
  values: EntryFormValues;
  errors: FieldErrors;
  update(patch: Partial<EntryFormValues>): void;
}
