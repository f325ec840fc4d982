import { useEffect, useState, type FormEvent } from 'react';
import { localToday } from '../../../../shared/domain/iso-date';
import { CATEGORIES, OWNER_ROLES, WORKSTREAMS } from '../../../../shared/requirements/pack-schema';
import { ApiClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { errorMessage } from '../../lib/error-message';
import { CATEGORY_LABELS, OWNER_ROLE_LABELS, WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useLibrary } from '../../stores/library-store';
import { useNotice } from '../../stores/notice-store';
import { useReference } from '../../stores/reference-store';
import {
  emptyRequirementValues,
  RULE_CHOICES,
  toRequirement,
  type RequirementErrors,
  type RequirementFormValues,
} from './requirement-form-values';

const ERROR_OF: Partial<Record<keyof RequirementFormValues, keyof RequirementErrors>> = { ruleChoice: 'rule', ruleJson: 'rule' };

/** The fields of a pack requirement, checked with the pack schema before it is sent. */
export function AddRequirementForm({ onDone }: { onDone(): void }) {
  const addCustom = useLibrary((s) => s.addCustom);
  const countries = useReference((s) => s.countriesByCode);
  const [values, setValues] = useState<RequirementFormValues>(() => emptyRequirementValues(localToday()));
  const [errors, setErrors] = useState<RequirementErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [focusSeq, setFocusSeq] = useState(0);

  useEffect(() => {
    if (focusSeq === 0) return;
    const first = document.querySelector<HTMLElement>('.dialog [aria-invalid="true"]');
    first?.focus({ preventScroll: true });
    first?.scrollIntoView({ block: 'center' });
  }, [focusSeq]);

  function update<K extends keyof RequirementFormValues>(key: K, value: RequirementFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    const errorKey = ERROR_OF[key] ?? (key as keyof RequirementErrors);
    setErrors((e) => ({ ...e, [errorKey]: undefined }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    setFormError(null);
    const result = toRequirement(values, countries);
    if (!result.ok) {
      setErrors(result.errors);
      setFocusSeq((n) => n + 1);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      await addCustom(result.requirement);
      useNotice.getState().show(`Added “${result.requirement.title}” to your own requirements.`);
      onDone();
    } catch (err) {
      if (err instanceof ApiClientError && err.field === 'id') {
        setErrors({ id: errorMessage(err) });
        setFocusSeq((n) => n + 1);
      } else setFormError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const text = (key: keyof RequirementFormValues & keyof RequirementErrors, label: string, opts: { hint?: string; optional?: boolean; type?: string; placeholder?: string } = {}) => {
    const id = `req-${key}`;
    const value = values[key];
    return (
      <FormField id={id} label={label} optional={opts.optional} error={errors[key]} hint={opts.hint}>
        <input
          {...fieldA11y(id, errors[key], !!opts.hint)}
          className={opts.type === 'date' ? 'input input-date' : 'input'}
          type={opts.type ?? 'text'}
          placeholder={opts.placeholder}
          value={typeof value === 'string' ? value : ''}
          autoComplete="off"
          onChange={(e) => update(key, e.target.value)}
        />
      </FormField>
    );
  };

  return (
    <form className="dialog-form" onSubmit={(e) => void submit(e)} noValidate>
      <DialogHeader
        title="Add a requirement"
        description="It joins “Your own requirements” and is added to every entry it applies to. Same format as a pack, so it can be exported and shared."
      />
      <div className="dialog-body">
        <ErrorAlert message={formError} />
        <section className="form-section" aria-labelledby="req-section-what">
          <h3 id="req-section-what" className="form-section-title">
            What it asks
          </h3>
          {text('id', 'Id', { hint: 'Stable and never reused: lower-case words joined by dots or hyphens, e.g. acme.br.vendor-register', placeholder: 'acme.br.vendor-register' })}
          {text('title', 'Title')}
          <FormField id="req-summary" label="Summary" error={errors.summary} hint="What the duty means for the company, in your own words.">
            <textarea
              {...fieldA11y('req-summary', errors.summary, true)}
              className="input textarea"
              rows={3}
              value={values.summary}
              onChange={(e) => update('summary', e.target.value)}
            />
          </FormField>
        </section>
        <section className="form-section" aria-labelledby="req-section-where">
          <h3 id="req-section-where" className="form-section-title">
            Where and when it applies
          </h3>
          <div className="form-row">
            {text('jurisdiction', 'Jurisdiction', { hint: 'Country codes such as BR, or EU / EEA; separate several with commas.', placeholder: 'BR' })}
            <FormField id="req-category" label="Category" error={errors.category}>
              <select {...fieldA11y('req-category', errors.category)} className="input select" value={values.category} onChange={(e) => update('category', e.target.value)}>
                <option value="">Choose a category…</option>
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORY_LABELS[c]}
                  </option>
                ))}
              </select>
            </FormField>
          </div>
          <FormField id="req-rule" label="Applies when" error={errors.rule}>
            <select {...fieldA11y('req-rule', errors.rule)} className="input select" value={values.ruleChoice} onChange={(e) => update('ruleChoice', e.target.value)}>
              {RULE_CHOICES.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </FormField>
          {values.ruleChoice === 'json' ? (
            <FormField
              id="req-rule-json"
              label="Rule (JSON)"
              error={undefined}
              hint='For example {"all": [{"field": "processesPersonalData", "is": true}, {"field": "dataSubjects", "atLeast": "100k_to_1m"}]}'
            >
              <textarea
                {...fieldA11y('req-rule-json', undefined, true)}
                aria-invalid={errors.rule ? true : undefined}
                className="input textarea code-input"
                rows={5}
                spellCheck={false}
                value={values.ruleJson}
                onChange={(e) => update('ruleJson', e.target.value)}
              />
            </FormField>
          ) : null}
          <div className="form-row">
            {text('effectiveFrom', 'Applies from', { type: 'date' })}
            {text('effectiveUntil', 'Applies until', { type: 'date', optional: true })}
          </div>
        </section>
        <section className="form-section" aria-labelledby="req-section-source">
          <h3 id="req-section-source" className="form-section-title">
            Source
          </h3>
          <div className="form-row">
            {text('citationLaw', 'Law', { placeholder: 'LGPD' })}
            {text('citationArticle', 'Article or section', { placeholder: 'Art. 48' })}
          </div>
          {text('sourceUrl', 'Source link', { hint: 'An https link to the official text or a reputable summary.', placeholder: 'https://' })}
          <div className="form-row">
            {text('lastReviewed', 'Last reviewed', { type: 'date' })}
            <div className="field field-checkbox">
              <CheckboxField
                label="Verified against the cited source"
                hint="Tick only once someone has checked it against the source."
                checked={values.verified}
                onChange={(c) => update('verified', c)}
              />
            </div>
          </div>
          <FormField id="req-reviewNote" label="Reviewer's note" optional error={errors.reviewNote}>
            <textarea
              {...fieldA11y('req-reviewNote', errors.reviewNote)}
              className="input textarea"
              rows={2}
              value={values.reviewNote}
              onChange={(e) => update('reviewNote', e.target.value)}
            />
          </FormField>
        </section>
        <section className="form-section" aria-labelledby="req-section-work">
          <h3 id="req-section-work" className="form-section-title">
            The work
          </h3>
          <div className="form-row form-row-3">
            <FormField id="req-workstream" label="Workstream" error={errors.workstream}>
              <select {...fieldA11y('req-workstream', errors.workstream)} className="input select" value={values.workstream} onChange={(e) => update('workstream', e.target.value)}>
                <option value="">Choose a workstream…</option>
                {WORKSTREAMS.map((w) => (
                  <option key={w} value={w}>
                    {WORKSTREAM_LABELS[w]}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField id="req-ownerRole" label="Owner role" error={errors.ownerRole}>
              <select {...fieldA11y('req-ownerRole', errors.ownerRole)} className="input select" value={values.ownerRole} onChange={(e) => update('ownerRole', e.target.value)}>
                <option value="">Choose a role…</option>
                {OWNER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {OWNER_ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            </FormField>
            {text('leadTimeDays', 'Lead time (business days)', { type: 'number' })}
          </div>
          <FormField id="req-evidenceExpected" label="Evidence expected" error={errors.evidenceExpected} hint="One piece of evidence per line.">
            <textarea
              {...fieldA11y('req-evidenceExpected', errors.evidenceExpected, true)}
              className="input textarea"
              rows={3}
              value={values.evidenceExpected}
              onChange={(e) => update('evidenceExpected', e.target.value)}
            />
          </FormField>
        </section>
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          Add requirement
        </Button>
      </DialogFooter>
    </form>
  );
}
