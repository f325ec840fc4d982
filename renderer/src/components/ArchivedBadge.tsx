import { Archive } from 'lucide-react';
import './badges.css';

export function ArchivedBadge() {
  return (
    <span className="badge badge-archived">
      <Archive size={12} aria-hidden="true" />
      Archived
    </span>
  );
}
