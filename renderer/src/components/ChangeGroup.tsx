import { Minus, Plus } from 'lucide-react';
import type { ReactNode } from 'react';
import './change-group.css';

/** One kind of change in a review ("+ New holidays", "− Tasks to retire") with its list. */
export function ChangeGroup({ kind, title, children }: { kind: 'add' | 'remove'; title: string; children: ReactNode }) {
  const Icon = kind === 'add' ? Plus : Minus;
  return (
    <div className={`change-group change-${kind}`}>
      <h3 className="change-group-title">
        <Icon size={16} aria-hidden="true" /> {title}
      </h3>
      {children}
    </div>
  );
}
