import { useState } from 'react';
import { contract } from '../../../../shared/contract';
import { patternFor, patternHint, formatDateInput } from '../../../../shared/domain/date-input';
import type { DateFormat, Preferences } from '../../../../shared/preferences-schema';
import { DATE_FORMAT_LABELS } from '../../../../shared/vocabulary/preferences';
import { CountryField } from '../../components/CountryField';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { emptyAsNull, fromForm } from '../../lib/form-values';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { useOnEdit } from '../../lib/use-on-edit';
import { SaveActions } from './SaveActions';
import { usePreferences } from '../../stores/preferences-store';

interface PreferencesValues {
  dateFormat: DateFormat;
  /** '' means not set. */
  homeMarket: string;
}

const schema = fromForm((v: PreferencesValues) => ({ ...v, homeMarket: emptyAsNull(v.homeMarket) }), contract['preferences.update'].input);

/** How dates are read and shown, and the company's home market (new entries start with it). */
export function PreferencesSection({ initial }: { initial: Preferences }) {
  const save = usePreferences((s) => s.save);
  const { form, submit, busy, formError } = useApiForm({ schema, defaultValues: { dateFormat: initial.dateFormat, homeMarket: initial.homeMarket ?? '' } });
  const errors = form.formState.errors;
  const [saved, setSaved] = useState<string | null>(null);
  const locale = typeof navigator === 'undefined' ? undefined : navigator.language;

  useOnEdit(form, () => setSaved(null));

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
      <CountryField
        control={form.control}
        name="homeMarket"
        id="settings-home-market"
        label="Company home market"
        optional
        error={errorAt(errors, 'homeMarket')}
        hint="The country the company operates from; new entries start with it."
        placeholder="Not set"
      />
      <SaveActions label="Save dates and home market" busy={busy} saved={saved} />
    </form>
  );
}
