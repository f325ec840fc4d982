import { CUSTOMER_TYPES, DATA_SUBJECT_BANDS, ENTRY_MODES, REGULATED_SECTORS } from '../../../../shared/entry-schema';
import { CheckboxField } from '../../components/CheckboxField';
import { FieldError, FormField, fieldA11y } from '../../components/FormField';
import { RadioGroup } from '../../components/RadioGroup';
import {
  CUSTOMER_TYPE_LABELS,
  DATA_SUBJECT_LABELS,
  ENTRY_MODE_HINTS,
  ENTRY_MODE_LABELS,
  PROFILE_FLAGS,
  SECTOR_LABELS,
} from '../../lib/labels';
import { fieldId } from './entry-form-values';
import type { FormSectionProps } from './form-section-props';
import { MoneyFields } from './MoneyFields';

/** Everything the requirements library needs to decide which rules apply to this entry. */
export function ApplicabilityFieldset({ values, errors, update }: FormSectionProps) {
  const setFlag = (flag: keyof typeof values.flags, checked: boolean) => update({ flags: { ...values.flags, [flag]: checked } });
  const subjectsId = fieldId('profile.dataSubjects');
  const sectorsId = fieldId('profile.regulatedSectors');
  const sectorsError = errors['profile.regulatedSectors'];

  return (
    <fieldset className="form-section profile-fieldset">
      <legend className="form-section-title">Applicability profile</legend>
      <p className="form-section-intro">
        These answers decide which regulatory requirements apply in the target market. Answer for the first year of operation.
      </p>

      <RadioGroup
        id={fieldId('profile.entryMode')}
        name="entryMode"
        legend="Entry mode"
        options={ENTRY_MODES.map((m) => ({ value: m, label: ENTRY_MODE_LABELS[m], hint: ENTRY_MODE_HINTS[m] }))}
        value={values.entryMode}
        onChange={(entryMode) => update({ entryMode })}
        error={errors['profile.entryMode']}
      />

      <RadioGroup
        id={fieldId('profile.customerType')}
        name="customerType"
        legend="Customers"
        columns={3}
        options={CUSTOMER_TYPES.map((c) => ({ value: c, label: CUSTOMER_TYPE_LABELS[c] }))}
        value={values.customerType}
        onChange={(customerType) => update({ customerType })}
        error={errors['profile.customerType']}
      />

      <div className="profile-subgroup">
        <h4 className="field-label">Personal data</h4>
        <CheckboxField
          label="Processes personal data of local residents"
          hint="Customers, users, employees or anyone else living in the target country"
          checked={values.flags.processesPersonalData}
          onChange={(checked) =>
            update({
              flags: { ...values.flags, processesPersonalData: checked },
              dataSubjects: checked ? (values.dataSubjects === 'none' ? '' : values.dataSubjects) : 'none',
            })
          }
        />
        {values.flags.processesPersonalData ? (
          <FormField id={subjectsId} label="Roughly how many people" error={errors['profile.dataSubjects']} className="field-indented">
            <select
              {...fieldA11y(subjectsId, errors['profile.dataSubjects'])}
              className="input select"
              value={values.dataSubjects}
              onChange={(e) => update({ dataSubjects: DATA_SUBJECT_BANDS.find((b) => b === e.target.value) ?? '' })}
            >
              <option value="">Choose a range…</option>
              {DATA_SUBJECT_BANDS.filter((b) => b !== 'none').map((b) => (
                <option key={b} value={b}>
                  {DATA_SUBJECT_LABELS[b]}
                </option>
              ))}
            </select>
          </FormField>
        ) : null}
      </div>

      <fieldset className="profile-subgroup">
        <legend className="field-label">What the business involves</legend>
        <div className="checkbox-grid">
          {PROFILE_FLAGS.map(([flag, label, hint]) => (
            <CheckboxField key={flag} label={label} hint={hint} checked={values.flags[flag]} onChange={(c) => setFlag(flag, c)} />
          ))}
        </div>
      </fieldset>

      <fieldset
        id={sectorsId}
        className="profile-subgroup"
        aria-describedby={[sectorsError ? `${sectorsId}-error` : null, `${sectorsId}-hint`].filter(Boolean).join(' ')}
      >
        <legend className="field-label">Regulated sectors</legend>
        <p id={`${sectorsId}-hint`} className="field-hint">
          Tick every sector the business operates in, if any.
        </p>
        <div className="checkbox-grid cols-3">
          {REGULATED_SECTORS.map((sector) => (
            <CheckboxField
              key={sector}
              label={SECTOR_LABELS[sector]}
              checked={values.regulatedSectors.includes(sector)}
              onChange={(checked) =>
                update({
                  regulatedSectors: checked
                    ? REGULATED_SECTORS.filter((s) => s === sector || values.regulatedSectors.includes(s))
                    : values.regulatedSectors.filter((s) => s !== sector),
                })
              }
            />
          ))}
        </div>
        <FieldError id={sectorsId} error={sectorsError} />
      </fieldset>

      <div className="form-row">
        <MoneyFields
          id={fieldId('profile.expectedMarketRevenue.amount').replace(/-amount$/, '')}
          legend="Expected annual revenue in the market"
          amount={values.marketRevenueAmount}
          currency={values.marketRevenueCurrency}
          amountError={errors['profile.expectedMarketRevenue.amount']}
          currencyError={errors['profile.expectedMarketRevenue.currency']}
          onAmount={(marketRevenueAmount) => update({ marketRevenueAmount })}
          onCurrency={(marketRevenueCurrency) => update({ marketRevenueCurrency })}
        />
        <MoneyFields
          id={fieldId('profile.globalRevenue.amount').replace(/-amount$/, '')}
          legend="Global annual revenue"
          amount={values.globalRevenueAmount}
          currency={values.globalRevenueCurrency}
          amountError={errors['profile.globalRevenue.amount']}
          currencyError={errors['profile.globalRevenue.currency']}
          onAmount={(globalRevenueAmount) => update({ globalRevenueAmount })}
          onCurrency={(globalRevenueCurrency) => update({ globalRevenueCurrency })}
        />
      </div>
    </fieldset>
  );
}
