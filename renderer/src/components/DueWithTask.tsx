import { Link2 } from 'lucide-react';
import type { ChecklistItem } from '../../../shared/checklist-schema';
import { formatDate } from '../lib/format-date';
import { useRouter } from '../stores/router-store';
import { useTimeline } from '../stores/timeline-store';
import './details.css';

/**
 * "due with its task “File: company registration” (finish 22 Mar 2027)": the item's due date
 * comes from its plan task; the link opens that task on the timeline.
 */
export function DueWithTask({ item, compact = false }: { item: ChecklistItem; compact?: boolean }) {
  const navigate = useRouter((s) => s.navigate);
  if (!item.dueWith || !item.dueDate) return null;
  const { taskId, taskTitle } = item.dueWith;
  const sentence = `Due with its task “${taskTitle}” (finish ${formatDate(item.dueDate)})`;
  const open = () => {
    const timeline = useTimeline.getState();
    void timeline.load(item.entryId).then(() => useTimeline.getState().openTask(taskId));
    navigate({ name: 'entry', id: item.entryId, tab: 'timeline' });
  };
  return (
    <button type="button" className="due-with-task" onClick={open} title={compact ? sentence : undefined} aria-label={compact ? `${sentence}: open the task` : undefined}>
      <Link2 size={12} aria-hidden="true" />
      {compact ? 'with its task' : sentence}
    </button>
  );
}
