import type { ReactNode } from 'react';
import type { Requirement } from '../../../shared/requirements/pack-schema';
import { formatCount, formatDate } from '../lib/format-date';
import { citationText, ownerRoleLabel } from '../lib/requirement-labels';
import { ExpandableText } from './ExpandableText';
import { ExternalLink } from './ExternalLink';
import { VerifiedBadge } from './VerifiedBadge';
import './dialog.css';
import './details.css';
import './sheet.css';

/**
 * What the library says about a requirement: summary, citation, source, owner role,
 * lead time, evidence expected, and whether it was checked against its source.
 */
/** The requirement's facts; extra rows go before its id, which always comes last (`wideId`: the id row spans both columns). */
export function RequirementFacts({ requirement: r, children, wideId = false }: { requirement: Requirement; children?: ReactNode; wideId?: boolean }) {
  return (
    <div className="requirement-facts">
      {/* Shipped summaries run to about eight lines and show whole; a longer one (up to 2,000 characters) folds. */}
      <ExpandableText text={r.summary} className="requirement-summary" what="requirement's summary" lines={8} />
      <dl className="facts facts-requirement">
        <div className="facts-span">
          <dt>Citation</dt>
          <dd>{citationText(r.citation)}</dd>
        </div>
        <div>
          <dt>Source</dt>
          <dd className="source-cell">
            <ExternalLink href={r.sourceUrl} title={r.sourceUrl}>
              {sourceHost(r.sourceUrl)}
            </ExternalLink>
          </dd>
        </div>
        <div>
          <dt>Owner role</dt>
          <dd>{ownerRoleLabel(r.ownerRole)}</dd>
        </div>
        <div>
          <dt>Typical lead time</dt>
          <dd>{r.leadTimeDays === 0 ? 'None' : `${formatCount(r.leadTimeDays)} business ${r.leadTimeDays === 1 ? 'day' : 'days'}`}</dd>
        </div>
        <div>
          <dt>Verification</dt>
          <dd className="verification">
            <VerifiedBadge verified={r.verified} />
            <span className="muted">last reviewed {formatDate(r.lastReviewed)}</span>
          </dd>
        </div>
        <div>
          <dt>In force</dt>
          <dd>
            from {formatDate(r.effectiveFrom)}
            {r.effectiveUntil ? ` until ${formatDate(r.effectiveUntil)}` : ''}
          </dd>
        </div>
        {children}
        <div className={wideId ? 'facts-span' : undefined}>
          <dt>Requirement id</dt>
          <dd>
            <code className="req-id">{r.id}</code>
          </dd>
        </div>
      </dl>
      <div className="evidence-expected">
        <h4 className="subheading">Evidence expected</h4>
        <ul className="bullet-list">
          {r.evidenceExpected.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
      {r.reviewNote ? (
        <div className="review-note">
          <h4 className="subheading">Reviewer's note</h4>
          <p>{r.reviewNote}</p>
        </div>
      ) : null}
    </div>
  );
}

/** The site a source lives on ("eur-lex.europa.eu"), the link's visible text. */
function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
