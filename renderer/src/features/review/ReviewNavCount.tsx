import { useEffect } from 'react';
import { formatCount } from '../../lib/format-date';
import { useReview } from '../../stores/review-store';
import './review.css';

/** The number of items awaiting review, beside the "Review" link (loads the queue when the app starts). */
export function ReviewNavCount() {
  const count = useReview((s) => s.queue?.length ?? 0);
  const loadQueue = useReview((s) => s.loadQueue);
  useEffect(() => {
    void loadQueue();
  }, [loadQueue]);
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
