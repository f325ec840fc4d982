import { useNotice } from '../../stores/notice-store';
import { useRisks } from '../../stores/risks-store';
import { useSettings } from '../../stores/settings-store';
import { formatDate } from '../../lib/format-date';
import { AcceptRiskForm } from './AcceptRiskForm';
import { RiskDialog } from './RiskDialog';

export function AcceptRiskDialog() {
  const risk = useRisks((s) => (s.accepting ? (s.risks?.find((r) => r.id === s.accepting) ?? null) : null));
  const openAccept = useRisks((s) => s.openAccept);
  const change = useRisks((s) => s.change);
  const api = useRisks((s) => s.api);
  const settings = useSettings((s) => s.settings);
  if (!risk) return null;
  return (
    <RiskDialog open onClose={() => openAccept(null)} size="medium">
      <AcceptRiskForm
        risk={risk}
        settings={settings}
        onAccept={async (input) => {
          const saved = await change(() => api('risks.accept', input));
          useNotice.getState().show(`Accepted “${saved.title}” until ${formatDate(saved.acceptance!.expires)}; recorded in the sign-off ledger as record ${saved.acceptance!.ledgerSeq}.`);
          openAccept(null);
        }}
      />
    </RiskDialog>
  );
}
