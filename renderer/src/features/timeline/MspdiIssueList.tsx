import type { MspdiIssue } from '../../../../shared/mspdi-schema';
import { ImportProblems } from '../../components/ImportPreview';
import { plural } from '../../lib/format-date';

/** Problems found in an MS Project file, each with the line it is on and what it concerns. */
export function MspdiIssueList({ title, issues, kind }: { title: string; issues: MspdiIssue[]; kind: 'error' | 'warning' }) {
  return (
    <ImportProblems
      id={`mspdi-${kind}s`}
      className={`mspdi-${kind}s`}
      title={title}
      count={plural(issues.length, kind === 'error' ? 'error' : 'note')}
      problems={issues.map((issue, i) => ({
        key: String(i),
        message: issue.message,
        where: issue.line ? (
          <>
            <span className="diff-title">Line {issue.line}</span> <span className="muted">{issue.where}</span>
          </>
        ) : (
          <span className="diff-title">{issue.where}</span>
        ),
      }))}
    />
  );
}
