import type { UseFormReturn } from 'react-hook-form';
import type { EntryFields } from '../../../../shared/entry-schema';
import type { EntryFormValues } from './entry-form-values';

export interface FormSectionProps {
  form: UseFormReturn<EntryFormValues, unknown, EntryFields>;
}
