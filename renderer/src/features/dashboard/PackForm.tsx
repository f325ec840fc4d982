import { useId } from 'react';
import { Controller } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../../shared/contract';
import { PACK_FORMATS, type MarketRow } from '../../../../shared/portfolio-schema';
import { PACK_FORMAT_LABELS } from '../../../../shared/vocabulary/portfolio';
import { Button } from '../../components/Button';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FieldError } from '../../components/FormField';
import { FormDateField } from '../../components/DateField';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useDashboard } from '../../stores/dashboard-store';
import { useNotice } from '../../stores/notice-store';

const schema = contract['export.leadershipPack'].input;

interface Values {
  entryIds: string[];
  asOf: string;
  formats: string[];
}

function toggle(list: string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

/** Which markets, on which date, in which files: every market and all three files to start with. */
export function PackForm({ markets, asOf, onDone }: { markets: MarketRow[]; asOf: string; onDone(): void }) {
  const id = useId();
  const exportPack = useDashboard((s) => s.exportPack);
  const { form, submit, busy, formError } = useApiForm<Values, z.output<typeof schema>>({
    schema: schema as never,
    defaultValues: { entryIds: markets.map((m) => m.entryId), asOf, formats: [...PACK_FORMATS] },
  });
  const onSubmit = submit(async (input) => {
    const names = await exportPack(input);
    if (names.length === 0) return;
    useNotice.getState().show(`Saved the leadership pack: ${names.join(', ')}.`);
    onDone();
  });
  const errors = form.formState.errors;

  return (
    <form className="dialog-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <DialogHeader title="Leadership pack" description="A PDF (portfolio page, the multi-market timeline, one page per market), an XLSX of the same figures and one calendar of every market’s milestones." />
      <div className="dialog-body">
        <FormDateField control={form.control} id={`${id}-asof`} label="As of" name="asOf" error={errorAt(errors, 'asOf')} hint="The figures as they stood on this day." />
        <Controller
          control={form.control}
          name="entryIds"
          render={({ field }) => (
            <fieldset className="pack-markets" aria-describedby={errors.entryIds ? `${id}-markets-error` : undefined}>
              <legend className="field-label">Markets</legend>
              <div className="pack-market-actions">
                <Button variant="ghost" onClick={() => field.onChange(markets.map((m) => m.entryId))}>
                  Select all
                </Button>
                <Button variant="ghost" onClick={() => field.onChange([])}>
                  Select none
                </Button>
              </div>
              <ul className="pack-market-list">
                {markets.map((m) => (
                  <li key={m.entryId}>
                    <label className="checkbox">
                      <input type="checkbox" checked={field.value.includes(m.entryId)} onChange={(e) => field.onChange(toggle(field.value, m.entryId, e.target.checked))} />
                      {m.name} <span className="muted">· {m.countryName}</span>
                    </label>
                  </li>
                ))}
              </ul>
              <FieldError id={`${id}-markets`} error={errorAt(errors, 'entryIds')} />
            </fieldset>
          )}
        />
        <Controller
          control={form.control}
          name="formats"
          render={({ field }) => (
            <fieldset className="pack-formats">
              <legend className="field-label">Files</legend>
              {PACK_FORMATS.map((f) => (
                <label key={f} className="checkbox">
                  <input type="checkbox" checked={field.value.includes(f)} onChange={(e) => field.onChange(toggle(field.value, f, e.target.checked))} />
                  {PACK_FORMAT_LABELS[f]}
                </label>
              ))}
              <FieldError id={`${id}-formats`} error={errorAt(errors, 'formats')} />
            </fieldset>
          )}
        />
        <ErrorAlert message={formError} />
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Exporting…' : 'Export pack'}
        </Button>
      </DialogFooter>
    </form>
  );
}
