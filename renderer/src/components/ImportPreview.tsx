import type { ReactNode } from 'react';
import { formatCount } from '../lib/format-date';

/** One figure of a dry run's summary ("Added 3", "Tasks 42"). */
export interface ImportFigure {
  label: string;
  value: ReactNode;
}

/** A problem found in an imported file, with where it is (a line, a row and column) when the file says. */
export interface ImportProblem {
  key: string;
  where?: ReactNode;
  message: string;
}

/** The dry run's summary: what the import would add, change or hold, as a row of figures. */
export function ImportFigures({ figures }: { figures: ImportFigure[] }) {
  return (
    <dl className="stats diff-stats">
      {figures.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface ImportGroupProps {
  /** The heading's id, which names the region. */
  id: string;
  title: ReactNode;
  /** The count beside the title ("3 requirements"). */
  count: ReactNode;
  className?: string;
  children: ReactNode;
}

/** One part of a dry run (what is added, what is wrong) under its heading and count. */
export function ImportGroup({ id, title, count, className, children }: ImportGroupProps) {
  return (
    <section className={className ? `diff-group ${className}` : 'diff-group'} aria-labelledby={id}>
      <h3 id={id} className="change-group-title">
        {title} <span className="count-pill">{count}</span>
      </h3>
      {children}
    </section>
  );
}

interface ImportProblemsProps extends Omit<ImportGroupProps, 'children'> {
  problems: ImportProblem[];
  listClassName?: string;
}

/** The problems a file holds, each with its place in the file; nothing when there are none. */
export function ImportProblems({ problems, listClassName, ...group }: ImportProblemsProps) {
  if (problems.length === 0) return null;
  return (
    <ImportGroup {...group}>
      <ul className={listClassName ? `diff-list ${listClassName}` : 'diff-list'}>
        {problems.map((p) => (
          <li key={p.key} className="diff-item">
            {p.where ? (
              <>
                {p.where}
                <p className="diff-fields">{p.message}</p>
              </>
            ) : (
              p.message
            )}
          </li>
        ))}
      </ul>
    </ImportGroup>
  );
}

/** "… and 12 more." under a list that shows only its first `listed` rows. */
export function ListedMore({ total, listed }: { total: number; listed: number }) {
  return total > listed ? <p className="muted">… and {formatCount(total - listed)} more.</p> : null;
}
