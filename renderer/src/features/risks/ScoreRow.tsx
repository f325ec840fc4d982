import type { UseFormRegister, UseFormWatch, FieldErrors } from 'react-hook-form';
import type { RiskMatrix } from '../../../../shared/risks/matrix-schema';
import type { RiskStage } from '../../../../shared/risks/risk-enums';
import { RISK_STAGE_LABELS } from '../../../../shared/vocabulary/risks';
import { levelOf, scoreProblem } from '../../../../shared/domain/risk-score';
import { FieldError, fieldA11y } from '../../components/FormField';
import { errorAt } from '../../lib/use-api-form';
import type { RiskFormValues } from './risk-form-values';
import { levelColour, levelLabel } from './risk-text';

const HINTS: Record<RiskStage, string> = {
  inherent: 'with no controls',
  current: 'with the controls in place',
  residual: 'after the planned treatment',
};

interface ScoreRowProps {
  id: string;
  stage: RiskStage;
  matrix: RiskMatrix;
  register: UseFormRegister<RiskFormValues>;
  watch: UseFormWatch<RiskFormValues>;
  errors: FieldErrors<RiskFormValues>;
}

/** One stage's likelihood and impact, picked from the matrix's scales, and the level the grid gives them. */
export function ScoreRow({ id, stage, matrix, register, watch, errors }: ScoreRowProps) {
  const value = watch(stage);
  const score = { likelihood: Number(value.likelihood), impact: Number(value.impact) };
  const level = value.likelihood && value.impact && !scoreProblem(matrix, score) ? levelOf(matrix, score) : null;
  const lError = errorAt(errors, `${stage}.likelihood`);
  const iError = errorAt(errors, `${stage}.impact`);
  return (
    <tr>
      <th scope="row">
        {RISK_STAGE_LABELS[stage]}
        <span className="score-hint muted">{HINTS[stage]}</span>
      </th>
      <td>
        <select {...register(`${stage}.likelihood`)} {...fieldA11y(`${id}-${stage}-l`, lError)} aria-label={`${RISK_STAGE_LABELS[stage]} likelihood`} className="input select">
          <option value="">Choose…</option>
          {matrix.likelihood.map((s) => (
            <option key={s.value} value={s.value}>
              {s.value} · {s.label}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-${stage}-l`} error={lError} />
      </td>
      <td>
        <select {...register(`${stage}.impact`)} {...fieldA11y(`${id}-${stage}-i`, iError)} aria-label={`${RISK_STAGE_LABELS[stage]} impact`} className="input select">
          <option value="">Choose…</option>
          {matrix.impact.map((s) => (
            <option key={s.value} value={s.value}>
              {s.value} · {s.label}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-${stage}-i`} error={iError} />
      </td>
      <td>
        {level ? (
          <span className="level-badge" style={{ borderColor: levelColour(matrix, level), color: levelColour(matrix, level) }} data-testid={`level-${stage}`}>
            {levelLabel(matrix, level)}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}
