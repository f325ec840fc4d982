import type { MspdiIssue } from '../../../../shared/mspdi-schema';
import { plural } from '../../lib/format-date';

/** Problems found in an MS Project file, each with the line it is on and what it concerns. */
export function MspdiIssueList({ title, issues, kind }: { title: string; issues: MspdiIssue[]; kind: 'error' | 'warning' }) {
  if (issues.length === 0) return null;
  const id = `mspdi-${kind}s`;
  return (
    <section className={`diff-group mspdi-${kind}s`} aria-labelledby={id}>
      <h3 id={id} className="change-group-title">
        {title} <span className="count-pill">{plural(issues.length, kind === 'error' ? 'error' : 'note')}</span>
      </h3>
      <ul className="diff-list">
        {issues.map((issue, i) => (
          <li key={i} className="diff-item">
            {issue.line ? (
              <>
                <span className="diff-title">Line {issue.line}</span> <span className="muted">{issue.where}</span>
              </>
            ) : (
              <span className="diff-title">{issue.where}</span>
            )}
            <p className="diff-fields">{issue.message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
