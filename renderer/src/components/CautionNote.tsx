import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import './notices.css';

/** A caution beside what it concerns (no evidence to approve on, a role's action): its icon, then the sentence. */
export function CautionNote({ icon: Icon, children, className }: { icon: LucideIcon; children: ReactNode; className?: string }) {
  return (
    <p className={className ? `caution-note ${className}` : 'caution-note'} role="note">
      <Icon size={16} aria-hidden="true" className="caution-note-icon" />
      <span>{children}</span>
    </p>
  );
}
