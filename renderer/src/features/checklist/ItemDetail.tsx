import * as Dialog from '@radix-ui/react-dialog';
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { DialogCloseButton } from '../../components/DialogCloseButton';
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

/** The content of the item panel: why it applies, what the library says, the work on it and its evidence. */
export function ItemDetail({ item }: { item: ChecklistItem }) {
  const r = item.requirement;
  return (
    <>
      <header className="sheet-header">
        <div className="sheet-heading">
          <p className="sheet-kicker">
            {WORKSTREAM_LABELS[item.workstream]} · {categoryLabel(item.category)}
          </p>
          <Dialog.Title className="sheet-title">{item.title}</Dialog.Title>
          <div className="sheet-tags">
            <ItemStatusBadge status={item.status} profileExcluded={item.profileExcluded} />
            <ItemBadges item={item} showVerified />
          </div>
        </div>
        <DialogCloseButton />
      </header>
      <div className="sheet-body">
        <Disclaimer compact />
        <section className="sheet-section" aria-labelledby="why-title">
          <h3 id="why-title" className="sheet-section-title">
            Why it is on the checklist
          </h3>
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
        </section>
        {r ? (
          <section className="sheet-section" aria-labelledby="requirement-title">
            <h3 id="requirement-title" className="sheet-section-title">
              Requirement
            </h3>
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
          </section>
        ) : (
          <section className="sheet-section" aria-labelledby="requirement-title">
            <h3 id="requirement-title" className="sheet-section-title">
              Requirement
            </h3>
            <p className="muted">Your team added this item; it is not taken from the requirements library.</p>
          </section>
        )}
        <section className="sheet-section" aria-labelledby="work-title">
          <h3 id="work-title" className="sheet-section-title">
            Work on it
          </h3>
          {/* Signing off or revoking changes what the form offers: start it afresh then. */}
          <ItemEditForm key={item.status === 'signed_off' ? 'signed-off' : 'open'} item={item} />
        </section>
        <EvidenceSection item={item} />
        <SignoffHistory itemId={item.id} version={item.updatedAt}>
          <RevokeApproval item={item} />
        </SignoffHistory>
      </div>
    </>
  );
}
