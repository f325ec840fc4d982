import type { LucideIcon } from 'lucide-react';
import type { FormEvent, ReactNode } from 'react';
import { Button } from './Button';
import { DialogFooter } from './DialogFooter';
import { DialogHeader } from './DialogHeader';
import { ErrorAlert } from './ErrorAlert';

export interface DialogFormProps {
  title: ReactNode;
  description: ReactNode;
  /** The tighter header of a small dialog. */
  small?: boolean;
  onSubmit(e: FormEvent<HTMLFormElement>): Promise<void>;
  /** The form's error sentence, shown above the fields (a form that shows it elsewhere renders its own), with Reload for an edit based on out-of-date data. */
  error?: string | null;
  onReload?: (() => void) | undefined;
  bodyClassName?: string;
  /** While the form's action runs: the submit button is disabled. */
  busy?: boolean;
  /** The submit button, after "Cancel". */
  submit: SubmitButton;
  /** The fields. */
  children: ReactNode;
}

export interface SubmitButton {
  label: ReactNode;
  /** Disabled for a reason other than being busy. */
  disabled?: boolean;
  variant?: 'primary' | 'danger';
  icon?: LucideIcon;
}

/** A form that fills a dialog: the title and description, the fields, then Cancel and the submit button. */
export function DialogForm({ title, description, small, onSubmit, error, onReload, bodyClassName, busy = false, submit, children }: DialogFormProps) {
  return (
    <form className="dialog-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <DialogHeader title={title} description={description} small={small} />
      <div className={bodyClassName ? `dialog-body ${bodyClassName}` : 'dialog-body'}>
        <ErrorAlert message={error} onReload={onReload} />
        {children}
      </div>
      <DialogFooter>
        <Button type="submit" variant={submit.variant ?? 'primary'} icon={submit.icon} disabled={busy || submit.disabled}>
          {submit.label}
        </Button>
      </DialogFooter>
    </form>
  );
}
