import type { ReactNode } from 'react';
import { Button } from '../../components/Button';
import { ChangeGroup, type ChangeLine } from '../../components/ChangeGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotice } from '../../stores/notice-store';
import { PlanNoticeBar } from './PlanNoticeBar';

interface PlanChangeReviewProps {
  /** The banner's name, and its sentence (the children). */
  label: string;
  children: ReactNode;
  title: string;
  description: string;
  cancelLabel: string;
  confirmLabel: string;
  /** What would come in and what would go. */
  add: { title: string; lines: ChangeLine[] };
  remove: { title: string; lines: ChangeLine[] };
  onConfirm(): Promise<unknown>;
  /** The notice once applied. */
  done: string;
}

/** A banner over the plan for changes it could take (from the checklist, from new holiday data), with "Review": nothing changes until confirmed. */
export function PlanChangeReview({ label, children, title, description, cancelLabel, confirmLabel, add, remove, onConfirm, done }: PlanChangeReviewProps) {
  return (
    <PlanNoticeBar
      label={label}
      action={
        <ConfirmDialog
          trigger={<Button className="btn-small">Review</Button>}
          title={title}
          description={description}
          cancelLabel={cancelLabel}
          confirmLabel={confirmLabel}
          variant="primary"
          size="medium"
          onConfirm={onConfirm}
          onConfirmed={() => useNotice.getState().show(done)}
        >
          <ChangeGroup kind="add" {...add} />
          <ChangeGroup kind="remove" {...remove} />
        </ConfirmDialog>
      }
    >
      {children}
    </PlanNoticeBar>
  );
}
