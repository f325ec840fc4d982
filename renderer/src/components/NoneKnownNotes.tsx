import type { NoneKnownNote } from '../../../shared/requirements/pack-schema';
import { ExternalLink } from './ExternalLink';
import { formatDate } from '../lib/format-date';
import { labelFor } from '../lib/requirement-labels';
import { NONE_KNOWN_PHRASES } from '../../../shared/vocabulary/requirements';
import './details.css';

function headline(n: NoneKnownNote): string {
  const what = labelFor(NONE_KNOWN_PHRASES, n.category);
  return `No ${what} known — reviewed ${formatDate(n.lastReviewed)}`;
}

/** What the pack's authors looked for and did not find, so silence is not mistaken for "no rule". */
export function NoneKnownNotes({ notes }: { notes: NoneKnownNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="none-known" aria-label="Looked for and not found">
      <li className="none-known-lead" aria-hidden="true">
        Looked for, none known:
      </li>
      {notes.map((n, i) => (
        <li key={`${n.category}-${i}`}>
          <details>
            <summary>{headline(n)}</summary>
            <p>{n.text}</p>
            {n.sourceUrl ? (
              <p>
                <ExternalLink href={n.sourceUrl}>Source</ExternalLink>
              </p>
            ) : null}
          </details>
        </li>
      ))}
    </ul>
  );
}
