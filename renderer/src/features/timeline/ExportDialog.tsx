import { Download } from 'lucide-react';
import { useId, useState } from 'react';
import { ActionDialog } from '../../components/ActionDialog';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { RadioGroup } from '../../components/RadioGroup';
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
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [pageSize, setPageSize] = useState<'A4' | 'A3'>('A4');
  const [layout, setLayout] = useState<PdfLayout>('tiled');
  const [includeTaskFinishes, setIncludeTaskFinishes] = useState(false);

  async function save() {
    const saved = await exportTimeline(entryId, format, { pageSize, layout, includeTaskFinishes });
    if (saved) useNotice.getState().show(`Exported ${saved}.`);
    return true;
  }

  return (
    <ActionDialog
      trigger={<Button icon={Download}>Export…</Button>}
      size="small"
      title="Export the readiness timeline"
      description="For leadership: the plan, its forecast and critical path, as a file."
      submit={{ label: 'Export', busyLabel: 'Exporting…' }}
      busy={busy}
      onAction={save}
    >
      <RadioGroup<ExportFormat> id={`${id}-format`} name="export-format" legend="Format" options={FORMATS} value={format} onChange={setFormat} error={undefined} columns={2} />
      {format === 'pdf' ? (
        <>
          <RadioGroup<'A4' | 'A3'> id={`${id}-size`} name="export-size" legend="Page size" options={SIZES} value={pageSize} onChange={setPageSize} error={undefined} columns={2} />
          <RadioGroup<PdfLayout> id={`${id}-layout`} name="export-layout" legend="Layout" options={LAYOUTS} value={layout} onChange={setLayout} error={undefined} columns={2} />
        </>
      ) : null}
      {format === 'ics' ? (
        <CheckboxField label="Also add each task's finish" hint="Milestones are always included." checked={includeTaskFinishes} onChange={setIncludeTaskFinishes} />
      ) : null}
    </ActionDialog>
  );
}
