import { Controller, useWatch } from 'react-hook-form';
import { CUSTOMER_TYPES, DATA_SUBJECT_BANDS, ENTRY_MODES, PROFILE_FLAGS, PROFILE_QUESTIONS, REGULATED_SECTORS } from '../../../../shared/entry-schema';
import {
  AI_ROLE_LABELS,
  ANSWER_LABELS,
  CUSTOMER_TYPE_LABELS,
  FREE_ZONE_LABELS,
  HEADCOUNT_LABELS,
  OPTIONAL_ANSWER_WORDS,
  PROFILE_QUESTION_WORDS,
  DATA_SUBJECT_LABELS,
  ENTRY_MODE_HINTS,
  ENTRY_MODE_LABELS,
  PROFILE_FLAG_WORDS,
  SECTOR_LABELS,
} from '../../../../shared/vocabulary/entry';
import { ENTRY_FIELD_LABELS, PROFILE_FIELD_LABELS } from '../../../../shared/vocabulary/fields';
import { CheckboxField } from '../../components/CheckboxField';
import { EnumSelect } from '../../components/EnumSelect';
import { FieldError } from '../../components/FormField';
import { RadioGroup } from '../../components/RadioGroup';
import { TextField } from '../../components/TextField';
import { errorAt } from '../../lib/use-api-form';
import { fieldId } from './entry-form-values';
import type { FormSectionProps } from './form-section-props';
import { MoneyFields } from './MoneyFields';

/** The yes/no questions asked together (personal data is asked first, with its follow-up). */
const BUSINESS_FLAGS = PROFILE_FLAGS.filter((f) => f !== 'processesPersonalData');

/** Everything the requirements library needs to decide which rules apply to this entry. */
export function ApplicabilityFieldset({ form }: FormSectionProps) {
  const { register, control, setValue, getValues } = form;
  const errors = form.formState.errors;
  const personalData = useWatch({ control, name: 'profile.processesPersonalData' });
  const sectorsId = fieldId('profile.regulatedSectors');
  const sectorsError = errorAt(errors, 'profile.regulatedSectors');
  const personal = PROFILE_FLAG_WORDS.processesPersonalData;
  const country = useWatch({ control, name: 'targetCountry' });
  const yesNo = { yes: ANSWER_LABELS.yes, no: ANSWER_LABELS.no };

  return (
    <fieldset className="form-section profile-fieldset">
      <legend className="form-section-title">{ENTRY_FIELD_LABELS.profile}</legend>
      <p className="form-section-intro">
        These answers decide which regulatory requirements apply in the target market. Answer for the first year of operation.
      </p>

      <Controller
        control={control}
        name="profile.entryMode"
        render={({ field }) => (
          <RadioGroup
            id={fieldId('profile.entryMode')}
            name="entryMode"
            legend={PROFILE_FIELD_LABELS.entryMode}
            options={ENTRY_MODES.map((m) => ({ value: m, label: ENTRY_MODE_LABELS[m], hint: ENTRY_MODE_HINTS[m] }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errorAt(errors, 'profile.entryMode')}
          />
        )}
      />

      <Controller
        control={control}
        name="profile.customerType"
        render={({ field }) => (
          <RadioGroup
            id={fieldId('profile.customerType')}
            name="customerType"
            legend={PROFILE_FIELD_LABELS.customerType}
            columns={3}
            options={CUSTOMER_TYPES.map((c) => ({ value: c, label: CUSTOMER_TYPE_LABELS[c] }))}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errorAt(errors, 'profile.customerType')}
          />
        )}
      />

      <div className="profile-subgroup">
        <h4 className="field-label">Personal data</h4>
        <Controller
          control={control}
          name="profile.processesPersonalData"
          render={({ field }) => (
            <CheckboxField
              label={personal.label}
              hint={personal.hint}
              checked={field.value}
              ref={field.ref}
              onBlur={field.onBlur}
              onChange={(checked) => {
                field.onChange(checked);
                const subjects = getValues('profile.dataSubjects');
                setValue('profile.dataSubjects', checked ? (subjects === 'none' ? '' : subjects) : 'none');
              }}
            />
          )}
        />
        {personalData ? (
          <EnumSelect
            id={fieldId('profile.dataSubjects')}
            label={PROFILE_FIELD_LABELS.dataSubjects}
            labels={DATA_SUBJECT_LABELS}
            values={DATA_SUBJECT_BANDS.filter((b) => b !== 'none')}
            placeholder="Choose a range…"
            error={errorAt(errors, 'profile.dataSubjects')}
            fieldClassName="field-indented"
            {...register('profile.dataSubjects')}
          />
        ) : null}
      </div>

      <fieldset className="profile-subgroup">
        <legend className="field-label">What the business involves</legend>
        <div className="checkbox-grid">
          {BUSINESS_FLAGS.map((flag) => (
            <Controller
              key={flag}
              control={control}
              name={`profile.${flag}`}
              render={({ field }) => (
                <CheckboxField
                  label={PROFILE_FLAG_WORDS[flag].label}
                  hint={PROFILE_FLAG_WORDS[flag].hint}
                  checked={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              )}
            />
          ))}
        </div>
      </fieldset>

      <Controller
        control={control}
        name="profile.regulatedSectors"
        render={({ field }) => (
          <fieldset
            id={sectorsId}
            className="profile-subgroup"
            aria-describedby={[sectorsError ? `${sectorsId}-error` : null, `${sectorsId}-hint`].filter(Boolean).join(' ')}
          >
            <legend className="field-label">{PROFILE_FIELD_LABELS.regulatedSectors}</legend>
            <p id={`${sectorsId}-hint`} className="field-hint">
              Tick every sector the business operates in, if any.
            </p>
            <div className="checkbox-grid cols-3">
              {REGULATED_SECTORS.map((sector, i) => (
                <CheckboxField
                  key={sector}
                  label={SECTOR_LABELS[sector]}
                  checked={field.value.includes(sector)}
                  ref={i === 0 ? field.ref : undefined}
                  onBlur={field.onBlur}
                  onChange={(checked) =>
                    field.onChange(
                      checked ? REGULATED_SECTORS.filter((s) => s === sector || field.value.includes(s)) : field.value.filter((s) => s !== sector),
                    )
                  }
                />
              ))}
            </div>
            <FieldError id={sectorsId} error={sectorsError} />
          </fieldset>
        )}
      />

      <fieldset className="profile-subgroup">
        <legend className="field-label">More precise answers</legend>
        <p className="field-hint">Optional. Whatever you leave at "{ANSWER_LABELS.unknown}" is listed as "may apply — check".</p>
        <div className="checkbox-grid profile-questions">
          <EnumSelect
            id={fieldId('profile.aiRole')}
            label={OPTIONAL_ANSWER_WORDS.aiRole.label}
            hint={OPTIONAL_ANSWER_WORDS.aiRole.hint}
            labels={AI_ROLE_LABELS}
            placeholder={ANSWER_LABELS.unknown}
            error={errorAt(errors, 'profile.aiRole')}
            {...register('profile.aiRole')}
          />
          {PROFILE_QUESTIONS.map((q) => (
            <EnumSelect
              key={q}
              id={fieldId(`profile.${q}`)}
              label={PROFILE_QUESTION_WORDS[q].label}
              hint={PROFILE_QUESTION_WORDS[q].hint}
              labels={yesNo}
              placeholder={ANSWER_LABELS.unknown}
              error={errorAt(errors, `profile.${q}`)}
              {...register(`profile.${q}`)}
            />
          ))}
          <EnumSelect
            id={fieldId('profile.localHeadcount')}
            label={OPTIONAL_ANSWER_WORDS.localHeadcount.label}
            hint={OPTIONAL_ANSWER_WORDS.localHeadcount.hint}
            labels={HEADCOUNT_LABELS}
            placeholder={ANSWER_LABELS.unknown}
            error={errorAt(errors, 'profile.localHeadcount')}
            {...register('profile.localHeadcount')}
          />
          {country === 'AE' ? (
            <EnumSelect
              id={fieldId('profile.freeZone')}
              label={OPTIONAL_ANSWER_WORDS.freeZone.label}
              hint={OPTIONAL_ANSWER_WORDS.freeZone.hint}
              labels={FREE_ZONE_LABELS}
              placeholder={ANSWER_LABELS.unknown}
              error={errorAt(errors, 'profile.freeZone')}
              {...register('profile.freeZone')}
            />
          ) : null}
        </div>
        <TextField
          id={fieldId('profile.customerRegions')}
          label={OPTIONAL_ANSWER_WORDS.customerRegions.label}
          hint={OPTIONAL_ANSWER_WORDS.customerRegions.hint}
          optional
          error={errorAt(errors, 'profile.customerRegions')}
          {...register('profile.customerRegions')}
        />
      </fieldset>

      <div className="form-row">
        <MoneyFields
          id={fieldId('profile.expectedMarketRevenue')}
          legend={PROFILE_FIELD_LABELS.expectedMarketRevenue}
          amount={register('profile.expectedMarketRevenue.amount')}
          currency={register('profile.expectedMarketRevenue.currency')}
          amountError={errorAt(errors, 'profile.expectedMarketRevenue.amount')}
          currencyError={errorAt(errors, 'profile.expectedMarketRevenue.currency')}
        />
        <MoneyFields
          id={fieldId('profile.globalRevenue')}
          legend={PROFILE_FIELD_LABELS.globalRevenue}
          amount={register('profile.globalRevenue.amount')}
          currency={register('profile.globalRevenue.currency')}
          amountError={errorAt(errors, 'profile.globalRevenue.amount')}
          currencyError={errorAt(errors, 'profile.globalRevenue.currency')}
        />
      </div>
    </fieldset>
  );
}
