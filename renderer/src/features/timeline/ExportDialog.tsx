import * as Dialog from '@radix-ui/react-dialog';
import { Download, X } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroup } from '../../components/RadioGroup';
import { errorMessage } from '../../lib/error-message';
import { useExports, type ExportFormat } from '../../stores/export-store';
import { useNotice } from '../../stores/notice-store';

const FORMATS: ReadonlyArray<{ value: ExportFormat; label: string; hint: string }> = [
  { value: 'pdf', label: 'PDF', hint: 'Landscape timeline for leadership' },
  { value: 'xlsx', label: 'Excel (XLSX)', hint: 'Tasks and milestones with real dates' },
  { value: 'csv', label: 'CSV', hint: 'The task list, UTF-8' },
  { value: 'ics', label: 'Calendar (ICS)', hint: 'Milestones as all-day events' },
];

const SIZES = [
  { value: 'A4', label: 'A4 landscape' },
  { value: 'A3', label: 'A3 landscape' },
] as const;

/** "Export…": the readiness timeline as PDF, XLSX, CSV or ICS, saved through the host. */
export function ExportDialog({ entryId }: { entryId: string }) {
  const id = useId();
  const exportTimeline = useExports((s) => s.exportTimeline);
  const busy = useExports((s) => s.busy);
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [pageSize, setPageSize] = useState<'A4' | 'A3'>('A4');
  const [includeTaskFinishes, setIncludeTaskFinishes] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const saved = await exportTimeline(entryId, format, { pageSize, includeTaskFinishes });
      setOpen(false);
      if (saved) useNotice.getState().show(`Exported ${saved}.`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setError(null);
      }}
    >
      <Dialog.Trigger asChild>
        <Button icon={Download}>Export…</Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-small">
          <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
            <header className="dialog-header">
              <div>
                <Dialog.Title className="dialog-title">Export the readiness timeline</Dialog.Title>
                <Dialog.Description className="dialog-description">For leadership: the plan, its forecast and critical path, as a file.</Dialog.Description>
              </div>
              <Dialog.Close asChild>
                <button type="button" className="icon-button" aria-label="Close">
                  <X size={18} aria-hidden="true" />
                </button>
              </Dialog.Close>
            </header>
            <div className="dialog-body">
              <RadioGroup<ExportFormat> id={`${id}-format`} name="export-format" legend="Format" options={FORMATS} value={format} onChange={setFormat} error={undefined} columns={2} />
              {format === 'pdf' ? (
                <RadioGroup<"A4" | "A3"> id={`${id}-size`} name="export-size" legend="Page size" options={SIZES} value={pageSize} onChange={setPageSize} error={undefined} columns={2} />
              ) : null}
              {format === 'ics' ? (
                <CheckboxField label="Also add each task's finish" hint="Milestones are always included." checked={includeTaskFinishes} onChange={setIncludeTaskFinishes} />
              ) : null}
              <ErrorAlert message={error} />
            </div>
            <footer className="dialog-footer">
              <Dialog.Close asChild>
                <Button>Cancel</Button>
              </Dialog.Close>
              <Button type="submit" variant="primary" disabled={busy}>
                {busy ? 'Exporting…' : 'Export'}
              </Button>
            </footer>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
