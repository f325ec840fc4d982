import { Controller, useWatch } from 'react-hook-form';
import { FormDateField } from '../../components/DateField';
import { localToday } from '../../../../shared/domain/iso-date';
import { CATEGORY_LABELS, OWNER_ROLE_LABELS, REQUIREMENT_FIELD_LABELS as L, WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { CheckboxField } from '../../components/CheckboxField';
import { DialogForm } from '../../components/DialogForm';
import { EnumSelect } from '../../components/EnumSelect';
import { FormField } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { errorAt } from '../../lib/use-api-form';
import { useActionForm } from '../../lib/use-action-form';
import { useLibrary } from '../../stores/library-store';
import { REQUIREMENT_FIELD_ALIASES, RULE_CHOICES, emptyRequirementValues, requirementFormSchema } from './requirement-form-values';

/** The fields of a pack requirement, checked with the pack schema before it is sent. */
export function AddRequirementForm({ onDone }: { onDone(): void }) {
  const addCustom = useLibrary((s) => s.addCustom);
  const { form, bound } = useActionForm({
    schema: requirementFormSchema,
    defaultValues: emptyRequirementValues(localToday()),
    aliases: REQUIREMENT_FIELD_ALIASES,
    async action(requirement) {
      await addCustom(requirement);
      return `Added “${requirement.title}” to your own requirements.`;
    },
    onDone,
  });
  const { register, control } = form;
  const errors = form.formState.errors;
  const ruleChoice = useWatch({ control, name: 'ruleChoice' });
  const err = (path: string) => errorAt(errors, path);

  return (
    <DialogForm
      title="Add a requirement"
      description="It joins “Your own requirements” and is added to every entry it applies to. Same format as a pack, so it can be exported and shared."
      submit={{ label: 'Add requirement' }}
      {...bound}
    >
      <section className="form-section" aria-labelledby="req-section-what">
        <h3 id="req-section-what" className="form-section-title">
          What it asks
        </h3>
        <TextField
          id="req-id"
          label={L.id}
          error={err('id')}
          hint="Stable and never reused: lower-case words joined by dots or hyphens, e.g. acme.br.vendor-register"
          placeholder="acme.br.vendor-register"
          {...register('id')}
        />
        <TextField id="req-title" label={L.title} error={err('title')} {...register('title')} />
        <TextAreaField id="req-summary" label={L.summary} error={err('summary')} hint="What the duty means for the company, in your own words." rows={3} {...register('summary')} />
      </section>
      <section className="form-section" aria-labelledby="req-section-where">
        <h3 id="req-section-where" className="form-section-title">
          Where and when it applies
        </h3>
        <div className="form-row">
          <TextField
            id="req-jurisdiction"
            label={L.jurisdiction}
            error={err('jurisdiction')}
            hint="Country codes such as BR, or EU / EEA; separate several with commas."
            placeholder="BR"
            {...register('jurisdiction')}
          />
          <EnumSelect id="req-category" label={L.category} labels={CATEGORY_LABELS} placeholder="Choose a category…" error={err('category')} {...register('category')} />
        </div>
        <FormField id="req-rule" label={L.appliesWhen} error={undefined}>
          <select id="req-rule" className="input select" {...register('ruleChoice')}>
            {RULE_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </FormField>
        {ruleChoice === 'json' ? (
          <TextAreaField
            id="req-rule-json"
            label="Rule (JSON)"
            error={err('ruleJson')}
            hint='For example {"all": [{"field": "processesPersonalData", "is": true}, {"field": "dataSubjects", "atLeast": "100k_to_1m"}]}'
            className="input textarea code-input"
            rows={5}
            spellCheck={false}
            {...register('ruleJson')}
          />
        ) : null}
        <div className="form-row">
          <FormDateField control={control} id="req-effectiveFrom" label={L.effectiveFrom} error={err('effectiveFrom')} name="effectiveFrom" />
          <FormDateField control={control}
            id="req-effectiveUntil"
            label={L.effectiveUntil}
            optional
            error={err('effectiveUntil')}
            name="effectiveUntil"
          />
        </div>
      </section>
      <section className="form-section" aria-labelledby="req-section-source">
        <h3 id="req-section-source" className="form-section-title">
          Source
        </h3>
        <div className="form-row">
          <TextField id="req-citationLaw" label="Law" error={err('citation.law')} placeholder="LGPD" {...register('citation.law')} />
          <TextField id="req-citationArticle" label="Article or section" error={err('citation.article')} placeholder="Art. 48" {...register('citation.article')} />
        </div>
        <TextField
          id="req-sourceUrl"
          label={L.sourceUrl}
          error={err('sourceUrl')}
          hint="An https link to the official text or a reputable summary."
          placeholder="https://"
          {...register('sourceUrl')}
        />
        <div className="form-row">
          <FormDateField control={control} id="req-lastReviewed" label={L.lastReviewed} error={err('lastReviewed')} name="lastReviewed" />
          <div className="field field-checkbox">
            <Controller
              control={control}
              name="verified"
              render={({ field }) => (
                <CheckboxField
                  label="Verified against the cited source"
                  hint="Tick only once someone has checked it against the source."
                  checked={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              )}
            />
          </div>
        </div>
        <TextAreaField id="req-reviewNote" label={L.reviewNote} optional error={err('reviewNote')} rows={2} {...register('reviewNote')} />
      </section>
      <section className="form-section" aria-labelledby="req-section-work">
        <h3 id="req-section-work" className="form-section-title">
          The work
        </h3>
        <div className="form-row form-row-3">
          <EnumSelect id="req-workstream" label={L.workstream} labels={WORKSTREAM_LABELS} placeholder="Choose a workstream…" error={err('workstream')} {...register('workstream')} />
          <EnumSelect id="req-ownerRole" label={L.ownerRole} labels={OWNER_ROLE_LABELS} placeholder="Choose a role…" error={err('ownerRole')} {...register('ownerRole')} />
          <TextField id="req-leadTimeDays" label={L.leadTimeDays} error={err('leadTimeDays')} type="number" {...register('leadTimeDays')} />
        </div>
        <TextAreaField
          id="req-evidenceExpected"
          label={L.evidenceExpected}
          error={err('evidenceExpected')}
          hint="One piece of evidence per line."
          rows={3}
          {...register('evidenceExpected')}
        />
      </section>
    </DialogForm>
  );
}
