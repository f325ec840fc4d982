import { ShieldCheck } from 'lucide-react';
import { Button } from '../../components/Button';
import { useReview } from '../../stores/review-store';

/** "Verify ledger": walks the whole hash chain and reports the head hash or the first record that does not match. */
export function VerifyLedgerButton() {
  const verify = useReview((s) => s.verify);
  const verifying = useReview((s) => s.verifying);
  return (
    <Button icon={ShieldCheck} onClick={() => void verify()} disabled={verifying}>
      {verifying ? 'Verifying…' : 'Verify ledger'}
    </Button>
  );
}
