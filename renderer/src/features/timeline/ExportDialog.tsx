import { Download } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogFrame } from '../../components/DialogFrame';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroup } from '../../components/RadioGroup';
import { errorMessage } from '../../lib/error-message';
import { useExports, type ExportFormat, type PdfLayout } from '../../stores/export-store';
import { useNotice } from '../../stores/notice-store';

const FORMATS: ReadonlyArray<{ value: ExportFormat; label: string; hint: string }> = [
  { value: 'pdf', label: 'PDF', hint: 'Landscape timeline for leadership' },
  { value: 'xlsx', label: 'Excel (XLSX)', hint: 'Tasks and milestones with real dates' },
  { value: 'csv', label: 'CSV', hint: 'The task list, UTF-8' },
  { value: 'ics', label: 'Calendar (ICS)', hint: 'Milestones as all-day events' },
  { value: 'mspdi', label: 'MS Project XML', hint: 'Tasks, links and the market calendar for planning tools' },
];

const LAYOUTS: ReadonlyArray<{ value: PdfLayout; label: string; hint: string }> = [
  { value: 'tiled', label: 'Tiled pages', hint: 'Day scale, spread over as many pages as it takes' },
  { value: 'fit', label: 'Fit to one page', hint: 'Everything on one page, scaled; the page states its smallest type' },
];

const SIZES = [
  { value: 'A4', label: 'A4 landscape' },
  { value: 'A3', label: 'A3 landscape' },
] as const;

/** "Export…": the readiness timeline as PDF (tiled or on one page), XLSX, CSV, ICS or MS Project XML, saved through the host. */
export function ExportDialog({ entryId }: { entryId: string }) {
  const id = useId();
  const exportTimeline = useExports((s) => s.exportTimeline);
  const busy = useExports((s) => s.busy);
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [pageSize, setPageSize] = useState<'A4' | 'A3'>('A4');
  const [layout, setLayout] = useState<PdfLayout>('tiled');
  const [includeTaskFinishes, setIncludeTaskFinishes] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const saved = await exportTimeline(entryId, format, { pageSize, layout, includeTaskFinishes });
      setOpen(false);
      if (saved) useNotice.getState().show(`Exported ${saved}.`);
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <DialogFrame
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setError(null);
      }}
      trigger={<Button icon={Download}>Export…</Button>}
      size="small"
    >
      <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
        <DialogHeader title="Export the readiness timeline" description="For leadership: the plan, its forecast and critical path, as a file." />
        <div className="dialog-body">
          <RadioGroup<ExportFormat> id={`${id}-format`} name="export-format" legend="Format" options={FORMATS} value={format} onChange={setFormat} error={undefined} columns={2} />
          {format === 'pdf' ? (
            <>
              <RadioGroup<"A4" | "A3"> id={`${id}-size`} name="export-size" legend="Page size" options={SIZES} value={pageSize} onChange={setPageSize} error={undefined} columns={2} />
              <RadioGroup<PdfLayout> id={`${id}-layout`} name="export-layout" legend="Layout" options={LAYOUTS} value={layout} onChange={setLayout} error={undefined} columns={2} />
            </>
          ) : null}
          {format === 'ics' ? (
            <CheckboxField label="Also add each task's finish" hint="Milestones are always included." checked={includeTaskFinishes} onChange={setIncludeTaskFinishes} />
          ) : null}
          <ErrorAlert message={error} />
        </div>
        <DialogFooter>
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </Button>
        </DialogFooter>
      </form>
    </DialogFrame>
  );
}
