import { Trash2 } from 'lucide-react';
import type { PlanView } from '../../../../shared/plan-schema';
import { lagPhrase } from './plan-text';
import { DEPENDENCY_TYPE_LABELS } from '../../../../shared/vocabulary/plan';
import './task-dialogs.css';

type Dependency = PlanView['dependencies'][number];

const SIDES = {
  after: { heading: 'Comes after', empty: 'Nothing: it can start when the plan starts.', otherId: (d: Dependency) => d.predecessorId },
  before: { heading: 'Comes before', empty: 'No task waits for this one.', otherId: (d: Dependency) => d.successorId },
};

interface DependencyListProps {
  /** "after": the task's predecessors; "before": its successors. The remove buttons are "Remove the link after <task>". */
  side: 'after' | 'before';
  dependencies: Dependency[];
  titles: Map<string, string>;
  busy: boolean;
  onRemove(dependencyId: string): void;
}

/** One side of a task's links, each with its type, lag and a remove button. */
export function DependencyList({ side, dependencies, titles, busy, onRemove }: DependencyListProps) {
  const { heading, empty, otherId } = SIDES[side];
  return (
    <div>
      <h4 className="deps-heading">{heading}</h4>
      {dependencies.length === 0 ? <p className="muted deps-empty">{empty}</p> : null}
      <ul className="deps-list">
        {dependencies.map((d) => {
          const other = titles.get(otherId(d)) ?? 'a removed task';
          return (
            <li key={d.id}>
              <span className="deps-text">
                <span className="deps-title">{other}</span>
                <span className="muted">
                  {DEPENDENCY_TYPE_LABELS[d.type]}, {lagPhrase(d.lagDays)}
                </span>
              </span>
              <button type="button" className="icon-button" aria-label={`Remove the link ${side} ${other}`} disabled={busy} onClick={() => onRemove(d.id)}>
                <Trash2 size={16} aria-hidden="true" />
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
