import { Plus, Trash2 } from 'lucide-react';
import { useId } from 'react';
import { useFieldArray } from 'react-hook-form';
import type { PlanTaskView } from '../../../../shared/plan-schema';
import type { RiskView } from '../../../../shared/risk-schema';
import type { RiskMatrix } from '../../../../shared/risks/matrix-schema';
import { RISK_STAGES, RISK_STATUSES } from '../../../../shared/risks/risk-enums';
import { CONTROL_EFFECTIVENESS_LABELS, RISK_CATEGORY_LABELS, RISK_LEVEL_LABELS, RISK_RESPONSE_LABELS, RISK_STATUS_LABELS } from '../../../../shared/vocabulary/risks';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/CheckboxField';
import { DialogFooter } from '../../components/DialogFooter';
import { DialogHeader } from '../../components/DialogHeader';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormField, fieldA11y } from '../../components/FormField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { errorAt, useApiForm } from '../../lib/use-api-form';
import { FormDateField } from '../../components/DateField';
import { RISK_FORM_ALIASES, riskFormSchema, riskFormValues } from './risk-form-values';
import type { RiskFields } from '../../../../shared/risk-schema';
import { ScoreRow } from './ScoreRow';
import './risk-form.css';

interface RiskFormProps {
  risk: RiskView | null;
  matrix: RiskMatrix;
  tasks: PlanTaskView[];
  onSave(fields: RiskFields): Promise<unknown>;
  /** Makes a saved treatment action a plan task. */
  onMakeTask(treatmentId: string): Promise<unknown>;
}

/** The risk: cause → event → effect, scores at three stages, controls, response and treatments, schedule and cost impact, reviews. */
export function RiskForm({ risk, matrix, tasks, onSave, onMakeTask }: RiskFormProps) {
  const id = useId();
  const { form, submit, busy, formError, setFormError } = useApiForm({ schema: riskFormSchema, defaultValues: riskFormValues(risk), aliases: RISK_FORM_ALIASES });
  const { register, watch, control, setValue } = form;
  const errors = form.formState.errors;
  const controls = useFieldArray({ control, name: 'controls' });
  const treatments = useFieldArray({ control, name: 'treatments' });
  const hasSchedule = watch('hasSchedule');
  const scheduleTaskIds = watch('scheduleTaskIds');
  const workTasks = tasks.filter((t) => !t.isReadiness);
  const accepted = risk?.status === 'accepted';

  const onSubmit = submit(async (fields) => {
    await onSave(fields);
  });

  return (
    <form className="dialog-form risk-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <DialogHeader title={risk ? `Risk: ${risk.title}` : 'New risk'} description="Describe it as cause → event → effect, score it on the matrix at three stages and say how it is treated." />
      <div className="dialog-body dialog-body-form">
        <TextField id={`${id}-title`} label="Title" error={errorAt(errors, 'title')} maxLength={300} autoFocus {...register('title')} />
        <div className="form-row-3">
          <TextAreaField id={`${id}-cause`} label="Cause" optional rows={3} error={errorAt(errors, 'cause')} {...register('cause')} />
          <TextAreaField id={`${id}-event`} label="Event" rows={3} error={errorAt(errors, 'event')} {...register('event')} />
          <TextAreaField id={`${id}-effect`} label="Effect" optional rows={3} error={errorAt(errors, 'effect')} {...register('effect')} />
        </div>
        <div className="form-row-3">
          <EnumSelect id={`${id}-cat`} label="Category" labels={RISK_CATEGORY_LABELS} placeholder="Choose…" error={errorAt(errors, 'category')} {...register('category')} />
          <EnumSelect id={`${id}-ws`} label="Workstream" labels={WORKSTREAM_LABELS} placeholder="Choose…" error={errorAt(errors, 'workstream')} {...register('workstream')} />
          <TextField id={`${id}-owner`} label="Owner" optional error={errorAt(errors, 'owner')} maxLength={200} {...register('owner')} />
        </div>
        <div className="form-row-3">
          <EnumSelect
            id={`${id}-status`}
            label="Status"
            labels={RISK_STATUS_LABELS}
            values={accepted ? RISK_STATUSES : RISK_STATUSES.filter((s) => s !== 'accepted')}
            hint={accepted ? undefined : 'Accepting a risk is done with “Accept risk…”.'}
            error={errorAt(errors, 'status')}
            {...register('status')}
          />
          <EnumSelect id={`${id}-resp`} label="Response" labels={RISK_RESPONSE_LABELS} placeholder="Choose…" error={errorAt(errors, 'response')} {...register('response')} />
          <TextField id={`${id}-ew`} label="Early-warning indicator" optional error={errorAt(errors, 'earlyWarning')} maxLength={1000} {...register('earlyWarning')} />
        </div>

        <fieldset className="form-section">
          <legend>Scores on “{matrix.name}”</legend>
          <table className="score-table">
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Likelihood</th>
                <th scope="col">Impact</th>
                <th scope="col">Level</th>
              </tr>
            </thead>
            <tbody>
              {RISK_STAGES.map((stage) => (
                <ScoreRow key={stage} id={id} stage={stage} matrix={matrix} register={register} watch={watch} errors={errors} />
              ))}
            </tbody>
          </table>
        </fieldset>

        <fieldset className="form-section">
          <legend>Controls in place</legend>
          {controls.fields.map((c, i) => (
            <div className="form-row risk-list-row" key={c.id}>
              <TextField id={`${id}-c${i}`} label={`Control ${i + 1}`} error={errorAt(errors, `controls.${i}.description`)} maxLength={500} {...register(`controls.${i}.description`)} />
              <EnumSelect id={`${id}-ce${i}`} label="Effectiveness" labels={CONTROL_EFFECTIVENESS_LABELS} error={errorAt(errors, `controls.${i}.effectiveness`)} {...register(`controls.${i}.effectiveness`)} />
              <Button icon={Trash2} onClick={() => controls.remove(i)} aria-label={`Remove control ${i + 1}`}>
                Remove
              </Button>
            </div>
          ))}
          <Button icon={Plus} onClick={() => controls.append({ controlId: '', description: '', effectiveness: 'partial' })}>
            Add control
          </Button>
        </fieldset>

        <fieldset className="form-section">
          <legend>Treatment actions</legend>
          {treatments.fields.map((t, i) => {
            const saved = risk?.treatments.find((x) => x.id === t.treatmentId);
            return (
              <div className="risk-treatment" key={t.id}>
                <div className="form-row-3">
                  <TextField id={`${id}-t${i}`} label={`Action ${i + 1}`} error={errorAt(errors, `treatments.${i}.action`)} maxLength={500} {...register(`treatments.${i}.action`)} />
                  <TextField id={`${id}-to${i}`} label="Owner" optional error={errorAt(errors, `treatments.${i}.owner`)} maxLength={200} {...register(`treatments.${i}.owner`)} />
                  <FormDateField id={`${id}-td${i}`} label="Due" optional control={control} name={`treatments.${i}.dueDate`} error={errorAt(errors, `treatments.${i}.dueDate`)} />
                </div>
                <div className="form-row risk-list-row">
                  <FormField id={`${id}-tt${i}`} label="Plan task" optional error={errorAt(errors, `treatments.${i}.taskId`)}>
                    <select {...register(`treatments.${i}.taskId`)} {...fieldA11y(`${id}-tt${i}`, errorAt(errors, `treatments.${i}.taskId`))} className="input select">
                      <option value="">Not linked to a plan task</option>
                      {workTasks.map((k) => (
                        <option key={k.id} value={k.id}>
                          {k.title}
                        </option>
                      ))}
                    </select>
                  </FormField>
                  {saved && !saved.taskId ? (
                    <Button
                      onClick={() => {
                        setFormError(null);
                        onMakeTask(saved.id).catch((err: unknown) => setFormError(err instanceof Error ? err.message : 'The task could not be added.'));
                      }}
                    >
                      Make a plan task
                    </Button>
                  ) : null}
                  <Button icon={Trash2} onClick={() => treatments.remove(i)} aria-label={`Remove action ${i + 1}`}>
                    Remove
                  </Button>
                </div>
              </div>
            );
          })}
          <Button icon={Plus} onClick={() => treatments.append({ treatmentId: '', action: '', owner: '', dueDate: '', taskId: '' })}>
            Add treatment action
          </Button>
        </fieldset>

        <fieldset className="form-section">
          <legend>Schedule impact</legend>
          <CheckboxField
            label="Can delay the plan"
            hint="Working days of delay in the market's calendar on the tasks it threatens; the risk-adjusted forecast samples it."
            checked={hasSchedule}
            onChange={(v) => setValue('hasSchedule', v)}
          />
          {hasSchedule ? (
            <>
              <div className="form-row-3">
                <TextField id={`${id}-smin`} label="Minimum (working days)" type="number" min={0} step={1} className="input input-narrow" error={errorAt(errors, 'scheduleMin')} {...register('scheduleMin')} />
                <TextField id={`${id}-sml`} label="Most likely" type="number" min={0} step={1} className="input input-narrow" error={errorAt(errors, 'scheduleLikely')} {...register('scheduleLikely')} />
                <TextField id={`${id}-smax`} label="Maximum" type="number" min={0} step={1} className="input input-narrow" error={errorAt(errors, 'scheduleMax')} {...register('scheduleMax')} />
              </div>
              <fieldset className="risk-task-picks">
                <legend>Tasks it delays</legend>
                <div className="risk-task-list">
                  {workTasks.map((k) => (
                    <label key={k.id} className="checkbox">
                      <input
                        type="checkbox"
                        checked={scheduleTaskIds.includes(k.id)}
                        onChange={(e) => setValue('scheduleTaskIds', e.target.checked ? [...scheduleTaskIds, k.id] : scheduleTaskIds.filter((x) => x !== k.id))}
                      />
                      <span>
                        {k.title}
                        {k.schedule.critical ? <span className="muted"> · critical</span> : null}
                      </span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </>
          ) : null}
        </fieldset>

        <div className="form-row-3">
          <EnumSelect id={`${id}-tl`} label="Target level" optional labels={RISK_LEVEL_LABELS} placeholder="None" error={errorAt(errors, 'targetLevel')} {...register('targetLevel')} />
          <FormDateField id={`${id}-tdt`} label="Target date" optional control={control} name="targetDate" error={errorAt(errors, 'targetDate')} />
          <div className="form-row">
            <TextField id={`${id}-cost`} label="Cost impact" optional inputMode="decimal" error={errorAt(errors, 'costAmount')} {...register('costAmount')} />
            <TextField id={`${id}-cur`} label="Currency" className="input input-narrow" maxLength={3} error={errorAt(errors, 'costCurrency')} {...register('costCurrency')} />
          </div>
        </div>
        <div className="form-row">
          <FormDateField id={`${id}-lr`} label="Last review" optional control={control} name="lastReview" error={errorAt(errors, 'lastReview')} />
          <FormDateField id={`${id}-nr`} label="Next review" optional hint="Empty: due by the level's review interval." control={control} name="nextReview" error={errorAt(errors, 'nextReview')} />
        </div>
        <ErrorAlert message={formError} />
      </div>
      <DialogFooter>
        <Button type="submit" variant="primary" disabled={busy}>
          {risk ? 'Save risk' : 'Add risk'}
        </Button>
      </DialogFooter>
    </form>
  );
}
