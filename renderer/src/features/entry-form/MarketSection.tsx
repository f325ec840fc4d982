import { useEffect, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { ENTRY_FIELD_LABELS } from '../../../../shared/vocabulary/fields';
import { CountryField } from '../../components/CountryField';
import { FormField, fieldA11y } from '../../components/FormField';
import { TextField } from '../../components/TextField';
import { errorAt } from '../../lib/use-api-form';
import { useReference } from '../../stores/reference-store';
import { fieldId } from './entry-form-values';
import type { FormSectionProps } from './form-section-props';

/** Name, target country and region, home market. */
export function MarketSection({ form }: FormSectionProps) {
  const { register, control, setValue } = form;
  const errors = form.formState.errors;
  const targetCountry = useWatch({ control, name: 'targetCountry' });
  const loadSubdivisions = useReference((s) => s.loadSubdivisions);
  const subdivisions = useReference((s) => (targetCountry ? (s.subdivisions[targetCountry] ?? null) : null));
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (!targetCountry) return;
    const country = targetCountry;
    loadSubdivisions(country).catch(() => setFailed(country));
  }, [targetCountry, loadSubdivisions]);
  const subdivisionError = failed && failed === targetCountry ? 'The regions of this country could not be loaded.' : null;

  const subId = fieldId('targetSubdivision');
  const countryField = (name: 'targetCountry' | 'homeCountry') => ({
    control,
    name,
    id: fieldId(name),
    label: ENTRY_FIELD_LABELS[name],
    error: errorAt(errors, name),
    placeholder: 'Choose a country…',
  });
  const subError = errorAt(errors, 'targetSubdivision') ?? subdivisionError ?? undefined;
  const noRegions = subdivisions !== null && subdivisions.length === 0;

  return (
    <section className="form-section" aria-labelledby="entry-section-market">
      <h3 id="entry-section-market" className="form-section-title">
        Market
      </h3>
      <TextField id={fieldId('name')} label={ENTRY_FIELD_LABELS.name} error={errorAt(errors, 'name')} maxLength={250} {...register('name')} />
      <div className="form-row">
        <CountryField {...countryField('targetCountry')} onChosen={() => setValue('targetSubdivision', '')} />
        <Controller
          control={control}
          name="targetSubdivision"
          render={({ field }) => (
            <FormField
              id={subId}
              label={ENTRY_FIELD_LABELS.targetSubdivision}
              optional
              error={subError}
              hint={noRegions ? 'No regional calendars for this country.' : 'Regional public holidays count when a region is chosen.'}
            >
              {/* Controlled: the regions arrive after the saved one is already chosen. */}
              <select {...field} {...fieldA11y(subId, subError, true)} className="input select" disabled={!targetCountry || noRegions}>
                <option value="">Whole country</option>
                {subdivisions?.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </select>
            </FormField>
          )}
        />
      </div>
      <CountryField
        {...countryField('homeCountry')}
        hint="The country you operate from today: the baseline for comparisons. New entries start with the company's home market from Settings."
      />
    </section>
  );
}
