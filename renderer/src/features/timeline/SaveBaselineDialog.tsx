import { Bookmark } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogFrame } from '../../components/DialogFrame';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { useNotice } from '../../stores/notice-store';
import { useTimeline } from '../../stores/timeline-store';

/** "Save baseline…": names the current schedule so later slippage can be measured against it. */
export function SaveBaselineDialog({ baselineCount }: { baselineCount: number }) {
  const id = useId();
  const saveBaseline = useTimeline((s) => s.saveBaseline);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!name.trim()) {
      setFieldError('Name the baseline');
      return;
    }
    setBusy(true);
    setFieldError(undefined);
    setFormError(null);
    try {
      await saveBaseline(name.trim());
      setOpen(false);
      useNotice.getState().show(`Saved baseline “${name.trim()}”.`);
    } catch (err) {
      if (err instanceof ApiClientError && err.field === 'name') setFieldError(err.message);
      else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <DialogFrame
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) {
          setName(`Baseline ${baselineCount + 1}`);
          setFieldError(undefined);
          setFormError(null);
        }
      }}
      trigger={<Button icon={Bookmark}>Save baseline…</Button>}
      size="small"
    >
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <DialogHeader
          title="Save baseline"
          description="Keeps today’s schedule of every task, so you can see later which tasks slipped and by how much."
        />
        <div className="dialog-body">
          <FormField id={id} label="Baseline name" error={fieldError}>
            <input {...fieldA11y(id, fieldError)} className="input" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} autoFocus />
          </FormField>
          <ErrorAlert message={formError} />
        </div>
        <DialogFooter>
          <Button type="submit" variant="primary" disabled={busy}>
            Save baseline
          </Button>
        </DialogFooter>
      </form>
    </DialogFrame>
  );
}
