import * as Dialog from '@radix-ui/react-dialog';
import type { LibraryRequirement } from '../../../../shared/checklist-schema';
import { SheetHeader } from '../../components/SheetHeader';
import { Disclaimer } from '../../components/Disclaimer';
import { RequirementFacts } from '../../components/RequirementFacts';
import { VerifiedBadge } from '../../components/VerifiedBadge';
import { describeRule } from '../../lib/describe-rule';
import { categoryLabel } from '../../lib/requirement-labels';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useLibrary } from '../../stores/library-store';
import { useReference } from '../../stores/reference-store';
import { jurisdictionName } from './library-row';
import { SheetSection } from '../../components/Section';

/** The content of the requirement panel. */
export function RequirementDetail({ entry }: { entry: LibraryRequirement }) {
  const r = entry.requirement;
  const countries = useReference((s) => s.countriesByCode);
  const packName = useLibrary((s) => s.view?.packs.find((p) => p.id === entry.packId)?.name ?? entry.packId);
  const inWords = describeRule(r.appliesWhen);
  const json = JSON.stringify(r.appliesWhen, null, 2);
  return (
    <>
      <SheetHeader
        kicker={`${packName} · version ${entry.packVersion}`}
        title={r.title}
        tags={
          <>
            <VerifiedBadge verified={r.verified} />
            {entry.active ? null : <span className="tag tag-withdrawn">Withdrawn from the library</span>}
          </>
        }
      />
      <div className="sheet-body">
        <Disclaimer compact />
        <SheetSection id="req-detail-title" title="Requirement">
          <Dialog.Description className="visually-hidden">
            {categoryLabel(r.category)} requirement in {r.jurisdiction.map((j) => jurisdictionName(j, countries)).join(', ')}
          </Dialog.Description>
          <RequirementFacts requirement={r} wideId>
            <div>
              <dt>Jurisdiction</dt>
              <dd>{r.jurisdiction.map((j) => jurisdictionName(j, countries)).join(', ')}</dd>
            </div>
            <div>
              <dt>Category · workstream</dt>
              <dd>
                {categoryLabel(r.category)} · {WORKSTREAM_LABELS[r.workstream]}
              </dd>
            </div>
          </RequirementFacts>
        </SheetSection>
        <SheetSection id="req-rule-title" title="When it applies">
          {inWords ? (
            <>
              <p>{inWords}</p>
              <details className="rule-json">
                <summary>The rule as written in the pack</summary>
                <pre>{json}</pre>
              </details>
            </>
          ) : (
            <>
              <p className="muted">The rule is too involved to put in one sentence; here it is as written in the pack:</p>
              <pre className="rule-json-block">{json}</pre>
            </>
          )}
        </SheetSection>
      </div>
    </>
  );
}
