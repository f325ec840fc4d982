import * as Dialog from '@radix-ui/react-dialog';
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { SheetHeader } from '../../components/SheetHeader';
import { Disclaimer } from '../../components/Disclaimer';
import { ItemStatusBadge } from '../../components/ItemStatusBadge';
import { RequirementFacts } from '../../components/RequirementFacts';
import { categoryLabel } from '../../lib/requirement-labels';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { RevokeApproval } from './RevokeApproval';
import { SignoffHistory } from '../../components/SignoffHistory';
import { StaleBadge } from '../../components/StaleBadge';
import { EvidenceSection } from './EvidenceSection';
import { ItemBadges } from '../../components/ItemBadges';
import { ItemEditForm } from './ItemEditForm';
import { reasonLine } from '../../lib/checklist-item';
import { SheetSection } from '../../components/Section';

/** The content of the item panel: why it applies, what the library says, the work on it and its evidence. */
export function ItemDetail({ item }: { item: ChecklistItem }) {
  const r = item.requirement;
  return (
    <>
      <SheetHeader
        kicker={`${WORKSTREAM_LABELS[item.workstream]} · ${categoryLabel(item.category)}`}
        title={item.title}
        tags={
          <>
            <ItemStatusBadge status={item.status} profileExcluded={item.profileExcluded} />
            <ItemBadges item={item} showVerified />
          </>
        }
      />
      <div className="sheet-body">
        <Disclaimer compact />
        <SheetSection id="why-title" title="Why it is on the checklist">
          <Dialog.Description className="reason-sentence">{reasonLine(item)}</Dialog.Description>
          {item.staleReason ? (
            <p className="stale-note">
              <StaleBadge reason={item.staleReason} />
            </p>
          ) : null}
          {item.status === 'not_applicable' && item.naReason ? (
            <p className="na-reason">
              <strong>Not applicable:</strong> {item.naReason}
            </p>
          ) : null}
        </SheetSection>
        <SheetSection id="requirement-title" title="Requirement">
          {r ? (
            <>
              {item.requirementChanged ? (
                <p className="inline-note">
                  The library updated this requirement after the item was created (it was pinned at pack version {item.packVersion}). Below is the current
                  text; check whether the work still fits.
                </p>
              ) : null}
              {item.requirementWithdrawn ? (
                <p className="inline-note">
                  This requirement was withdrawn from the library. The item and its evidence are kept; mark it not applicable if it no longer matters.
                </p>
              ) : null}
              <RequirementFacts requirement={r} />
            </>
          ) : (
            <p className="muted">Your team added this item; it is not taken from the requirements library.</p>
          )}
        </SheetSection>
        <SheetSection id="work-title" title="Work on it">
          {/* Signing off or revoking changes what the form offers: start it afresh then. */}
          <ItemEditForm key={item.status === 'signed_off' ? 'signed-off' : 'open'} item={item} />
        </SheetSection>
        <EvidenceSection item={item} />
        <SignoffHistory itemId={item.id} version={item.updatedAt}>
          <RevokeApproval item={item} />
        </SignoffHistory>
      </div>
    </>
  );
}
