import type { PlanTaskView } from '../../../../shared/plan-schema';
import type { RiskMatrix } from '../../../../shared/risks/matrix-schema';
import { useNotice } from '../../stores/notice-store';
import { useRisks } from '../../stores/risks-store';
import { RiskDialog } from './RiskDialog';
import { RiskForm } from './RiskForm';

/** The risk form for the risk being edited (or a new one), saved with the version it was opened at. */
export function RiskFormDialog({ entryId, matrix, tasks, onPlanChanged }: { entryId: string; matrix: RiskMatrix; tasks: PlanTaskView[]; onPlanChanged(): void }) {
  const editing = useRisks((s) => s.editing);
  const risk = useRisks((s) => (s.editing && s.editing !== 'new' ? (s.risks?.find((r) => r.id === s.editing) ?? null) : null));
  const open = useRisks((s) => s.open);
  const change = useRisks((s) => s.change);
  const api = useRisks((s) => s.api);
  if (!editing) return null;
  return (
    <RiskDialog open onClose={() => open(null)} size="large">
      <RiskForm
        key={`${editing}:${risk?.version ?? 0}`}
        risk={risk}
        matrix={matrix}
        tasks={tasks}
        onSave={async (fields) => {
          const saved = await change(() => (risk ? api('risks.update', { id: risk.id, version: risk.version, fields }) : api('risks.create', { entryId, fields })));
          useNotice.getState().show(risk ? `Saved “${saved.title}”.` : `Added “${saved.title}” to the register.`);
          open(null);
        }}
        onMakeTask={async (treatmentId) => {
          if (!risk) return;
          await change(() => api('risks.treatmentToTask', { id: risk.id, version: risk.version, treatmentId, durationDays: 5 }));
          onPlanChanged();
          useNotice.getState().show('Added the action to the plan as a 5-day task.');
        }}
      />
    </RiskDialog>
  );
}
