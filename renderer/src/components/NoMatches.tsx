import { FilterX } from 'lucide-react';
import { Button } from './Button';
import './table.css';

/** Under a table the filters have emptied: says so, with "Clear filters". */
export function NoMatches({ what, onClear }: { what: string; onClear(): void }) {
  return (
    <div className="table-empty">
      <p>No {what} match these filters.</p>
      <Button icon={FilterX} onClick={onClear}>
        Clear filters
      </Button>
    </div>
  );
}
