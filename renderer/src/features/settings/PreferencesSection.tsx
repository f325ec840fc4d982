import { CircleCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import { contract } from '../../../../shared/contract';
import { patternFor, patternHint, formatDateInput } from '../../../../shared/domain/date-input';
import type { DateFormat, Preferences } from '../../../../shared/preferences-schema';
import { DATE_FORMAT_LABELS } from '../../../../shared/vocabulary/preferences';
import { Button } from '../../components/Button';
import { CountrySelect } from '../../components/CountrySelect';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { emptyAsNull, fromForm } from '../../lib/form-values';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { usePreferences } from '../../stores/preferences-store';
import { useReference } from '../../stores/reference-store';
import { Controller } from 'react-hook-form';

interface PreferencesValues {
  dateFormat: DateFormat;
  /** '' means not set. */
  homeMarket: string;
}

const schema = fromForm((v: PreferencesValues) => ({ ...v, homeMarket: emptyAsNull(v.homeMarket) }), contract['preferences.update'].input);

/** How dates are read and shown, and the company's home market (new entries start with it). */
export function PreferencesSection({ initial }: { initial: Preferences }) {
  const save = usePreferences((s) => s.save);
  const countries = useReference((s) => s.countries);
  const { form, submit, busy, formError } = useApiForm({ schema, defaultValues: { dateFormat: initial.dateFormat, homeMarket: initial.homeMarket ?? '' } });
  const errors = form.formState.errors;
  const [saved, setSaved] = useState<string | null>(null);
  const locale = typeof navigator === 'undefined' ? undefined : navigator.language;

  useEffect(() => {
    const sub = form.watch((_v, { name }) => {
      if (name !== undefined) setSaved(null);
    });
    return () => sub.unsubscribe();
  }, [form]);

  const onSubmit = submit(async (values) => {
    const result = await save(values);
    const p = patternFor(result.dateFormat, locale);
    setSaved(`Saved. Dates are typed as ${patternHint(p)}, for example ${formatDateInput('2027-01-31', p)}.`);
  });

  const localeHint = patternHint(patternFor('locale', locale));
  return (
    <form className="panel settings-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="settings-preferences">
      <h2 id="settings-preferences" className="panel-title">
        Dates and home market
      </h2>
      <ErrorAlert message={formError} />
      <EnumSelect
        id="settings-date-format"
        label="Date format"
        labels={{ ...DATE_FORMAT_LABELS, locale: `${DATE_FORMAT_LABELS.locale} (${localeHint})` }}
        error={errorAt(errors, 'dateFormat')}
        hint="How every date field reads what you type. Dates are stored and written to files as YYYY-MM-DD."
        {...form.register('dateFormat')}
      />
      <Controller
        control={form.control}
        name="homeMarket"
        render={({ field }) => (
          <FormField id="settings-home-market" label="Company home market" optional error={errorAt(errors, 'homeMarket')} hint="The country the company operates from; new entries start with it.">
            <CountrySelect
              {...fieldA11y('settings-home-market', errorAt(errors, 'homeMarket'), true)}
              ref={field.ref}
              name={field.name}
              onBlur={field.onBlur}
              countries={countries}
              value={field.value}
              placeholder="Not set"
              onChange={field.onChange}
            />
          </FormField>
        )}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Save dates and home market
        </Button>
        <p role="status" className="save-status">
          {saved ? (
            <>
              <CircleCheck size={16} aria-hidden="true" />
              {saved}
            </>
          ) : null}
        </p>
      </div>
    </form>
  );
}
