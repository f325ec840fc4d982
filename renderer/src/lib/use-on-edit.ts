import { useEffect, useEffectEvent } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/** Calls `onEdit` each time the user changes a field (not when the form is reset): a "Saved" line or a preview is then out of date. */
export function useOnEdit<V extends FieldValues, O>(form: UseFormReturn<V, unknown, O>, onEdit: () => void) {
  const edited = useEffectEvent(onEdit);
  useEffect(() => {
    const sub = form.watch((_values, { name }) => {
      if (name !== undefined) edited();
    });
    return () => sub.unsubscribe();
  }, [form]);
}
