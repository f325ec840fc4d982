import type { ReactNode } from 'react';
import type { ImportDiff } from '../../../../shared/checklist-schema';
import { ImportGroup } from '../../components/ImportPreview';
import { plural } from '../../lib/format-date';
import { TouchList } from './TouchList';

type Touched = Pick<ImportDiff['added'][number], 'id' | 'title' | 'touches'>;

interface DiffGroupProps<T extends Touched> {
  title: string;
  items: T[];
  kind: 'added' | 'changed' | 'removed';
  /** What the group says of each requirement between its title and the entries it touches. */
  children?(item: T): ReactNode;
}

/** One part of an import diff ("Changed · 1 requirement"): each requirement and the entries it touches; nothing when empty. */
export function DiffGroup<T extends Touched>({ title, items, kind, children }: DiffGroupProps<T>) {
  if (items.length === 0) return null;
  return (
    <ImportGroup id={`diff-${title.toLowerCase()}`} title={title} count={plural(items.length, 'requirement')}>
      <ul className="diff-list">
        {items.map((item) => (
          <li key={item.id} className="diff-item">
            <span className="diff-title">{item.title}</span> <code className="req-id">{item.id}</code>
            {children?.(item)}
            <TouchList touches={item.touches} kind={kind} />
          </li>
        ))}
      </ul>
    </ImportGroup>
  );
}
