import { BadgeCheck, ShieldQuestion } from 'lucide-react';
import './badges.css';

/** "Verified" or "Unverified" (not yet checked against its source), always in words. */
export function VerifiedBadge({ verified }: { verified: boolean }) {
  return verified ? (
    <span className="tag tag-verified">
      <BadgeCheck size={12} aria-hidden="true" />
      Verified
    </span>
  ) : (
    <span className="tag tag-unverified">
      <ShieldQuestion size={12} aria-hidden="true" />
      Unverified
    </span>
  );
}
