import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import type { QueueEntry } from '../../../../shared/signoff-schema';
import { DialogCloseButton } from '../../components/DialogCloseButton';
import { Disclaimer } from '../../components/Disclaimer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ItemStatusBadge } from '../../components/ItemStatusBadge';
import { categoryLabel } from '../../lib/requirement-labels';
import { WORKSTREAM_LABELS } from '../../../../shared/vocabulary/requirements';
import { useNotice } from '../../stores/notice-store';
import { countryName, useReference } from '../../stores/reference-store';
import { ItemBadges } from '../../components/ItemBadges';
import { DecisionForm } from './DecisionForm';
import { QueueRevoke } from './QueueRevoke';
import { ReviewItemDetails } from './ReviewItemDetails';
import './decision-dialog.css';

/** The decision dialog's content: the item and its requirement on the left, counsel's decision on the right. */
export function DecisionPanel({ entry }: { entry: QueueEntry }) {
  const { item } = entry;
  const countries = useReference((s) => s.countriesByCode);
  const [detailError, setDetailError] = useState<string | null>(null);

  // An earlier confirmation would sit over the decision buttons: clear it.
  useEffect(() => {
    useNotice.getState().dismiss();
  }, []);
  return (
    <>
      <header className="dialog-header">
        <div className="decision-heading">
          <p className="sheet-kicker">
            {entry.entryName} · {countryName(countries, entry.entryCountry)} · {WORKSTREAM_LABELS[item.workstream]} · {categoryLabel(item.category)}
          </p>
          <Dialog.Title className="dialog-title">{item.title}</Dialog.Title>
          <div className="sheet-tags">
            <ItemStatusBadge status={item.status} />
            <ItemBadges item={item} showVerified />
          </div>
          <Dialog.Description className="visually-hidden">Read the requirement, the work and its evidence, then record your decision.</Dialog.Description>
        </div>
        <DialogCloseButton />
      </header>
      <div className="decision-layout">
        <div className="decision-scroll">
          <Disclaimer compact />
          <ErrorAlert message={detailError} />
          <ReviewItemDetails entry={entry} onDownloadError={setDetailError} />
        </div>
        {item.status === 'in_review' ? <DecisionForm entry={entry} /> : <QueueRevoke entry={entry} />}
      </div>
    </>
  );
}
