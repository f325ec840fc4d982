import { Link2 } from 'lucide-react';
import { useId, useState } from 'react';
import { DEPENDENCY_TYPES, type PlanTaskView, type PlanView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorMessage } from '../../lib/error-message';
import { useTimeline } from '../../stores/timeline-store';
import { DependencyList } from './DependencyList';
import { orderTasks } from './gantt-layout';
import { DEPENDENCY_TYPE_LABELS } from '../../../../shared/vocabulary/plan';

type DependencyType = (typeof DEPENDENCY_TYPES)[number];

/**
 * What the task waits for and what waits for it, each link removable, and a row to add
 * a predecessor (type and lag). Links are saved at once; a cycle or a lag below minus the
 * predecessor's duration is refused with a sentence naming the tasks.
 */
export function TaskDependencies({ task, view }: { task: PlanTaskView; view: PlanView }) {
  const id = useId();
  const mutate = useTimeline((s) => s.mutate);
  const [predecessor, setPredecessor] = useState('');
  const [type, setType] = useState<DependencyType>('FS');
  const [lag, setLag] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titles = new Map(view.tasks.map((t) => [t.id, t.title]));
  const before = view.dependencies.filter((d) => d.successorId === task.id);
  const after = view.dependencies.filter((d) => d.predecessorId === task.id);
  const linked = new Set(before.map((d) => d.predecessorId));
  const candidates = orderTasks(view.tasks).filter((t) => t.id !== task.id && !t.isReadiness && !linked.has(t.id));

  async function run(action: () => Promise<unknown>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  function remove(dependencyId: string) {
    void run(() => mutate('plan.removeDependency', { dependencyId }));
  }

  async function add() {
    if (!predecessor) {
      setError('Choose the task this one comes after.');
      return;
    }
    const lagDays = lag.trim() === '' ? 0 : Number(lag);
    if (!Number.isFinite(lagDays)) {
      setError('Enter the lag as a number of business days.');
      return;
    }
    const ok = await run(() => mutate('plan.addDependency', { entryId: view.entryId, predecessorId: predecessor, successorId: task.id, type, lagDays }));
    if (ok) {
      setPredecessor('');
      setType('FS');
      setLag('0');
    }
  }

  return (
    <section className="task-deps" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subheading">
        Dependencies
      </h3>
      <ErrorAlert message={error} />
      <div className="task-deps-lists">
        <DependencyList side="after" dependencies={before} titles={titles} busy={busy} onRemove={remove} />
        <DependencyList side="before" dependencies={after} titles={titles} busy={busy} onRemove={remove} />
      </div>
      <div className="deps-add" role="group" aria-label="Add a dependency">
        <div className="field deps-add-task">
          <label htmlFor={`${id}-pred`} className="field-sublabel">
            Predecessor
          </label>
          <select id={`${id}-pred`} className="input select" value={predecessor} onChange={(e) => setPredecessor(e.target.value)}>
            <option value="">Choose a task…</option>
            {candidates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-type`} className="field-sublabel">
            Type
          </label>
          <select id={`${id}-type`} className="input select" value={type} onChange={(e) => setType(e.target.value as DependencyType)}>
            {DEPENDENCY_TYPES.map((t) => (
              <option key={t} value={t}>
                {DEPENDENCY_TYPE_LABELS[t]} ({t})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-lag`} className="field-sublabel">
            Lag (business days)
          </label>
          <input
            id={`${id}-lag`}
            type="number"
            step={1}
            className="input deps-lag"
            value={lag}
            onChange={(e) => setLag(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void add();
              }
            }}
          />
        </div>
        <Button icon={Link2} disabled={busy} onClick={() => void add()}>
          Add dependency
        </Button>
      </div>
    </section>
  );
}
