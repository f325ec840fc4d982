import { Diamond } from 'lucide-react';
import type { PlanTaskView } from '../../../../shared/plan-schema';
import { useTimeline } from '../../stores/timeline-store';
import { isMilestone } from './plan-text';
import { TaskCategoryTag } from './TaskCategoryTag';
import './task-table.css';

/** The task's title as a button that opens the task editor. */
export function TaskTitleCell({ task }: { task: PlanTaskView }) {
  const openTask = useTimeline((s) => s.openTask);
  return (
    <span className="task-title-cell">
      {isMilestone(task) ? <Diamond size={12} aria-hidden="true" className="task-title-diamond" /> : null}
      <button type="button" className="task-title" title={task.title} onClick={() => openTask(task.id)}>
        {task.title}
      </button>
      <TaskCategoryTag task={task} />
      {task.schedule.state === 'done' ? <span className="tag tag-neutral">Done</span> : null}
    </span>
  );
}
