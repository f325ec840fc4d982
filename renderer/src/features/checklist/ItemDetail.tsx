import * as Dialog from '@radix-ui/react-dialog';
import type { ChecklistItem } from '../../../../shared/checklist-schema';
import { SheetHeader } from '../../components/SheetHeader';
import { Disclaimer } from '../../components/Disclaimer';
import { ItemStatusBadge } from '../../components/ItemStatusBadge';
import { ItemRequirement } from '../../components/ItemRequirement';
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
        <ItemRequirement id="requirement-title" item={item} reader="team" />
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
