import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '../../components/Button';
import { formatCount } from '../../lib/format-date';
import './review-queue.css';

/** "Showing 101–200 of 5,000", the page number, and buttons to the previous and next page. */
export function QueuePager({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage(page: number): void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="queue-pager" aria-label="Pages of the review queue">
      <p className="queue-pager-text">
        Showing <span className="figure">{formatCount(from)}</span>–<span className="figure">{formatCount(to)}</span> of{' '}
        <span className="figure">{formatCount(total)}</span> · page {formatCount(page)} of {formatCount(pages)}
      </p>
      <div className="queue-pager-buttons">
        <Button icon={ChevronLeft} disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Previous page
        </Button>
        <Button icon={ChevronRight} disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Next page
        </Button>
      </div>
    </nav>
  );
}
