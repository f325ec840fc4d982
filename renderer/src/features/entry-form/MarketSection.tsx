import { useEffect, useState } from 'react';
import { CountrySelect } from '../../components/CountrySelect';
import { FormField, fieldA11y } from '../../components/FormField';
import { useReference } from '../../stores/reference-store';
import { fieldId } from './entry-form-values';
import type { FormSectionProps } from './form-section-props';

/** Name, target country and region, home market. */
export function MarketSection({ values, errors, update }: FormSectionProps) {
  const countries = useReference((s) => s.countries);
  const loadSubdivisions = useReference((s) => s.loadSubdivisions);
  const subdivisions = useReference((s) => (values.targetCountry ? (s.subdivisions[values.targetCountry] ?? null) : null));
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    if (!values.targetCountry) return;
    const country = values.targetCountry;
    loadSubdivisions(country).catch(() => setFailed(country));
  }, [values.targetCountry, loadSubdivisions]);
  const subdivisionError = failed && failed === values.targetCountry ? 'The regions of this country could not be loaded.' : null;

  const nameId = fieldId('name');
  const targetId = fieldId('targetCountry');
  const subId = fieldId('targetSubdivision');
  const homeId = fieldId('homeCountry');
  const subError = errors.targetSubdivision ?? subdivisionError ?? undefined;
  const noRegions = subdivisions !== null && subdivisions.length === 0;

  return (
    <section className="form-section" aria-labelledby="entry-section-market">
      <h3 id="entry-section-market" className="form-section-title">
        Market
      </h3>
      <FormField id={nameId} label="Name" error={errors.name}>
        <input
          {...fieldA11y(nameId, errors.name)}
          className="input"
          value={values.name}
          maxLength={250}
          autoComplete="off"
          onChange={(e) => update({ name: e.target.value })}
        />
      </FormField>
      <div className="form-row">
        <FormField id={targetId} label="Target country" error={errors.targetCountry}>
          <CountrySelect
            {...fieldA11y(targetId, errors.targetCountry)}
            countries={countries}
            value={values.targetCountry}
            placeholder="Choose a country…"
            onChange={(code) => update({ targetCountry: code, targetSubdivision: '' })}
          />
        </FormField>
        <FormField
          id={subId}
          label="Region within the country"
          optional
          error={subError}
          hint={noRegions ? 'No regional calendars for this country.' : 'Regional public holidays count when a region is chosen.'}
        >
          <select
            {...fieldA11y(subId, subError, true)}
            className="input select"
            value={values.targetSubdivision}
            disabled={!values.targetCountry || noRegions}
            onChange={(e) => update({ targetSubdivision: e.target.value })}
          >
            <option value="">Whole country</option>
            {subdivisions?.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FormField
        id={homeId}
        label="Home market"
        error={errors.homeCountry}
        hint="The country you operate from today: the baseline for comparisons."
      >
        <CountrySelect
          {...fieldA11y(homeId, errors.homeCountry, true)}
          countries={countries}
          value={values.homeCountry}
          placeholder="Choose a country…"
          onChange={(code) => update({ homeCountry: code })}
        />
      </FormField>
    </section>
  );
}
