import { Link2 } from 'lucide-react';
import { useId, useState } from 'react';
import { DEPENDENCY_TYPES, type PlanTaskView, type PlanView } from '../../../../shared/plan-schema';
import { Button } from '../../components/Button';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DependencyList } from './DependencyList';
import { orderTasks } from './gantt-layout';
import { DEPENDENCY_TYPE_LABELS } from '../../../../shared/vocabulary/plan';
import './task-dialogs.css';

type DependencyType = (typeof DEPENDENCY_TYPES)[number];

/** The task's links as the editor holds them until Save: what it waits for, and what waits for it. */
export interface TaskLinks {
  predecessors: { predecessorId: string; type: DependencyType; lagDays: number }[];
  successors: { successorId: string; type: DependencyType; lagDays: number }[];
}

/** The links of `task` in the plan as stored. */
export function linksOf(task: PlanTaskView, view: PlanView): TaskLinks {
  return {
    predecessors: view.dependencies.filter((d) => d.successorId === task.id).map((d) => ({ predecessorId: d.predecessorId, type: d.type, lagDays: d.lagDays })),
    successors: view.dependencies.filter((d) => d.predecessorId === task.id).map((d) => ({ successorId: d.successorId, type: d.type, lagDays: d.lagDays })),
  };
}

/**
 * What the task waits for and what waits for it, each link removable, and a row to add
 * a predecessor (type and lag). Like every other field of the editor, link changes wait
 * for Save; a cycle or a lag below minus the predecessor's duration is refused then, with
 * a sentence naming the tasks.
 */
export function TaskDependencies({ task, view, links, onChange }: { task: PlanTaskView; view: PlanView; links: TaskLinks; onChange(links: TaskLinks): void }) {
  const id = useId();
  const [predecessor, setPredecessor] = useState('');
  const [type, setType] = useState<DependencyType>('FS');
  const [lag, setLag] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const titles = new Map(view.tasks.map((t) => [t.id, t.title]));
  // The lists show links by a key of their own: the other task (one link per pair).
  const before = links.predecessors.map((l) => ({ id: `p:${l.predecessorId}`, predecessorId: l.predecessorId, successorId: task.id, type: l.type, lagDays: l.lagDays }));
  const after = links.successors.map((l) => ({ id: `s:${l.successorId}`, predecessorId: task.id, successorId: l.successorId, type: l.type, lagDays: l.lagDays }));
  const linked = new Set(links.predecessors.map((l) => l.predecessorId));
  const candidates = orderTasks(view.tasks).filter((t) => t.id !== task.id && !t.isReadiness && !linked.has(t.id));

  function remove(key: string) {
    setError(null);
    const other = key.slice(2);
    onChange(
      key.startsWith('p:')
        ? { ...links, predecessors: links.predecessors.filter((l) => l.predecessorId !== other) }
        : { ...links, successors: links.successors.filter((l) => l.successorId !== other) },
    );
  }

  function add() {
    if (!predecessor) {
      setError('Choose the task this one comes after.');
      return;
    }
    const lagDays = lag.trim() === '' ? 0 : Number(lag);
    if (!Number.isFinite(lagDays)) {
      setError('Enter the lag as a number of business days.');
      return;
    }
    setError(null);
    onChange({ ...links, predecessors: [...links.predecessors, { predecessorId: predecessor, type, lagDays }] });
    setPredecessor('');
    setType('FS');
    setLag('0');
  }

  return (
    <section className="task-deps" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subheading">
        Dependencies
      </h3>
      <ErrorAlert message={error} />
      <div className="task-deps-lists">
        <DependencyList side="after" dependencies={before} titles={titles} busy={false} onRemove={remove} />
        <DependencyList side="before" dependencies={after} titles={titles} busy={false} onRemove={remove} />
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
                add();
              }
            }}
          />
        </div>
        <Button icon={Link2} onClick={add}>
          Add dependency
        </Button>
      </div>
      <p className="field-hint">Link changes are saved with the task&apos;s other changes.</p>
    </section>
  );
}
