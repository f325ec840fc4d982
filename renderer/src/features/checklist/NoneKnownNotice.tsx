import type { ChecklistView } from '../../../../shared/checklist-schema';
import { NoneKnownNotes } from '../../components/NoneKnownNotes';
import { plural } from '../../lib/format-date';

/**
 * The packs' "looked for, none known" notes for the entry's market, folded under one line,
 * so a topic without items never reads as "no rule".
 */
export function NoneKnownNotice({ noneKnown }: { noneKnown: ChecklistView['noneKnown'] }) {
  if (noneKnown.notes.length === 0) return null;
  return (
    <details className="none-known-notice">
      <summary>
        What we looked for and found no rule for in {noneKnown.countryName}{' '}
        <span className="none-known-count">({plural(noneKnown.notes.length, 'topic')})</span>
      </summary>
      <p className="none-known-intro">
        The library's authors searched for these duties in this market and found none in force on the review date. Treat them as reviewed, not as
        cleared: a lawyer should confirm before launch.
      </p>
      <NoneKnownNotes notes={noneKnown.notes} />
    </details>
  );
}
