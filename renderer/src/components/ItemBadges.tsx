import { CalendarClock, CircleHelp, History, PackageX, RotateCcw, UserPen } from 'lucide-react';
import type { ChecklistItem } from '../../../shared/checklist-schema';
import { VerifiedBadge } from './VerifiedBadge';
import { formatDate } from '../lib/format-date';
import './badges.css';

/** What the reader should know about an item at a glance, each in words. Renders nothing when there is nothing to say. */
export function ItemBadges({ item, showVerified = false }: { item: ChecklistItem; showVerified?: boolean }) {
  const tags = [];
  if (item.certainty === 'check') {
    tags.push(
      <span key="check" className="tag tag-check">
        <CircleHelp size={12} aria-hidden="true" />
        May apply — check
      </span>,
    );
  }
  if (item.certainty === 'custom') {
    tags.push(
      <span key="custom" className="tag tag-neutral">
        <UserPen size={12} aria-hidden="true" />
        Custom item
      </span>,
    );
  }
  if (item.requirement && (showVerified || !item.requirement.verified)) {
    tags.push(<VerifiedBadge key="verified" verified={item.requirement.verified} />);
  }
  if (item.requirementChanged) {
    tags.push(
      <span key="changed" className="tag tag-changed">
        <History size={12} aria-hidden="true" />
        Requirement updated
      </span>,
    );
  }
  if (item.requirementWithdrawn) {
    tags.push(
      <span key="withdrawn" className="tag tag-withdrawn">
        <PackageX size={12} aria-hidden="true" />
        Withdrawn from the library
      </span>,
    );
  }
  if (item.staleReason) {
    tags.push(
      <span key="stale" className="tag tag-check" title={item.staleReason}>
        <RotateCcw size={12} aria-hidden="true" />
        Approval needs review again
      </span>,
    );
  }
  if (item.appliesFrom) {
    tags.push(
      <span key="from" className="tag tag-neutral">
        <CalendarClock size={12} aria-hidden="true" />
        {item.laterDuty ? `Later duty: applies from ${formatDate(item.appliesFrom)}` : `Applies from ${formatDate(item.appliesFrom)}`}
      </span>,
    );
  }
  if (tags.length === 0) return null;
  return <span className="tags">{tags}</span>;
}
