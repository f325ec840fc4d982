import { ArchiveX, ListPlus, ListX, Undo2 } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import type { ProfileDiff } from '../../../../shared/checklist-schema';
import { plural } from '../../lib/format-date';

interface Group {
  key: string;
  title: string;
  icon: LucideIcon;
  tone: string;
  rows: Array<{ id: string; title: string; detail?: string }>;
}

/** What saving the edit would do to the checklist, listed before anything changes. */
export function ProfileChangeConfirm({ diff }: { diff: ProfileDiff }) {
  const deleted = diff.remove.filter((r) => r.outcome === 'deleted');
  const excluded = diff.remove.filter((r) => r.outcome === 'marked_not_applicable');
  const groups: Group[] = [
    {
      key: 'add',
      title: 'Will be added',
      icon: ListPlus,
      tone: 'add',
      rows: diff.add.map((a) => ({ id: a.requirementId, title: a.title, detail: `applies because: ${a.reasons.join('; ')}` })),
    },
    { key: 'remove', title: 'Will be removed', icon: ListX, tone: 'remove', rows: deleted.map((r) => ({ id: r.itemId, title: r.title })) },
    {
      key: 'exclude',
      title: 'Will become not applicable (it holds evidence or history)',
      icon: ArchiveX,
      tone: 'exclude',
      rows: excluded.map((r) => ({ id: r.itemId, title: r.title })),
    },
    { key: 'restore', title: 'Will come back', icon: Undo2, tone: 'restore', rows: diff.restore.map((r) => ({ id: r.itemId, title: r.title })) },
  ];

  return (
    <div className="change-preview">
      <p className="change-preview-intro">
        The new answers change which requirements apply. Nothing is saved until you confirm; items that hold evidence or history are never deleted.
      </p>
      {groups
        .filter((g) => g.rows.length > 0)
        .map((g) => {
          const Icon = g.icon;
          return (
            <section key={g.key} className={`change-group change-${g.tone}`} aria-labelledby={`change-${g.key}`}>
              <h3 id={`change-${g.key}`} className="change-group-title">
                <Icon size={16} aria-hidden="true" />
                {g.title}
                <span className="count-pill">{plural(g.rows.length, 'item')}</span>
              </h3>
              <ul className="change-list">
                {g.rows.map((r) => (
                  <li key={r.id}>
                    <span className="change-title">{r.title}</span>
                    {r.detail ? <span className="change-detail">{r.detail}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </div>
  );
}
