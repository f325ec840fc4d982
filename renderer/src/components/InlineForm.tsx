import type { FormEvent, ReactNode } from 'react';
import { Button } from './Button';
import { ErrorAlert } from './ErrorAlert';
import type { SubmitButton } from './DialogForm';

interface InlineFormProps {
  /** The form's accessible name ("Add a link"). */
  label: string;
  className: string;
  onSubmit(e: FormEvent<HTMLFormElement>): Promise<void>;
  /** Shown above the form's error sentence. */
  intro?: ReactNode;
  error: string | null;
  busy: boolean;
  /** The submit button, then "Cancel", which calls `onCancel`. */
  submit: SubmitButton;
  onCancel(): void;
  children: ReactNode;
}

/** A small form opened in place (in a panel, under a row): its fields, then the submit button and Cancel. */
export function InlineForm({ label, className, onSubmit, intro, error, busy, submit, onCancel, children }: InlineFormProps) {
  return (
    <form className={className} onSubmit={(e) => void onSubmit(e)} noValidate aria-label={label}>
      {intro}
      <ErrorAlert message={error} />
      {children}
      <div className="form-actions">
        <Button type="submit" variant={submit.variant ?? 'primary'} icon={submit.icon} disabled={busy || submit.disabled}>
          {submit.label}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
