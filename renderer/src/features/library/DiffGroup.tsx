import type { ReactNode } from 'react';
import { plural } from '../../lib/format-date';

/** One part of an import diff ("Changed · 1 requirement") with its list; nothing when empty. */
export function DiffGroup({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  const id = `diff-${title.toLowerCase()}`;
  return (
    <section className="diff-group" aria-labelledby={id}>
      <h3 id={id} className="change-group-title">
        {title} <span className="count-pill">{plural(count, 'requirement')}</span>
      </h3>
      <ul className="diff-list">{children}</ul>
    </section>
  );
}
