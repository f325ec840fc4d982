import { Minus, Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import './change-group.css';

/** One line of a change group: what changes, and a detail beside it. */
export interface ChangeLine {
  key: string;
  title: ReactNode;
  detail: ReactNode;
}

/** One kind of change in a review ("+ New holidays", "− Tasks to retire") with its list; nothing when empty. */
export function ChangeGroup({ kind, title, lines }: { kind: 'add' | 'remove'; title: string; lines: ChangeLine[] }) {
  if (lines.length === 0) return null;
  const Icon = kind === 'add' ? Plus : Minus;
  return (
    <div className={`change-group change-${kind}`}>
      <h3 className="change-group-title">
        <Icon size={16} aria-hidden="true" /> {title}
      </h3>
      <ul className="diff-list">
        {lines.map((l) => (
          <li key={l.key}>
            <span className="diff-title">{l.title}</span>
            <span className="change-detail">{l.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
