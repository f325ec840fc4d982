import { useEffect } from 'react';
import { formatCount } from '../../lib/format-date';
import { useReview } from '../../stores/review-store';
import { useRouter } from '../../stores/router-store';
import './review-nav.css';

/** The number of items awaiting review, beside the "Review" link (loads the counts, not the queue, when the app starts). */
export function ReviewNavCount() {
  const count = useReview((s) => s.counts?.pending ?? 0);
  const loadCounts = useReview((s) => s.loadCounts);
  useEffect(() => {
    // On the review page the page asks for the counts once its rows are in; elsewhere they
    // follow the screen's own data (the backend answers in turn, and the screen comes first).
    if (useRouter.getState().route.name === 'review') return;
    const t = setTimeout(() => void loadCounts(), 400);
    return () => clearTimeout(t);
  }, [loadCounts]);
  if (count === 0) return null;
  return (
    <>
      <span className="sidebar-count" aria-hidden="true">
        {formatCount(count)}
      </span>
      <span className="visually-hidden"> ({formatCount(count)} waiting)</span>
    </>
  );
}
