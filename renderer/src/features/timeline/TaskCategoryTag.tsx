import type { PlanTaskView } from '../../../../shared/plan-schema';
import { categoryLabel } from '../../lib/requirement-labels';
import './task-category-tag.css';

/** The requirement category a checklist-driven task was made for, as a small tag; nothing for other tasks. */
export function TaskCategoryTag({ task }: { task: Pick<PlanTaskView, 'category'> }) {
  if (!task.category) return null;
  const label = categoryLabel(task.category);
  return (
    <span className="tag tag-neutral task-category-tag" title={label}>
      {label}
    </span>
  );
}
